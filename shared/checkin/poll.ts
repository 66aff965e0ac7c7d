// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type * as Y from 'yjs';
import { isRecord } from '../is-record';
import { writeAnonymously } from '../sync/anonymous';
import { MIN_ANSWERS } from './health';

/** Quick polls of a check-in: mood (1–5, shown as weather) and fist of five (0–5 fingers). */
export type PollKind = 'mood' | 'fist';
export const POLL_SCALE: Record<PollKind, readonly number[]> = { mood: [1, 2, 3, 4, 5], fist: [0, 1, 2, 3, 4, 5] };

export interface Poll {
  id: string;
  kind: PollKind;
  /** Off by default: answers are anonymous and only the distribution is shown. */
  namesOn: boolean;
  startedAt: number;
}

const pulseMap = (doc: Y.Doc) => doc.getMap<unknown>('pulse');

export function startPoll(doc: Y.Doc, poll: Poll): void {
  doc.transact(() => {
    const map = pulseMap(doc);
    [...map.keys()].forEach((key) => map.delete(key));
    map.set('poll', poll);
  });
}

/**
 * The poll as the views show it. Open: how many answered, and who chose what only if names were
 * switched on for it (everyone sees that before answering). Closed: how many chose what, if at
 * least three answered or names were on; otherwise only how many answered.
 */
export function readPoll(doc: Y.Doc) {
  const open = parsePoll(pulseMap(doc).get('poll'));
  if (!open) return readPollResult(doc);
  const scale = POLL_SCALE[open.kind];
  const answers = pollAnswers(doc, open);
  const counts = scale.map((point) => answers.filter((answer) => answer.value === point).length);
  return {
    poll: open,
    closed: false,
    answers: answers.length,
    counts: open.namesOn ? counts : null,
    // Who chose what, only when the team switched names on for this poll.
    named: open.namesOn
      ? answers
          .filter((answer) => answer.memberId !== null)
          .map((answer) => ({ memberId: answer.memberId!, value: answer.value }))
      : null,
  };
}

function parsePoll(raw: unknown): Poll | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || (raw.kind !== 'mood' && raw.kind !== 'fist')) return null;
  return { id: raw.id, kind: raw.kind, namesOn: raw.namesOn === true, startedAt: Number(raw.startedAt) || 0 };
}

function pollAnswers(doc: Y.Doc, poll: Poll) {
  const scale = POLL_SCALE[poll.kind];
  const answers: { value: number; memberId: string | null }[] = [];
  pulseMap(doc).forEach((value, key) => {
    if (!key.startsWith(`${poll.id}|`) || !isRecord(value) || !scale.includes(value.value as number)) return;
    answers.push({
      value: value.value as number,
      memberId: typeof value.memberId === 'string' ? value.memberId : null,
    });
  });
  return answers;
}

function readPollResult(doc: Y.Doc) {
  const raw = pulseMap(doc).get('result');
  const poll = isRecord(raw) ? parsePoll(raw.poll) : null;
  if (!poll || !isRecord(raw)) return null;
  const scale = POLL_SCALE[poll.kind];
  const counts =
    Array.isArray(raw.counts) && raw.counts.length === scale.length && raw.counts.every((n) => Number.isInteger(n))
      ? (raw.counts as number[])
      : null;
  return {
    poll,
    closed: true,
    answers: Number.isInteger(raw.answers) ? (raw.answers as number) : 0,
    counts,
    named: null,
  };
}

/** Answers a poll: anonymously (throw-away client id, no member id) unless names are on. */
export function answerPoll(
  doc: Y.Doc,
  poll: Poll,
  ballotId: string,
  value: number,
  who: { memberId: string } | { clientId: number },
): void {
  const key = `${poll.id}|${ballotId}`;
  if (poll.namesOn && 'memberId' in who) {
    pulseMap(doc).set(key, { value, memberId: who.memberId });
  } else if ('clientId' in who) {
    writeAnonymously(doc, who.clientId, (target) => pulseMap(target).set(key, { value }));
  }
}

/**
 * Closes the poll: keeps how many chose what if at least three answered (or names were on), else
 * only how many answered, and deletes every single answer.
 */
export function closePoll(doc: Y.Doc): void {
  doc.transact(() => {
    const map = pulseMap(doc);
    const poll = parsePoll(map.get('poll'));
    const answers = poll ? pollAnswers(doc, poll) : [];
    [...map.keys()].forEach((key) => map.delete(key));
    if (!poll) return;
    const enough = poll.namesOn || answers.length >= MIN_ANSWERS;
    const counts = POLL_SCALE[poll.kind].map((point) => answers.filter((answer) => answer.value === point).length);
    map.set('result', { poll, answers: answers.length, counts: enough ? counts : null });
  });
}
