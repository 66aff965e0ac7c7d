// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  answerHealth,
  closeHealthRound,
  defaultRoundDimensions,
  readBallots,
  readHealthHistory,
  readRound,
  roundDimensions,
  startHealthRound,
} from '../../shared/checkin/board';
import { answerPoll, readPoll, closePoll, startPoll } from '../../shared/checkin/poll';
import { AVOID_RECENT, CATEGORIES, DECK, pickQuestion } from '../../shared/checkin/deck';
import {
  DEFAULT_DIMENSIONS,
  type HealthBallot,
  MIN_ANSWERS,
  aggregateHealth,
  distribution,
  effectiveThreshold,
} from '../../shared/checkin/health';

describe('the question deck', () => {
  it('has at least 60 questions in German and English, in every category, with unique ids', () => {
    expect(DECK.length).toBeGreaterThanOrEqual(60);
    expect(new Set(DECK.map((question) => question.id)).size).toBe(DECK.length);
    for (const category of CATEGORIES)
      expect(DECK.filter((question) => question.category === category).length).toBeGreaterThanOrEqual(10);
    for (const question of DECK) {
      expect(question.de.trim()).not.toBe('');
      expect(question.en.trim()).not.toBe('');
      expect(question.de).not.toBe(question.en);
    }
  });

  it('picks at random but never one of the recent picks while others remain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.nat(40)),
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        (size, recentIndexes, draw) => {
          const available = DECK.slice(0, size);
          const recent = recentIndexes.map((index) => DECK[index]!.id);
          const picked = pickQuestion(available, recent, () => draw)!;
          expect(available).toContain(picked);
          const window = Math.min(AVOID_RECENT, size - 1);
          if (window > 0) expect(recent.slice(-window)).not.toContain(picked.id);
        },
      ),
    );
    expect(pickQuestion([], [], Math.random)).toBeNull();
  });
});

const dims = DEFAULT_DIMENSIONS.map((dimension) => dimension.id);
const ballot = fc.record({
  answers: fc.dictionary(fc.constantFrom(...dims, 'unknown'), fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(9))),
});

describe('health check aggregation', () => {
  it('shows nothing below the threshold, which is never below three', () => {
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 12 }), fc.integer({ min: -5, max: 8 }), (ballots, threshold) => {
        const result = aggregateHealth(ballots, dims, threshold);
        const needed = effectiveThreshold(threshold);
        expect(needed).toBeGreaterThanOrEqual(MIN_ANSWERS);
        if (!result.shown) {
          expect(result.answers).toBeLessThan(needed);
          return;
        }
        expect(result.answers).toBeGreaterThanOrEqual(needed);
        for (const dimension of result.dimensions) {
          // Every shown statement was answered by enough people; the figures add up.
          expect(dimension.answered).toBeGreaterThanOrEqual(needed);
          expect(dimension.distribution.reduce((sum, count) => sum + count, 0)).toBe(dimension.answered);
          expect(dimension.mean).toBeGreaterThanOrEqual(1);
          expect(dimension.mean).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('aggregates to means and distributions only', () => {
    const ballots: HealthBallot[] = [
      { answers: { fun: 5, workload: 2 } },
      { answers: { fun: 4, workload: 2 } },
      { answers: { fun: 3 } },
    ];
    expect(aggregateHealth(ballots, ['fun', 'workload'], 3)).toEqual({
      shown: true,
      answers: 3,
      dimensions: [{ id: 'fun', answered: 3, mean: 4, distribution: [0, 0, 1, 1, 1] }],
    });
    expect(aggregateHealth(ballots.slice(0, 2), ['fun'], 1)).toEqual({ shown: false, answers: 2, needed: 3 });
    expect(distribution([1, 5, 5, 'x', 7], [1, 2, 3, 4, 5])).toEqual([1, 0, 0, 0, 2]);
  });
});

describe('a health round on the team board', () => {
  it('shows results only from the threshold on, keeps only aggregates, and cannot be linked to members', () => {
    const board = new Y.Doc();
    startHealthRound(board, {
      id: 'abababababababab',
      startedAt: 1,
      dimensions: defaultRoundDimensions(),
      threshold: 1,
    });
    expect(readRound(board)?.threshold).toBe(3);
    const members = [0, 1, 2].map(() => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(board));
      return doc;
    });
    members.forEach((doc, n) =>
      answerHealth(doc, 'abababababababab', `${n}`.repeat(16), 1000 + n, { fun: 3 + n, workload: 2 }),
    );
    for (const [n, doc] of members.entries()) {
      Y.applyUpdate(board, Y.encodeStateAsUpdate(doc));
      const shown = aggregateHealth(readBallots(board, 'abababababababab'), ['fun'], 3).shown;
      expect(shown).toBe(n === 2);
    }
    // No ballot was written under a member's own client id.
    const writers = Y.decodeStateVector(Y.encodeStateVector(board));
    members.forEach((doc) => expect(writers.has(doc.clientID)).toBe(false));

    const record = closeHealthRound(board, '2026-11-23');
    expect(record?.dimensions.map((dimension) => [dimension.id, dimension.mean])).toEqual([
      ['workload', 2],
      ['fun', 4],
    ]);
    expect(readHealthHistory(board)).toHaveLength(1);
    expect(readRound(board)).toBeNull();
    expect(readBallots(board, 'abababababababab')).toEqual([]);
  });

  it('keeps of a round that too few answered only how many did', () => {
    const board = new Y.Doc();
    startHealthRound(board, {
      id: 'cdcdcdcdcdcdcdcd',
      startedAt: 1,
      dimensions: defaultRoundDimensions(),
      threshold: 3,
    });
    answerHealth(board, 'cdcdcdcdcdcdcdcd', 'e'.repeat(16), 77, { fun: 5 });
    const kept = { id: 'cdcdcdcdcdcdcdcd', date: '2026-11-23', answers: 1, dimensions: [] };
    expect(closeHealthRound(board, '2026-11-23')).toEqual(kept);
    expect(readHealthHistory(board)).toEqual([kept]);
    expect(readBallots(board, 'cdcdcdcdcdcdcdcd')).toEqual([]);
  });
});

