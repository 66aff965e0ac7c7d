// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type RetroSettings, readRetro, tally, topicsOf } from '../../../shared/retro/model';
import {
  createGroup,
  editCard,
  initRetro,
  moveCard,
  publishBallot,
  publishCards,
  setPhase,
} from '../../../shared/retro/ops';

const SETTINGS: RetroSettings = {
  title: 'Retro',
  goal: '',
  format: 'mistakes',
  columns: [],
  anonymous: false,
  checkin: '',
  voteLimit: 3,
  cardVoteLimit: null,
};
const id = (n: number) => n.toString(16).padStart(16, '0');
const T0 = 1_800_000_000_000;

function board(cards = 6) {
  const doc = new Y.Doc();
  initRetro(doc, SETTINGS, T0);
  publishCards(
    doc,
    Array.from({ length: cards }, (_, n) => ({
      id: id(n + 1),
      column: n % 3,
      text: `card ${n + 1}`,
      createdAt: T0 + n,
    })),
    { memberId: 'a1a1a1a1a1a1a1a1' },
  );
  return doc;
}

describe('retro board', () => {
  it('keeps cards in columns, groups them, and moves through the phases', () => {
    const doc = board(4);
    createGroup(doc, { id: id(100), name: 'VPN', column: 1, now: T0 }, [id(1), id(2)]);
    setPhase(doc, 'vote', T0 + 10, 5 * 60_000);
    const view = readRetro(doc);
    expect(view.phase).toBe('vote');
    expect(view.timer).toMatchObject({ phase: 'vote', durationMs: 300_000 });
    expect(view.cards.filter((card) => card.groupId === id(100)).map((card) => card.column)).toEqual([1, 1]);
    expect(topicsOf(view.cards, view.groups).map((topic) => topic.title)).toEqual(['VPN', 'card 3', 'card 4']);
  });

  it('publishes anonymous cards without the author, under a client id that is not theirs', () => {
    const doc = new Y.Doc();
    initRetro(doc, { ...SETTINGS, anonymous: true }, T0);
    const member = new Y.Doc();
    Y.applyUpdate(member, Y.encodeStateAsUpdate(doc));
    const own = member.clientID;
    publishCards(member, [{ id: id(1), column: 0, text: 'It went wrong', createdAt: T0 }], {
      anonymous: true,
      newClientId: () => 424242,
    });
    const received = new Y.Doc();
    Y.applyUpdate(received, Y.encodeStateAsUpdate(member));
    expect(readRetro(received).cards).toEqual([
      { id: id(1), column: 0, text: 'It went wrong', groupId: null, createdAt: T0, author: null },
    ]);
    // Nothing in the synced document was written under the member's own client id.
    expect(Y.decodeStateVector(Y.encodeStateVector(received)).has(own)).toBe(false);
  });
});

describe('votes', () => {
  it('no member ever counts more than the vote limit, nor more than the per-card limit on one topic', () => {
    const topicIds = [1, 2, 3, 4].map(id);
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom(...topicIds, id(99)), fc.integer({ min: 1, max: 50 })), {
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        (votes, limit, perCard) => {
          const ballots = votes.map((entry, n) => ({ id: id(n + 200), votes: entry }));
          const counts = tally(ballots, topicIds, limit, perCard);
          expect([...counts.keys()]).toEqual(topicIds);
          for (const ballot of ballots) {
            const alone = tally([ballot], topicIds, limit, perCard);
            const total = [...alone.values()].reduce((sum, count) => sum + count, 0);
            expect(total).toBeLessThanOrEqual(limit);
            for (const count of alone.values()) expect(count).toBeLessThanOrEqual(perCard ?? limit);
          }
          const all = [...counts.values()].reduce((sum, count) => sum + count, 0);
          expect(all).toBeLessThanOrEqual(ballots.length * limit);
        },
      ),
    );
  });

  it('counts only published ballots for topics that exist', () => {
    const doc = board(2);
    publishBallot(doc, id(300), { [id(1)]: 2, [id(2)]: 1 }, 9001);
    publishBallot(doc, id(301), { [id(2)]: 5 }, 9002);
    const view = readRetro(doc);
    const topics = topicsOf(view.cards, view.groups).map((topic) => topic.id);
    expect([...tally(view.ballots, topics, 3, null)]).toEqual([
      [id(1), 2],
      [id(2), 4],
    ]);
  });
});

type GroupOp =
  | { kind: 'edit'; peer: number; card: number; text: string }
  | { kind: 'group'; peer: number; cards: number[]; column: number }
  | { kind: 'move'; peer: number; card: number; toGroup: number | null; column: number }
  | { kind: 'sync'; from: number; to: number };

const groupOp: fc.Arbitrary<GroupOp> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    peer: fc.nat(2),
    card: fc.nat(7),
    text: fc.string({ minLength: 1 }),
  }),
  fc.record({
    kind: fc.constant('group' as const),
    peer: fc.nat(2),
    cards: fc.array(fc.nat(7), { minLength: 1, maxLength: 3 }),
    column: fc.nat(2),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    peer: fc.nat(2),
    card: fc.nat(7),
    toGroup: fc.option(fc.nat(5), { nil: null }),
    column: fc.nat(2),
  }),
  fc.record({ kind: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }),
);

describe('grouping and editing by three members at once', () => {
  it('never loses or duplicates a card, and all members end with the same board', () => {
    fc.assert(
      fc.property(fc.array(groupOp, { maxLength: 40 }), (ops) => {
        const peers = [board(8), new Y.Doc(), new Y.Doc()];
        peers.forEach((doc, n) => n > 0 && Y.applyUpdate(doc, Y.encodeStateAsUpdate(peers[0]!)));
        let groups = 0;
        for (const op of ops) {
          if (op.kind === 'sync') {
            Y.applyUpdate(peers[op.to]!, Y.encodeStateAsUpdate(peers[op.from]!, Y.encodeStateVector(peers[op.to]!)));
            continue;
          }
          const doc = peers[op.peer]!;
          if (op.kind === 'edit') {
            editCard(doc, id(op.card + 1), op.text);
          } else if (op.kind === 'group') {
            groups += 1;
            createGroup(
              doc,
              { id: id(1000 + groups), name: `g${groups}`, column: op.column, now: T0 + groups },
              op.cards.map((n) => id(n + 1)),
            );
          } else {
            const target =
              op.toGroup === null ? { column: op.column } : { groupId: id(1000 + op.toGroup), column: op.column };
            moveCard(doc, id(op.card + 1), target);
          }
        }
        const updates = peers.map((doc) => Y.encodeStateAsUpdate(doc));
        peers.forEach((doc) => updates.forEach((update) => Y.applyUpdate(doc, update)));
        const views = peers.map((doc) => readRetro(doc));
        expect(views[1]).toEqual(views[0]);
        expect(views[2]).toEqual(views[0]);
        const shown = topicsOf(views[0]!.cards, views[0]!.groups).flatMap((topic) =>
          topic.cards.map((card) => card.id),
        );
        expect(shown.sort()).toEqual(Array.from({ length: 8 }, (_, n) => id(n + 1)).sort());
      }),
      { numRuns: 200 },
    );
  });
});
