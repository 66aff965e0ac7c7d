// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_TEAM_SETTINGS, readHistory } from '../../../shared/team/model';
import {
  type Standup,
  currentSpeaker,
  readStandup,
  runningTime,
  shuffle,
  standupClock,
  upcoming,
} from '../../../shared/team/standup';
import {
  endStandup,
  moveSpeaker,
  nextSpeaker,
  pauseStandup,
  previousSpeaker,
  resumeStandup,
  setMark,
  skipSpeaker,
  startStandup,
} from '../../../shared/team/standup-ops';

const ids = ['a1a1a1a1a1a1a1a1', 'b2b2b2b2b2b2b2b2', 'c3c3c3c3c3c3c3c3', 'd4d4d4d4d4d4d4d4', 'e5e5e5e5e5e5e5e5'];
const [anna, ben, cem, dana] = ids as [string, string, string, string];
const RUN = 'f0f0f0f0f0f0f0f0';
const T0 = 1_800_000_000_000;

function started(order = ids.slice(0, 4)) {
  const doc = new Y.Doc();
  startStandup(doc, { id: RUN, date: '2026-11-23', now: T0, order, settings: DEFAULT_TEAM_SETTINGS });
  return doc;
}
const read = (doc: Y.Doc) => readStandup(doc)!;
const speaker = (doc: Y.Doc) => currentSpeaker(read(doc))?.memberId ?? null;

describe('stand-up operations', () => {
  it('goes through the order; next, back and skip act on the speaker they were pressed for', () => {
    const doc = started();
    expect(speaker(doc)).toBe(anna);
    expect(nextSpeaker(doc, T0 + 1000, 0)).toBe(true);
    // A second "next" pressed for Anna at the same time changes nothing.
    expect(nextSpeaker(doc, T0 + 1001, 0)).toBe(false);
    expect(speaker(doc)).toBe(ben);
    skipSpeaker(doc, T0 + 2000, 1);
    expect(read(doc).order).toEqual([anna, cem, dana, ben]);
    expect(speaker(doc)).toBe(cem);
    previousSpeaker(doc, T0 + 3000, 1);
    expect(speaker(doc)).toBe(anna);
    nextSpeaker(doc, T0 + 4000, 0);
    nextSpeaker(doc, T0 + 5000, 1);
    nextSpeaker(doc, T0 + 6000, 2);
    expect(speaker(doc)).toBe(ben);
    nextSpeaker(doc, T0 + 7000, 3);
    expect(currentSpeaker(read(doc))).toBeNull();
    expect(standupClock(read(doc), T0 + 8000).speakerRemainingMs).toBeNull();
  });

  it('passes over absent members, shows deputies, and lets the queue be reordered', () => {
    const doc = started();
    setMark(doc, ben, { absent: true, representedBy: null });
    setMark(doc, cem, { absent: true, representedBy: 'Emil' });
    expect(read(doc).marks[cem]).toEqual({ absent: false, representedBy: 'Emil' });
    expect(upcoming(read(doc))).toEqual([cem, dana]);
    moveSpeaker(doc, dana, 1);
    expect(upcoming(read(doc))).toEqual([dana, cem]);
    // Nobody can be moved in front of the current speaker.
    moveSpeaker(doc, cem, 0);
    expect(speaker(doc)).toBe(anna);
    expect(upcoming(read(doc))).toEqual([cem, dana]);
    nextSpeaker(doc, T0 + 1000, 0);
    expect(speaker(doc)).toBe(cem);
    endStandup(doc, T0 + 90_000);
    expect(readHistory(doc)).toEqual([{ id: RUN, date: '2026-11-23', durationMs: 90_000, attended: 2 }]);
  });

  it('counts down both timeboxes from facts, and a pause stops both', () => {
    const doc = started();
    expect(standupClock(read(doc), T0 + 30_000)).toEqual({
      overallRemainingMs: 15 * 60_000 - 30_000,
      speakerRemainingMs: 2 * 60_000 - 30_000,
      paused: false,
    });
    pauseStandup(doc, T0 + 40_000);
    expect(standupClock(read(doc), T0 + 100_000).speakerRemainingMs).toBe(80_000);
    resumeStandup(doc, T0 + 100_000);
    nextSpeaker(doc, T0 + 110_000, 0);
    expect(standupClock(read(doc), T0 + 250_000)).toEqual({
      overallRemainingMs: 15 * 60_000 - 190_000,
      speakerRemainingMs: 120_000 - 140_000,
      paused: false,
    });
  });

  it('shuffles fairly: every order is possible and each member appears once', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const order = shuffle(ids.slice(0, 3), random);
      expect([...order].sort()).toEqual(ids.slice(0, 3));
      seen.add(order.join());
    }
    expect(seen.size).toBe(6);
  });
});

