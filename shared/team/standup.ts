// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as Y from 'yjs';
import { isRecord } from '../is-record';
import { DATE } from './model';

/**
 * A stand-up as facts in the team document's `standup` map. Each part any member may change
 * independently is its own key, so concurrent edits to different parts all survive; each value
 * carries the run's id, so leftovers of an earlier or a concurrently started run are ignored.
 *
 * - `run`    { id, date, startedAt, totalMs, speakerMs }    set once when the stand-up starts
 * - `order`  { runId, ids }                                   speaker order (member ids)
 * - `turn`   { runId, index, startRunning }                  whose turn, and when it began
 * - `clock`  { runId, pausedAt, pausedMs }                   pauses of the whole stand-up
 * - `end`    { runId, endedAt }
 * - `notes`  { runId, text }
 * - `marks`  Y.Map<"runId|memberId", { absent, representedBy }>
 *
 * Times are server time in ms (local clock plus the sync session's offset). "Running time" is the
 * time the stand-up has been running, pauses excluded; a turn remembers the running time at which
 * it began, so both countdowns follow from the facts and the clock alone.
 */
export interface Mark {
  absent: boolean;
  /** A deputy who speaks for this member. */
  representedBy: string | null;
}

export interface Standup {
  id: string;
  date: string;
  startedAt: number;
  totalMs: number;
  speakerMs: number;
  order: string[];
  /** Position in `order`; `order.length` when everyone has spoken. */
  index: number;
  startRunning: number;
  pausedAt: number | null;
  pausedMs: number;
  endedAt: number | null;
  notes: string;
  marks: Record<string, Mark>;
}

export const NOTES_MAX = 5000;
export const DEPUTY_MAX = 60;

/**
 * A timeboxed round-robin lives in one map: the daily stand-up in `standup`, a check-in round in
 * `checkinRound`. Both work the same; only a stand-up is recorded in the history.
 */
export type RoundName = 'standup' | 'checkinRound';

export const standupMap = (doc: Y.Doc, round: RoundName) => doc.getMap<unknown>(round);
export const marksMap = (doc: Y.Doc, round: RoundName) => {
  const map = standupMap(doc, round);
  let marks = map.get('marks');
  if (!(marks instanceof Y.Map)) {
    marks = new Y.Map<unknown>();
    map.set('marks', marks);
  }
  return marks as Y.Map<unknown>;
};

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const nonNegative = (value: unknown): number => (finite(value) && value > 0 ? value : 0);
const ID = /^[0-9a-f]{16,32}$/;

/** The stand-up as it stands, normalised so that any merge of valid edits reads as a valid state. */
export function readStandup(doc: Y.Doc, round: RoundName = 'standup'): Standup | null {
  const map = standupMap(doc, round);
  const run = map.get('run');
  if (!isRecord(run) || typeof run.id !== 'string' || !ID.test(run.id)) return null;
  if (typeof run.date !== 'string' || !DATE.test(run.date) || !finite(run.startedAt)) return null;
  const id = run.id;
  const part = (key: string) => {
    const value = map.get(key);
    return isRecord(value) && value.runId === id ? value : null;
  };
  const rawOrder = part('order')?.ids;
  const order = Array.isArray(rawOrder)
    ? [...new Set(rawOrder.filter((entry): entry is string => typeof entry === 'string' && ID.test(entry)))]
    : [];
  const turn = part('turn');
  const index = finite(turn?.index) ? Math.min(Math.max(0, Math.floor(turn.index)), order.length) : 0;
  const clock = part('clock');
  const end = part('end');
  const notes = part('notes');
  const marks: Record<string, Mark> = {};
  const rawMarks = map.get('marks');
  if (rawMarks instanceof Y.Map) {
    rawMarks.forEach((value, key) => {
      const [runId, memberId] = key.split('|');
      if (runId !== id || !memberId || !isRecord(value)) return;
      const deputy = typeof value.representedBy === 'string' ? value.representedBy.trim().slice(0, DEPUTY_MAX) : '';
      marks[memberId] = { absent: value.absent === true, representedBy: deputy || null };
    });
  }
  const startedAt = run.startedAt;
  const pausedAt = finite(clock?.pausedAt) ? Math.max(clock.pausedAt, startedAt) : null;
  return {
    id,
    date: run.date,
    startedAt,
    totalMs: Math.max(60_000, nonNegative(run.totalMs)),
    speakerMs: Math.max(10_000, nonNegative(run.speakerMs)),
    order,
    index,
    startRunning: nonNegative(turn?.startRunning),
    pausedAt,
    pausedMs: nonNegative(clock?.pausedMs),
    endedAt: finite(end?.endedAt) ? Math.max(end.endedAt, startedAt) : null,
    notes: typeof notes?.text === 'string' ? notes.text.slice(0, NOTES_MAX) : '',
    marks,
  };
}

/** Time the stand-up has been running at `now`, pauses excluded; it never runs backwards. */
export function runningTime(standup: Standup, now: number): number {
  const until = Math.min(standup.endedAt ?? Infinity, standup.pausedAt ?? Infinity, now);
  return Math.max(0, until - standup.startedAt - standup.pausedMs);
}

export interface StandupClock {
  /** Negative once the overall timebox is used up. */
  overallRemainingMs: number;
  /** Negative once the speaker is over time; null when nobody is speaking. */
  speakerRemainingMs: number | null;
  paused: boolean;
}

export function standupClock(standup: Standup, now: number): StandupClock {
  const running = runningTime(standup, now);
  const speaking = currentSpeaker(standup) !== null && standup.endedAt === null;
  return {
    overallRemainingMs: standup.totalMs - running,
    speakerRemainingMs: speaking ? standup.speakerMs - Math.max(0, running - standup.startRunning) : null,
    paused: standup.pausedAt !== null && standup.endedAt === null,
  };
}

export const isAbsent = (standup: Standup, memberId: string | undefined) =>
  memberId !== undefined && standup.marks[memberId]?.absent === true;

/** The first position at or after `from` whose member is not absent; `order.length` if none. */
export function presentFrom(standup: Standup, from: number): number {
  let index = Math.max(0, from);
  while (index < standup.order.length && isAbsent(standup, standup.order[index])) index += 1;
  return index;
}

/** Who speaks now: the turn's member, or the next one present if that member was marked absent. */
export function currentSpeaker(standup: Standup): { index: number; memberId: string } | null {
  if (standup.endedAt !== null) return null;
  const index = presentFrom(standup, standup.index);
  const memberId = standup.order[index];
  return memberId === undefined ? null : { index, memberId };
}

/** Members still to speak after the current one, absent ones left out. */
export function upcoming(standup: Standup): string[] {
  const current = currentSpeaker(standup);
  const from = current ? current.index + 1 : standup.order.length;
  return standup.order.slice(from).filter((id) => !isAbsent(standup, id));
}

/** A fair shuffle (Fisher–Yates) with the randomness passed in. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** Members who took part: neither absent nor represented by a deputy. */
export function attendance(standup: Standup) {
  const marks = standup.order.map((id) => standup.marks[id]);
  return {
    attended: marks.filter((mark) => !mark?.absent && !mark?.representedBy).length,
    represented: marks.filter((mark) => mark?.representedBy).length,
    absent: marks.filter((mark) => mark?.absent).length,
  };
}
