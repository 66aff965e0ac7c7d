// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type * as Y from 'yjs';
import { isRecord } from '../is-record';
import { writeAnonymously } from '../sync/anonymous';
import { readPoll } from './poll';
import { CATEGORIES, type Category, DECK } from './deck';
import {
  DEFAULT_DIMENSIONS,
  type DimensionResult,
  type HealthBallot,
  aggregateHealth,
  answeringBallots,
  effectiveThreshold,
} from './health';

/**
 * Check-ins and health checks on the team board:
 *
 * - `questions`       Y.Map<id, { text, category }>: the team's own questions
 * - `hiddenQuestions` Y.Map<id, true>: built-in questions the team does not want
 * - `recentQuestions` Y.Array<id>: the last picks, so a random pick avoids repeats
 * - `health`          Y.Map: `round` ({ id, startedAt, dimensions, threshold }) and, per round,
 *                     anonymous ballots under "roundId|ballotId" until the round closes
 * - `healthHistory`   Y.Array<HealthRecord>: aggregates of closed rounds, never single answers
 *                     (a round closed with too few answers keeps only its number of answers)
 * - `pulse`           Y.Map: the open `poll` with its answers under "pollId|ballotId", or the
 *                     closed poll's `result` (how many chose what, if enough answered)
 *
 * While a round or poll is open, the views get only how many answered: results exist only once
 * it is closed, so nobody watching can see what the colleague who just clicked chose.
 */
const TEXT_MAX = 300;
const RECENT_KEPT = 30;
const ID = /^[0-9a-f]{16,32}$/;

export interface OwnQuestion {
  id: string;
  category: Category;
  text: string;
}

/** A statement of a health round: a default one by id, or the team's own text. */
export interface RoundDimension {
  id: string;
  text: string | null;
}

export interface HealthRound {
  id: string;
  startedAt: number;
  dimensions: RoundDimension[];
  threshold: number;
}

export interface HealthRecord {
  id: string;
  date: string;
  answers: number;
  /** Empty if fewer than the round's threshold answered: then nothing but the number is kept. */
  dimensions: (DimensionResult & { text: string | null })[];
}

const questionsMap = (doc: Y.Doc) => doc.getMap<unknown>('questions');
const hiddenMap = (doc: Y.Doc) => doc.getMap<unknown>('hiddenQuestions');
const recentArray = (doc: Y.Doc) => doc.getArray<unknown>('recentQuestions');
const healthMap = (doc: Y.Doc) => doc.getMap<unknown>('health');
const healthHistory = (doc: Y.Doc) => doc.getArray<unknown>('healthHistory');

export function readOwnQuestions(doc: Y.Doc): OwnQuestion[] {
  const questions: OwnQuestion[] = [];
  questionsMap(doc).forEach((value, id) => {
    if (!ID.test(id) || !isRecord(value) || typeof value.text !== 'string' || !value.text.trim()) return;
    const category = CATEGORIES.includes(value.category as Category) ? (value.category as Category) : 'light';
    questions.push({ id, category, text: value.text.slice(0, TEXT_MAX) });
  });
  return questions.sort((a, b) => a.id.localeCompare(b.id));
}

export const readHidden = (doc: Y.Doc): string[] =>
  [...hiddenMap(doc).keys()].filter((id) => hiddenMap(doc).get(id) === true);
export const readRecent = (doc: Y.Doc): string[] =>
  recentArray(doc)
    .toArray()
    .filter((id): id is string => typeof id === 'string');

export function addOwnQuestion(doc: Y.Doc, question: OwnQuestion): boolean {
  const text = question.text.trim().replace(/\s+/g, ' ').slice(0, TEXT_MAX);
  if (!text) return false;
  questionsMap(doc).set(question.id, { text, category: question.category });
  return true;
}

export function removeOwnQuestion(doc: Y.Doc, id: string): void {
  questionsMap(doc).delete(id);
}

export function setHidden(doc: Y.Doc, id: string, hidden: boolean): void {
  if (hidden) hiddenMap(doc).set(id, true);
  else hiddenMap(doc).delete(id);
}

/** Remembers a pick; only the last few are kept. */
export function notePicked(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    const recent = recentArray(doc);
    recent.push([id]);
    if (recent.length > RECENT_KEPT) recent.delete(0, recent.length - RECENT_KEPT);
  });
}

/** Built-in questions not hidden, plus the team's own, in the reader's language. */
export function availableQuestions(doc: Y.Doc, locale: 'de' | 'en', category: Category | null) {
  const hidden = new Set(readHidden(doc));
  const builtIn = DECK.filter((question) => !hidden.has(question.id)).map((question) => ({
    id: question.id,
    category: question.category,
    text: question[locale],
  }));
  return [...builtIn, ...readOwnQuestions(doc)].filter(
    (question) => category === null || question.category === category,
  );
}

export function readRound(doc: Y.Doc): HealthRound | null {
  const round = healthMap(doc).get('round');
  if (!isRecord(round) || typeof round.id !== 'string' || !ID.test(round.id) || !Array.isArray(round.dimensions))
    return null;
  const dimensions = round.dimensions.flatMap((raw): RoundDimension[] => {
    if (!isRecord(raw) || typeof raw.id !== 'string' || !raw.id) return [];
    return [{ id: raw.id.slice(0, 40), text: typeof raw.text === 'string' ? raw.text.slice(0, TEXT_MAX) : null }];
  });
  if (dimensions.length === 0) return null;
  return {
    id: round.id,
    startedAt: typeof round.startedAt === 'number' ? round.startedAt : 0,
    dimensions,
    threshold: effectiveThreshold(typeof round.threshold === 'number' ? round.threshold : 3),
  };
}

