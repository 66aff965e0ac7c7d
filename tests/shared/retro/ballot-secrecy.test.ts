// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type RetroSettings, ballotsMap, cardsMap, readRetro, readVotingClosed } from '../../../shared/retro/model';
import { ballotDue, initRetro, publishBallot, publishCards, setPhase } from '../../../shared/retro/ops';

/**
 * "Votes stay secret, also afterwards" and "anonymous cards are unlinkable to each other"
 * (docs/security.md): read as a member who has the whole finished board, and as a late joiner who
 * gets it compacted, no ballot can be tied to a member (whose Yjs client id everyone sees in
 * presence), to a member's cards, or to another ballot, and no anonymous card to another.
 */
const T0 = 1_800_000_000_000;
const SETTINGS: RetroSettings = {
  title: 'Retro',
  goal: '',
  format: 'start-stop-continue',
  columns: [],
  anonymous: false,
  checkin: '',
  voteLimit: 3,
  cardVoteLimit: null,
};
const hex = (n: number, length = 16) => n.toString(16).padStart(length, '0');
let nextClient = 7_000_000;
const throwAway = () => nextClient++;

/** Every member's document receives every other's state, as the relay would deliver it. */
function syncAll(docs: Y.Doc[]) {
  const states = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  for (const doc of docs) for (const state of states) Y.applyUpdate(doc, state);
}

/** The Yjs client id that wrote a map entry: what any member can read off the synced document. */
const writerOf = (map: object, key: string) =>
  (map as { _map: Map<string, { id: { client: number } }> })._map.get(key)!.id.client;

function finishedRetro(anonymous: boolean) {
  const members = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  initRetro(members[0]!, { ...SETTINGS, anonymous }, T0);
  syncAll(members);
  members.forEach((doc, m) =>
    publishCards(
      doc,
      [0, 1].map((n) => ({ id: hex(m * 10 + n + 1), column: n, text: `card ${m}.${n}`, createdAt: T0 + n })),
      anonymous ? { anonymous: true, newClientId: throwAway } : { memberId: hex(0xa0 + m) },
    ),
  );
  syncAll(members);
  setPhase(members[0]!, 'vote', T0 + 1, null);
  syncAll(members);
  const local = members.map((_, m) => ({ votes: { [hex(m + 1)]: 2, [hex(11)]: 1 }, ballotPublished: false }));
  // While voting is open, nothing is due, however often the phase is moved on and back.
  expect(local.map((votes) => ballotDue(readVotingClosed(members[1]!), votes))).toEqual([null, null, null]);
  setPhase(members[1]!, 'discuss', T0 + 2, null);
  setPhase(members[1]!, 'vote', T0 + 3, null);
  syncAll(members);
  expect(readVotingClosed(members[2]!)).toBe(true);
  members.forEach((doc, m) => {
    const votes = ballotDue(readVotingClosed(doc), local[m]!);
    if (votes) publishBallot(doc, hex(0xb0 + m, 32), votes, throwAway());
  });
  // Published once: a second look finds nothing due.
  expect(ballotDue(true, { ...local[0]!, ballotPublished: true })).toBeNull();
  syncAll(members);
  // The late joiner gets the compacted board: one snapshot, as the server keeps it.
  const late = new Y.Doc();
  Y.applyUpdate(late, Y.mergeUpdates(members.map((doc) => Y.encodeStateAsUpdate(doc))));
  return { members, late };
}

describe('a finished retro, read by a member and by a late joiner after compaction', () => {
  for (const anonymous of [false, true]) {
    it(`links no ballot to a member, a card or another ballot (${anonymous ? 'anonymous' : 'named'} retro)`, () => {
      const { members, late } = finishedRetro(anonymous);
      const seen = new Set(members.map((doc) => doc.clientID));
      for (const reader of [members[0]!, late]) {
        const view = readRetro(reader);
        expect(view.ballots).toHaveLength(3);
        const cardWriters = view.cards.map((card) => writerOf(cardsMap(reader), card.id));
        const ballotWriters = view.ballots.map((ballot) => writerOf(ballotsMap(reader), ballot.id));
        expect(new Set(ballotWriters).size).toBe(3);
        for (const writer of ballotWriters) {
          expect(seen.has(writer)).toBe(false);
          expect(cardWriters).not.toContain(writer);
        }
        // A ballot holds its votes and nothing else.
        for (const ballot of view.ballots)
          expect(Object.keys(ballotsMap(reader).get(ballot.id) as object)).toEqual(['votes']);
        if (anonymous) {
          // Every card under an id of its own, none of them a member's.
          expect(new Set(cardWriters).size).toBe(cardWriters.length);
          for (const writer of cardWriters) expect(seen.has(writer)).toBe(false);
          expect(view.cards.every((card) => card.author === null)).toBe(true);
        }
      }
    });
  }
});
