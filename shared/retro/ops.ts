// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as Y from 'yjs';
import { writeAnonymously } from '../sync/anonymous';
import {
  CARD_MAX,
  COLUMN_MAX,
  MAX_COLUMNS,
  PHASES,
  type RetroPhase,
  type RetroSettings,
  TITLE_MAX,
  cardsMap,
  flowMap,
  groupsMap,
  ballotsMap,
  readTimer,
  readVotingClosed,
  retroMap,
} from './model';

/**
 * Changes to a retro board, each in one transaction. Ids, times (server time) and randomness are
 * passed in.
 */
export function initRetro(doc: Y.Doc, settings: RetroSettings, now: number): void {
  doc.transact(() => {
    const map = retroMap(doc);
    map.set('title', settings.title.trim().slice(0, TITLE_MAX));
    map.set('goal', settings.goal.trim().slice(0, CARD_MAX));
    map.set('format', settings.format);
    map.set(
      'columns',
      settings.format === 'custom'
        ? settings.columns
            .map((column) => column.trim().slice(0, COLUMN_MAX))
            .filter(Boolean)
            .slice(0, MAX_COLUMNS)
        : [],
    );
    map.set('anonymous', settings.anonymous);
    map.set('checkin', settings.checkin.trim().slice(0, CARD_MAX));
    map.set('voteLimit', settings.voteLimit);
    map.set('cardVoteLimit', settings.cardVoteLimit);
    map.set('createdAt', now);
    flowMap(doc).set('phase', { phase: 'checkin', since: now });
  });
}

/**
 * Moves to a phase, optionally with a timer for it that every member sees. Moving past the vote
 * phase closes voting for good: members publish their ballots then, and going back does not open
 * it again (so no one can make the others publish early and vote on).
 */
export function setPhase(doc: Y.Doc, phase: RetroPhase, now: number, timerMs: number | null): void {
  doc.transact(() => {
    const flow = flowMap(doc);
    flow.set('phase', { phase, since: now });
    if (PHASES.indexOf(phase) > PHASES.indexOf('vote')) closeVoting(doc, now);
    if (timerMs !== null)
      flow.set('timer', { phase, startedAt: now, durationMs: timerMs, pausedAt: null, pausedMs: 0 });
    if (phase === 'discuss') flow.set('topic', { index: 0, startedAt: now });
  });
}

/** Starts (or restarts) the timer of a phase, e.g. for the next topic in the discussion. */
export function startTimer(doc: Y.Doc, phase: RetroPhase, now: number, durationMs: number): void {
  flowMap(doc).set('timer', { phase, startedAt: now, durationMs, pausedAt: null, pausedMs: 0 });
}

export const nextPhase = (phase: RetroPhase): RetroPhase | null => PHASES[PHASES.indexOf(phase) + 1] ?? null;
export const previousPhase = (phase: RetroPhase): RetroPhase | null => PHASES[PHASES.indexOf(phase) - 1] ?? null;

export function pauseTimer(doc: Y.Doc, phase: RetroPhase, now: number): void {
  const timer = readTimer(doc, phase);
  if (timer && timer.pausedAt === null) flowMap(doc).set('timer', { ...timer, pausedAt: now });
}

export function resumeTimer(doc: Y.Doc, phase: RetroPhase, now: number): void {
  const timer = readTimer(doc, phase);
  if (timer && timer.pausedAt !== null) {
    flowMap(doc).set('timer', {
      ...timer,
      pausedAt: null,
      pausedMs: timer.pausedMs + Math.max(0, now - timer.pausedAt),
    });
  }
}

export interface NewCard {
  id: string;
  column: number;
  text: string;
  createdAt: number;
}

/** Closes voting (once; a later call keeps the first time). */
export function closeVoting(doc: Y.Doc, now: number): void {
  if (!readVotingClosed(doc)) flowMap(doc).set('votingClosedAt', now);
}

