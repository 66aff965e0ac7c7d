// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as Y from 'yjs';
import { isRecord } from '../is-record';

/**
 * A retrospective: its own board (own key), linked from the team board. Top-level types:
 *
 * - `retro`   Y.Map: `title`, `goal`, `format`, `columns` (custom only), `anonymous`, `checkin`
 *             (question), `voteLimit`, `cardVoteLimit`, `createdAt`
 * - `flow`    Y.Map: `phase` ({ phase, since }), `timer` ({ phase, startedAt, durationMs, pausedAt,
 *             pausedMs }), `topic` ({ index, startedAt }) for the discussion, `votingClosedAt`
 *             (set once, when the retro first moves past the vote phase; never reopened)
 * - `cards`   Y.Map<cardId, Y.Map>: `column`, `text`, `groupId`, `createdAt`, `author` (a member id,
 *             absent in anonymous retros)
 * - `groups`  Y.Map<groupId, Y.Map>: `name`, `column`, `createdAt`
 * - `ballots` Y.Map<ballotId, { votes: Record<topicId, number> }>: one per member, published when
 *             voting closes (until then votes stay on the member's device), each written under a
 *             throw-away Yjs client id of its own
 *
 * Reading never throws; what does not fit its schema is skipped.
 */
export const PHASES = ['checkin', 'review', 'write', 'reveal', 'group', 'vote', 'discuss', 'actions', 'close'] as const;
export type RetroPhase = (typeof PHASES)[number];

export const FORMATS = ['start-stop-continue', 'mad-sad-glad', '4ls', 'sailboat', 'mistakes', 'custom'] as const;
export type RetroFormat = (typeof FORMATS)[number];

/** How many columns each built-in format has; their titles are translated (`retro.column.<format>.<n>`). */
export const FORMAT_COLUMNS: Record<Exclude<RetroFormat, 'custom'>, number> = {
  'start-stop-continue': 3,
  'mad-sad-glad': 3,
  '4ls': 4,
  sailboat: 4,
  mistakes: 3,
};

export const TITLE_MAX = 120;
export const CARD_MAX = 500;
export const COLUMN_MAX = 60;
export const MAX_COLUMNS = 6;
export const VOTE_LIMIT = { min: 1, max: 20 };

export interface RetroSettings {
  title: string;
  goal: string;
  format: RetroFormat;
  /** Custom column titles; empty for built-in formats. */
  columns: string[];
  anonymous: boolean;
  checkin: string;
  voteLimit: number;
  cardVoteLimit: number | null;
}

export interface Card {
  id: string;
  column: number;
  text: string;
  groupId: string | null;
  createdAt: number;
  author: string | null;
}

export interface Group {
  id: string;
  name: string;
  column: number;
  createdAt: number;
}

export interface PhaseTimer {
  phase: RetroPhase;
  startedAt: number;
  durationMs: number;
  pausedAt: number | null;
  pausedMs: number;
}

export interface Ballot {
  id: string;
  votes: Record<string, number>;
}

const ID = /^[0-9a-f]{16,32}$/;
export const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

export const retroMap = (doc: Y.Doc) => doc.getMap<unknown>('retro');
export const flowMap = (doc: Y.Doc) => doc.getMap<unknown>('flow');
export const cardsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('cards');
export const groupsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('groups');
export const ballotsMap = (doc: Y.Doc) => doc.getMap<unknown>('ballots');

export function columnCount(settings: Pick<RetroSettings, 'format' | 'columns'>): number {
  return settings.format === 'custom' ? Math.max(1, settings.columns.length) : FORMAT_COLUMNS[settings.format];
}

export function readSettings(doc: Y.Doc): RetroSettings {
  const map = retroMap(doc);
  const format = FORMATS.includes(map.get('format') as RetroFormat) ? (map.get('format') as RetroFormat) : 'custom';
  const rawColumns = map.get('columns');
  const columns = Array.isArray(rawColumns)
    ? rawColumns.map((column) => text(column, COLUMN_MAX)).slice(0, MAX_COLUMNS)
    : [];
  const limit = map.get('voteLimit');
  const cardLimit = map.get('cardVoteLimit');
  return {
    title: text(map.get('title'), TITLE_MAX),
    goal: text(map.get('goal'), CARD_MAX),
    format,
    columns: format === 'custom' ? (columns.length > 0 ? columns : ['']) : [],
    anonymous: map.get('anonymous') === true,
    checkin: text(map.get('checkin'), CARD_MAX),
    voteLimit: finite(limit) ? Math.min(Math.max(Math.floor(limit), VOTE_LIMIT.min), VOTE_LIMIT.max) : 3,
    cardVoteLimit: finite(cardLimit) && cardLimit >= 1 ? Math.floor(cardLimit) : null,
  };
}

export function readPhase(doc: Y.Doc): RetroPhase {
  const value = flowMap(doc).get('phase');
  const phase = isRecord(value) ? value.phase : null;
  return PHASES.includes(phase as RetroPhase) ? (phase as RetroPhase) : 'checkin';
}

/** The current phase's timer, if the facilitator set one for it. */
export function readTimer(doc: Y.Doc, phase: RetroPhase): PhaseTimer | null {
  const value = flowMap(doc).get('timer');
  if (!isRecord(value) || value.phase !== phase || !finite(value.startedAt) || !finite(value.durationMs)) return null;
  return {
    phase,
    startedAt: value.startedAt,
    durationMs: Math.max(0, value.durationMs),
    pausedAt: finite(value.pausedAt) ? Math.max(value.pausedAt, value.startedAt) : null,
    pausedMs: finite(value.pausedMs) ? Math.max(0, value.pausedMs) : 0,
  };
}

