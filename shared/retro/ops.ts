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

/** Moves to a phase, optionally with a timer for it that every member sees. */
export function setPhase(doc: Y.Doc, phase: RetroPhase, now: number, timerMs: number | null): void {
  doc.transact(() => {
    const flow = flowMap(doc);
    flow.set('phase', { phase, since: now });
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

/**
 * Publishes cards. In an anonymous retro the author is not written, and the cards are made in a
 * throw-away document with a random Yjs client id before they are merged in: Yjs stamps every
 * item with its creator's client id, and this person's own id is known to the others through
 * presence. So the synced document does not link the card to its author (docs/security.md).
 */
export function publishCards(
  doc: Y.Doc,
  cards: NewCard[],
  author: { memberId: string } | { anonymous: true; clientId: number },
): void {
  const write = (target: Y.Doc) =>
    target.transact(() => {
      for (const card of cards) {
        const text = card.text.trim().slice(0, CARD_MAX);
        if (!text) continue;
        const entry = new Y.Map<unknown>();
        entry.set('column', card.column);
        entry.set('text', text);
        entry.set('createdAt', card.createdAt);
        if ('memberId' in author) entry.set('author', author.memberId);
        cardsMap(target).set(card.id, entry);
      }
    });
  if ('memberId' in author) return write(doc);
  writeAnonymously(doc, author.clientId, write);
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

/** A member's votes, published when voting closes; a ballot id is random per member and retro. */
export function publishBallot(doc: Y.Doc, ballotId: string, votes: Record<string, number>): void {
  ballotsMap(doc).set(ballotId, { votes });
}

export function setTopic(doc: Y.Doc, index: number, now: number): void {
  flowMap(doc).set('topic', { index: Math.max(0, index), startedAt: now });
}
