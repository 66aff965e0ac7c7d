// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerHealth, closeHealthRound, readCheckin, startHealthRound } from '../../shared/checkin/board';
import { answerPoll, closePoll, startPoll } from '../../shared/checkin/poll';

/**
 * "Health checks and polls never reveal one person's answer" (docs/security.md): whatever the
 * order of answers, changed answers and closing, what a member's views show after every step is
 * the same when the members' answers are swapped among them, and, with fewer answers than the
 * threshold, the same whatever they answered. So no one who watches the views live can tell what
 * the colleague who just clicked chose.
 */
const MEMBERS = 5;
const DIMENSIONS = ['collaboration', 'workload', 'fun'];
const ballotId = (member: number) => member.toString(16).padStart(32, 'b');
const clientId = (member: number, step: number) => 1000 + member * 100 + step;

/** A member's answers over time: each answers (or answers again) at the steps given. */
interface Script {
  /** Which member acts at each step (`null`: someone looks at the views). */
  steps: (number | null)[];
  /** Per member, the values of their successive answers (cycled). */
  values: number[][];
}

const script = (scale: readonly number[]) =>
  fc.record({
    steps: fc.array(fc.option(fc.integer({ min: 0, max: MEMBERS - 1 }), { nil: null }), { maxLength: 14 }),
    values: fc.array(fc.array(fc.constantFrom(...scale), { minLength: 1, maxLength: 3 }), {
      minLength: MEMBERS,
      maxLength: MEMBERS,
    }),
  });

/** Everything the check-in views are given, after each step, and after closing. */
function healthViews({ steps, values }: Script, threshold: number): string[] {
  const doc = new Y.Doc();
  startHealthRound(doc, {
    id: 'a'.repeat(32),
    startedAt: 1,
    dimensions: DIMENSIONS.map((id) => ({ id, text: null })),
    threshold,
  });
  const given = new Array<number>(MEMBERS).fill(0);
  const views = [JSON.stringify(readCheckin(doc))];
  steps.forEach((member, step) => {
    if (member !== null) {
      const value = values[member]![given[member]! % values[member]!.length]!;
      given[member] = given[member]! + 1;
      // A member may skip a statement: the first one is skipped when the value is odd.
      const answers: Record<string, number> = Object.fromEntries(
        DIMENSIONS.filter((_, index) => index > 0 || value % 2 === 0).map((id) => [id, value]),
      );
      answerHealth(doc, 'a'.repeat(32), ballotId(member), clientId(member, step), answers);
    }
    views.push(JSON.stringify(readCheckin(doc)));
  });
  closeHealthRound(doc, '2026-12-02');
  views.push(JSON.stringify(readCheckin(doc)));
  return views;
}

function pollViews({ steps, values }: Script, kind: 'mood' | 'fist'): string[] {
  const doc = new Y.Doc();
  const poll = { id: 'c'.repeat(32), kind, namesOn: false, startedAt: 1 };
  startPoll(doc, poll);
  const given = new Array<number>(MEMBERS).fill(0);
  const views = [JSON.stringify(readCheckin(doc))];
  steps.forEach((member, step) => {
    if (member !== null) {
      const value = values[member]![given[member]! % values[member]!.length]!;
      given[member] = given[member]! + 1;
      answerPoll(doc, poll, ballotId(member), value, { clientId: clientId(member, step) });
    }
    views.push(JSON.stringify(readCheckin(doc)));
  });
  closePoll(doc);
  views.push(JSON.stringify(readCheckin(doc)));
  return views;
}

/**
 * The same script with the members' answers handed round: each member acts at the same steps as
 * before, but gives the answers another member gave (among members who acted equally often, so
 * that the answers given, taken together, stay the same).
 */
function swapped(run: Script, permutation: number[]): Script {
  const actions = (member: number) => run.steps.filter((step) => step === member).length;
  const given = (member: number) =>
    Array.from({ length: actions(member) }, (_, n) => run.values[member]![n % run.values[member]!.length]!);
  const values = run.values.map((list) => [...list]);
  const groups = new Map<number, number[]>();
  for (const member of permutation) groups.set(actions(member), [...(groups.get(actions(member)) ?? []), member]);
  for (const [count, members] of groups) {
    if (count === 0) continue;
    const sorted = [...members].sort((a, b) => a - b);
    sorted.forEach((member, index) => (values[member] = given(members[index]!)));
  }
  return { ...run, values };
}

const permutation = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: MEMBERS, maxLength: MEMBERS });
const answeredBy = (run: Script) => new Set(run.steps.filter((member) => member !== null)).size;

describe('health checks', () => {
  it('show the same views, step by step, whoever gave which answer', () => {
    fc.assert(
      fc.property(script([1, 2, 3, 4, 5]), permutation, fc.integer({ min: 3, max: 5 }), (run, order, threshold) => {
        expect(healthViews(swapped(run, order), threshold)).toEqual(healthViews(run, threshold));
      }),
      { numRuns: 300 },
    );
  });

  it('show nothing of the answers while fewer than the threshold answered, whatever they were', () => {
    fc.assert(
      fc.property(script([1, 2, 3, 4, 5]), script([1, 2, 3, 4, 5]), (run, other) => {
        fc.pre(answeredBy(run) < 3);
        expect(healthViews({ ...run, values: other.values }, 3)).toEqual(healthViews(run, 3));
      }),
      { numRuns: 300 },
    );
  });
});

describe('mood and fist-of-five polls', () => {
  it('show the same views, step by step, whoever gave which answer', () => {
    fc.assert(
      fc.property(script([0, 1, 2, 3, 4, 5]), permutation, fc.constantFrom('mood', 'fist'), (run, order, kind) => {
        const scaled =
          kind === 'mood' ? { ...run, values: run.values.map((list) => list.map((v) => Math.max(1, v))) } : run;
        expect(pollViews(swapped(scaled, order), kind)).toEqual(pollViews(scaled, kind));
      }),
      { numRuns: 300 },
    );
  });

  it('show nothing of the answers while fewer than three answered, whatever they were', () => {
    fc.assert(
      fc.property(script([1, 2, 3, 4, 5]), script([1, 2, 3, 4, 5]), (run, other) => {
        fc.pre(answeredBy(run) < 3);
        expect(pollViews({ ...run, values: other.values }, 'mood')).toEqual(pollViews(run, 'mood'));
      }),
      { numRuns: 300 },
    );
  });
});