/** The anonymous ballots of a round. */
export function readBallots(doc: Y.Doc, roundId: string): HealthBallot[] {
  const ballots: HealthBallot[] = [];
  healthMap(doc).forEach((value, key) => {
    if (!key.startsWith(`${roundId}|`) || !isRecord(value) || !isRecord(value.answers)) return;
    ballots.push({ answers: value.answers as Record<string, number> });
  });
  return ballots;
}

/**
 * Closed rounds, oldest first. A round closed twice at once (two facilitators, offline) keeps its
 * first record only, so no two aggregates of slightly different answers can be compared.
 */
export function readHealthHistory(doc: Y.Doc): HealthRecord[] {
  const seen = new Set<string>();
  return healthHistory(doc)
    .toArray()
    .filter((raw): raw is HealthRecord => isRecord(raw) && typeof raw.id === 'string' && Array.isArray(raw.dimensions))
    .filter((record) => !seen.has(record.id) && seen.add(record.id));
}

export function startHealthRound(doc: Y.Doc, round: HealthRound): void {
  doc.transact(() => {
    const map = healthMap(doc);
    // Leftover ballots of an earlier round that was never closed go now.
    [...map.keys()].filter((key) => key.includes('|')).forEach((key) => map.delete(key));
    map.set('round', { ...round, threshold: effectiveThreshold(round.threshold) });
  });
}

export const defaultRoundDimensions = (): RoundDimension[] => DEFAULT_DIMENSIONS.map(({ id }) => ({ id, text: null }));

/** A stable id for a team's own statement, so the same text lines up in the trends across rounds. */
function statementId(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.toLowerCase()) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return `own-${hash.toString(16).padStart(8, '0')}`;
}

/** The statements of a new round: the team's own (one per line), or the defaults if none. */
export function roundDimensions(ownStatements: string): RoundDimension[] {
  const lines = [
    ...new Set(
      ownStatements
        .split(/\r?\n/)
        .map((line) => line.trim().slice(0, TEXT_MAX))
        .filter(Boolean),
    ),
  ];
  return lines.length > 0
    ? lines.slice(0, 12).map((text) => ({ id: statementId(text), text }))
    : defaultRoundDimensions();
}

/**
 * Answers a round anonymously: under a random ballot id (so a second answer replaces the first)
 * and a throw-away Yjs client id, so the ballot cannot be linked to the member.
 */
export function answerHealth(
  doc: Y.Doc,
  roundId: string,
  ballotId: string,
  clientId: number,
  answers: Record<string, number>,
): void {
  writeAnonymously(doc, clientId, (target) => healthMap(target).set(`${roundId}|${ballotId}`, { answers }));
}

/**
 * Closes the round: keeps its aggregate in the history if enough people answered (else only how
 * many did), and deletes every single ballot, so only aggregates stay on the board.
 */
export function closeHealthRound(doc: Y.Doc, date: string): HealthRecord | null {
  let record: HealthRecord | null = null;
  doc.transact(() => {
    const round = readRound(doc);
    if (!round) return;
    const result = aggregateHealth(
      readBallots(doc, round.id),
      round.dimensions.map((dimension) => dimension.id),
      round.threshold,
    );
    const texts = new Map(round.dimensions.map((dimension) => [dimension.id, dimension.text]));
    record = {
      id: round.id,
      date,
      answers: result.answers,
      dimensions: result.shown
        ? result.dimensions.map((dimension) => ({ ...dimension, text: texts.get(dimension.id) ?? null }))
        : [],
    };
    healthHistory(doc).push([record]);
    const map = healthMap(doc);
    [...map.keys()].forEach((key) => map.delete(key));
  });
  return record;
}

/** The question the team is answering now, the same for everyone. */
export interface CurrentQuestion {
  id: string;
  text: string;
  pickedAt: number;
}

const checkinMap = (doc: Y.Doc) => doc.getMap<unknown>('checkin');

export function setCurrentQuestion(doc: Y.Doc, question: CurrentQuestion): void {
  doc.transact(() => {
    checkinMap(doc).set('question', { ...question, text: question.text.slice(0, TEXT_MAX) });
    notePicked(doc, question.id);
  });
}

export function readCurrentQuestion(doc: Y.Doc): CurrentQuestion | null {
  const value = checkinMap(doc).get('question');
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return null;
  return {
    id: value.id,
    text: value.text.slice(0, TEXT_MAX),
    pickedAt: typeof value.pickedAt === 'number' ? value.pickedAt : 0,
  };
}

/**
 * What the check-in views render. Of an open health round only how many answered (the aggregate
 * exists once it is closed); of closed rounds the records; of a poll what `readPoll` gives.
 */
export function readCheckin(doc: Y.Doc) {
  const round = readRound(doc);
  const history = readHealthHistory(doc);
  return {
    question: readCurrentQuestion(doc),
    ownQuestions: readOwnQuestions(doc),
    hidden: readHidden(doc),
    recent: readRecent(doc),
    round,
    answered: round
      ? answeringBallots(
          readBallots(doc, round.id),
          round.dimensions.map((dimension) => dimension.id),
        ).length
      : 0,
    history,
    pulse: readPoll(doc),
  };
}