/**
 * Publishes cards. In an anonymous retro the author is not written, and each card is made in a
 * throw-away document under a random Yjs client id of its own before it is merged in: Yjs stamps
 * every item with its creator's client id, and this person's own id is known to the others
 * through presence. So the synced document links a card neither to its author nor to the
 * author's other cards (docs/security.md).
 */
export function publishCards(
  doc: Y.Doc,
  cards: NewCard[],
  author: { memberId: string } | { anonymous: true; newClientId: () => number },
): void {
  const write = (target: Y.Doc, card: NewCard) => {
    const text = card.text.trim().slice(0, CARD_MAX);
    // A card already sent stays as the others left it: writing it again would replace the map
    // that holds their moves and edits.
    if (!text || cardsMap(doc).has(card.id)) return;
    const entry = new Y.Map<unknown>();
    entry.set('column', card.column);
    entry.set('text', text);
    entry.set('createdAt', card.createdAt);
    if ('memberId' in author) entry.set('author', author.memberId);
    cardsMap(target).set(card.id, entry);
  };
  if ('memberId' in author) return doc.transact(() => cards.forEach((card) => write(doc, card)));
  // One update per card: cards that travel together in one update would be linked by it.
  for (const card of cards) writeAnonymously(doc, author.newClientId(), (target) => write(target, card));
}

const cardOf = (doc: Y.Doc, id: string) => {
  const entry = cardsMap(doc).get(id);
  return entry instanceof Y.Map ? entry : null;
};

export function editCard(doc: Y.Doc, id: string, text: string): void {
  const trimmed = text.trim().slice(0, CARD_MAX);
  if (trimmed) cardOf(doc, id)?.set('text', trimmed);
}

export function deleteCard(doc: Y.Doc, id: string, now: number): void {
  cardOf(doc, id)?.set('deletedAt', now);
}

/** Puts a card into a group (taking the group's column) or, with null, out of any group. */
export function moveCard(
  doc: Y.Doc,
  id: string,
  target: { groupId: string; column: number } | { column: number },
): void {
  const card = cardOf(doc, id);
  if (!card) return;
  doc.transact(() => {
    card.set('column', target.column);
    card.set('groupId', 'groupId' in target ? target.groupId : null);
  });
}

/** Makes a group from two or more cards (or one), in the column of the first. */
export function createGroup(
  doc: Y.Doc,
  group: { id: string; name: string; column: number; now: number },
  cardIds: string[],
): void {
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('name', group.name.trim().slice(0, COLUMN_MAX));
    entry.set('column', group.column);
    entry.set('createdAt', group.now);
    groupsMap(doc).set(group.id, entry);
    for (const id of cardIds) moveCard(doc, id, { groupId: group.id, column: group.column });
  });
}

export function renameGroup(doc: Y.Doc, id: string, name: string): void {
  const entry = groupsMap(doc).get(id);
  if (entry instanceof Y.Map) entry.set('name', name.trim().slice(0, COLUMN_MAX));
}

/**
 * A member's votes, published once voting has closed, under a random ballot id (one per member and
 * retro) and a throw-away Yjs client id used for nothing else, so the ballot is linked neither to
 * the member nor to their cards nor to another ballot.
 */
export function publishBallot(doc: Y.Doc, ballotId: string, votes: Record<string, number>, clientId: number): void {
  writeAnonymously(doc, clientId, (target) => ballotsMap(target).set(ballotId, { votes }));
}

/**
 * The votes this member should publish now, if any: only once voting has closed, and only once
 * (`published` is kept on the member's device).
 */
export function ballotDue(
  votingClosed: boolean,
  local: { votes: Record<string, number>; ballotPublished: boolean },
): Record<string, number> | null {
  return votingClosed && !local.ballotPublished && Object.keys(local.votes).length > 0 ? local.votes : null;
}

export function setTopic(doc: Y.Doc, index: number, now: number): void {
  flowMap(doc).set('topic', { index: Math.max(0, index), startedAt: now });
}