type Op =
  | { kind: 'next' | 'back' | 'skip'; peer: number; at: number }
  | { kind: 'pause' | 'resume' | 'end'; peer: number; at: number }
  | { kind: 'absent'; peer: number; member: number; absent: boolean; deputy: boolean }
  | { kind: 'move'; peer: number; member: number; to: number }
  | { kind: 'sync'; from: number; to: number; twice: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('next', 'back', 'skip'), peer: fc.nat(2), at: fc.nat(5) }),
  fc.record({ kind: fc.constantFrom('pause', 'resume', 'end'), peer: fc.nat(2), at: fc.nat(5) }),
  fc.record({
    kind: fc.constant('absent'),
    peer: fc.nat(2),
    member: fc.nat(4),
    absent: fc.boolean(),
    deputy: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('move'), peer: fc.nat(2), member: fc.nat(4), to: fc.nat(5) }),
  fc.record({ kind: fc.constant('sync'), from: fc.nat(2), to: fc.nat(2), twice: fc.boolean() }),
);

function expectValid(standup: Standup, now: number) {
  expect([...standup.order].sort()).toEqual([...ids].sort());
  expect(standup.index).toBeGreaterThanOrEqual(0);
  expect(standup.index).toBeLessThanOrEqual(standup.order.length);
  expect(standup.pausedMs).toBeGreaterThanOrEqual(0);
  const clock = standupClock(standup, now);
  expect(Number.isFinite(clock.overallRemainingMs)).toBe(true);
  expect(runningTime(standup, now + 1000)).toBeGreaterThanOrEqual(runningTime(standup, now));
  const current = currentSpeaker(standup);
  if (current) expect(standup.marks[current.memberId]?.absent).not.toBe(true);
}

describe('concurrent stand-up edits from three members', () => {
  it('converge to the same valid stand-up, never losing or duplicating a speaker', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const peers = [started(ids), new Y.Doc(), new Y.Doc()];
        peers.forEach((doc, i) => {
          doc.clientID = i + 1;
          if (i > 0) Y.applyUpdate(doc, Y.encodeStateAsUpdate(peers[0]!));
        });
        let now = T0;
        for (const step of ops) {
          if (step.kind === 'sync') {
            const update = Y.encodeStateAsUpdate(peers[step.from]!, Y.encodeStateVector(peers[step.to]!));
            Y.applyUpdate(peers[step.to]!, update);
            if (step.twice) Y.applyUpdate(peers[step.to]!, update);
            continue;
          }
          const doc = peers[step.peer]!;
          const standup = read(doc);
          const at = 'at' in step ? step.at : 0;
          now += 1000 + at * 7000;
          const from = currentSpeaker(standup)?.index ?? 0;
          if (step.kind === 'next') nextSpeaker(doc, now, from);
          if (step.kind === 'back') previousSpeaker(doc, now, from);
          if (step.kind === 'skip') skipSpeaker(doc, now, from);
          if (step.kind === 'pause') pauseStandup(doc, now);
          if (step.kind === 'resume') resumeStandup(doc, now);
          if (step.kind === 'end') endStandup(doc, now);
          if (step.kind === 'absent')
            setMark(doc, ids[step.member]!, { absent: step.absent, representedBy: step.deputy ? 'Deputy' : null });
          if (step.kind === 'move') moveSpeaker(doc, ids[step.member]!, step.to);
          expectValid(read(doc), now);
        }
        // Everyone receives everything, in a different order each.
        const all = peers.map((doc, i) => ({ from: i, update: Y.encodeStateAsUpdate(doc) }));
        peers.forEach((doc, i) =>
          [...all].reverse().forEach(({ from, update }) => from !== i && Y.applyUpdate(doc, update)),
        );
        const states = peers.map((doc) => read(doc));
        expect(states[1]).toEqual(states[0]);
        expect(states[2]).toEqual(states[0]);
        expectValid(states[0]!, now);
        expect(readHistory(peers[0]!).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