describe('the statements of a health round', () => {
  it("are the team's own when given, with ids that stay the same for the same text", () => {
    expect(roundDimensions('')).toHaveLength(7);
    const own = roundDimensions('Wir halten Zusagen ein.\n\n  Wir halten Zusagen ein.  \nMeetings enden pünktlich.');
    expect(own.map((dimension) => dimension.text)).toEqual(['Wir halten Zusagen ein.', 'Meetings enden pünktlich.']);
    expect(roundDimensions('Meetings enden pünktlich.')[0]!.id).toBe(own[1]!.id);
    expect(own[0]!.id).not.toBe(own[1]!.id);
  });
});

describe('mood and fist-of-five polls', () => {
  it('show only how many answered until closed, then a distribution if three did, unless names are on', () => {
    const board = new Y.Doc();
    const poll = { id: 'f1f1f1f1f1f1f1f1', kind: 'fist' as const, namesOn: false, startedAt: 1 };
    startPoll(board, poll);
    answerPoll(board, poll, 'a'.repeat(16), 5, { clientId: 31 });
    answerPoll(board, poll, 'b'.repeat(16), 0, { clientId: 32 });
    answerPoll(board, poll, 'b'.repeat(16), 3, { clientId: 33 });
    expect(readPoll(board)).toMatchObject({ closed: false, counts: null, answers: 2, named: null });
    closePoll(board);
    expect(readPoll(board)).toMatchObject({ closed: true, counts: null, answers: 2 });
    startPoll(board, poll);
    for (const [n, value] of [5, 0, 3].entries())
      answerPoll(board, poll, `${n}`.repeat(16), value, { clientId: 40 + n });
    closePoll(board);
    expect(readPoll(board)).toMatchObject({ closed: true, counts: [1, 0, 0, 1, 0, 1], answers: 3 });
    expect([...board.getMap('pulse').keys()]).toEqual(['result']);
    startPoll(board, { ...poll, id: 'f2f2f2f2f2f2f2f2', kind: 'mood', namesOn: true });
    answerPoll(board, { ...poll, id: 'f2f2f2f2f2f2f2f2', kind: 'mood', namesOn: true }, 'c'.repeat(16), 4, {
      memberId: 'a1a1a1a1a1a1a1a1',
    });
    expect(readPoll(board)).toMatchObject({
      counts: [0, 0, 0, 1, 0],
      named: [{ memberId: 'a1a1a1a1a1a1a1a1', value: 4 }],
    });
  });
});
