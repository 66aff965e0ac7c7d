// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_TEAM_SETTINGS } from '../../../shared/team/model';
import { readStandup } from '../../../shared/team/standup';
import { endStandup, nextSpeaker, startStandup } from '../../../shared/team/standup-ops';

/**
 * "No per-person speaking times are stored": tried the way a curious colleague with the team key
 * would, by reading the stored history of a board (the server's log, a device's copy) update by
 * update, and what remains once that history is compacted into one state.
 */
const T0 = 1_800_000_000_000;
const ORDER = ['a1a1a1a1a1a1a1a1', 'b2b2b2b2b2b2b2b2', 'c3c3c3c3c3c3c3c3'];

/** A stand-up in which the three spoke 65 s, 20 s and 115 s; every update as it was stored. */
function standupWithHistory() {
  const doc = new Y.Doc();
  const log: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => log.push(update));
  startStandup(doc, {
    id: 'f0f0f0f0f0f0f0f0',
    date: '2027-01-11',
    now: T0,
    order: ORDER,
    settings: DEFAULT_TEAM_SETTINGS,
  });
  nextSpeaker(doc, T0 + 65_000, 0);
  nextSpeaker(doc, T0 + 85_000, 1);
  endStandup(doc, T0 + 200_000);
  return { doc, log };
}

/** Replays stored updates one by one and notes when each speaker's turn began. */
function turnStarts(updates: Uint8Array[]): Map<number, number> {
  const replay = new Y.Doc();
  const starts = new Map<number, number>();
  for (const update of updates) {
    Y.applyUpdate(replay, update);
    const turn = replay.getMap('standup').get('turn') as { index: number; startRunning: number } | undefined;
    const standup = readStandup(replay);
    if (turn && standup) starts.set(turn.index, standup.startedAt + turn.startRunning);
  }
  return starts;
}

describe('speaking times', () => {
  it('can be read from the history of updates, which is why it is compacted when a stand-up ends', () => {
    const { log } = standupWithHistory();
    // The attack works on the raw history: each turn's start, so each person's time.
    expect([...turnStarts(log).values()]).toEqual([T0, T0 + 65_000, T0 + 85_000]);
  });

  it('cannot be read from the compacted state: only the last turn is left, and no earlier one', () => {
    const { doc } = standupWithHistory();
    const compacted = Y.encodeStateAsUpdate(doc);
    expect([...turnStarts([compacted]).values()]).toEqual([T0 + 85_000]);
    // Nor is any earlier turn value anywhere in its bytes.
    const values = Y.decodeUpdate(compacted)
      .structs.flatMap((struct): unknown[] =>
        'content' in struct && struct.content instanceof Y.ContentAny ? (struct.content.arr as unknown[]) : [],
      )
      .filter((value) => typeof value === 'object' && value !== null && 'startRunning' in value);
    expect(values).toHaveLength(1);
  });
});