export function timerRemaining(timer: PhaseTimer, now: number): number {
  const until = Math.min(timer.pausedAt ?? Infinity, now);
  return timer.durationMs - Math.max(0, until - timer.startedAt - timer.pausedMs);
}

export function readTopicIndex(doc: Y.Doc): { index: number; startedAt: number } {
  const value = flowMap(doc).get('topic');
  if (!isRecord(value) || !finite(value.index) || !finite(value.startedAt)) return { index: 0, startedAt: 0 };
  return { index: Math.max(0, Math.floor(value.index)), startedAt: value.startedAt };
}

export function readGroups(doc: Y.Doc, columns: number): Group[] {
  const groups: Group[] = [];
  groupsMap(doc).forEach((entry, id) => {
    if (!isId(id) || !(entry instanceof Y.Map)) return;
    const column = entry.get('column');
    groups.push({
      id,
      name: text(entry.get('name'), COLUMN_MAX),
      column: finite(column) ? Math.min(Math.max(0, Math.floor(column)), columns - 1) : 0,
      createdAt: finite(entry.get('createdAt')) ? (entry.get('createdAt') as number) : 0,
    });
  });
  return groups.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/**
 * Every card once, with its column clamped and a group that exists (else none): however moves and
 * deletions of groups merged, no card is lost or shown twice.
 */
export function readCards(doc: Y.Doc, columns: number, groupIds: ReadonlySet<string>): Card[] {
  const cards: Card[] = [];
  cardsMap(doc).forEach((entry, id) => {
    if (!isId(id) || !(entry instanceof Y.Map) || (entry.get('deletedAt') ?? null) !== null) return;
    const cardText = text(entry.get('text'), CARD_MAX);
    if (!cardText.trim()) return;
    const column = entry.get('column');
    const groupId = entry.get('groupId');
    cards.push({
      id,
      column: finite(column) ? Math.min(Math.max(0, Math.floor(column)), columns - 1) : 0,
      text: cardText,
      groupId: isId(groupId) && groupIds.has(groupId) ? groupId : null,
      createdAt: finite(entry.get('createdAt')) ? (entry.get('createdAt') as number) : 0,
      author: isId(entry.get('author')) ? (entry.get('author') as string) : null,
    });
  });
  return cards.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function readBallots(doc: Y.Doc): Ballot[] {
  const ballots: Ballot[] = [];
  ballotsMap(doc).forEach((value, id) => {
    if (!isId(id) || !isRecord(value) || !isRecord(value.votes)) return;
    const votes: Record<string, number> = {};
    for (const [topic, count] of Object.entries(value.votes)) {
      if (isId(topic) && finite(count) && count >= 1) votes[topic] = Math.floor(count);
    }
    ballots.push({ id, votes });
  });
  return ballots.sort((a, b) => a.id.localeCompare(b.id));
}

/** A topic to vote on and discuss: a group, or a card in no group. */
export interface Topic {
  id: string;
  kind: 'group' | 'card';
  title: string;
  column: number;
  cards: Card[];
}

export function topicsOf(cards: Card[], groups: Group[]): Topic[] {
  const grouped = groups
    .map((group) => ({
      id: group.id,
      kind: 'group' as const,
      title: group.name,
      column: group.column,
      cards: cards.filter((card) => card.groupId === group.id),
    }))
    .filter((topic) => topic.cards.length > 0);
  const single = cards
    .filter((card) => card.groupId === null)
    .map((card) => ({ id: card.id, kind: 'card' as const, title: card.text, column: card.column, cards: [card] }));
  return [...grouped, ...single];
}

/**
 * Counts published ballots: each ballot counts at most `limit` votes in all and at most
 * `perCard` on one topic (in topic-id order, so every member counts the same way), and only votes
 * for topics that exist. So no member can exceed the limits, whatever their client sent.
 */
export function tally(ballots: Ballot[], topicIds: readonly string[], limit: number, perCard: number | null) {
  const counts = new Map<string, number>(topicIds.map((id) => [id, 0]));
  for (const ballot of ballots) {
    let left = limit;
    for (const topic of Object.keys(ballot.votes).sort()) {
      if (!counts.has(topic) || left <= 0) continue;
      const given = Math.min(ballot.votes[topic]!, perCard ?? Infinity, left);
      counts.set(topic, counts.get(topic)! + given);
      left -= given;
    }
  }
  return counts;
}

/** Whether voting has closed: once it has, it stays closed, whatever phase follows. */
export const readVotingClosed = (doc: Y.Doc): boolean => finite(flowMap(doc).get('votingClosedAt'));

export function readRetro(doc: Y.Doc) {
  const settings = readSettings(doc);
  const columns = columnCount(settings);
  const groups = readGroups(doc, columns);
  const cards = readCards(doc, columns, new Set(groups.map((group) => group.id)));
  const phase = readPhase(doc);
  return {
    settings,
    phase,
    timer: readTimer(doc, phase),
    topic: readTopicIndex(doc),
    groups,
    cards,
    ballots: readBallots(doc),
    votingClosed: readVotingClosed(doc),
  };
}

export type RetroView = ReturnType<typeof readRetro>;
