// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { env } from 'cloudflare:workers';
import { runInDurableObject } from 'cloudflare:test';
import type { SyncSession } from '../../shared/sync/sync-session';
import { boardStub } from '../../worker/board/board-id';
import { type Chaos, peer } from './session-harness';
import { createBoard } from './sync-client';

/** The document's content; map keys sorted, since a map's key order depends on arrival order. */
const stateOf = (doc: Y.Doc) => ({
  cards: Object.entries(doc.getMap('cards').toJSON()).sort(([a], [b]) => a.localeCompare(b)),
  order: doc.getArray('order').toJSON(),
});

async function converged(peers: { doc: Y.Doc; session: SyncSession }[]) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const settled = Promise.all(peers.map((p) => p.session.settled()));
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 1000))]);
    const done = peers.every((p) => p.session.status().state === 'online' && p.session.status().pending === 0);
    const states = peers.map((p) => JSON.stringify(stateOf(p.doc)));
    if (done && states.every((state) => state === states[0])) return;
    if (Date.now() > deadline) {
      throw new Error(
        `no convergence: ${JSON.stringify(peers.map((p) => [p.session.status(), p.session.confirmed().lastSeq, stateOf(p.doc)]))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type Step = { peer: number; action: 'set' | 'insert' | 'delete' | 'drop' | 'restart'; key: number; value: string };
const step: fc.Arbitrary<Step> = fc.record({
  peer: fc.nat(3),
  action: fc.constantFrom('set', 'set', 'insert', 'delete', 'drop', 'restart'),
  key: fc.nat(9),
  value: fc.string({ maxLength: 12 }),
});

describe('convergence through the real Durable Object', () => {
  it('four peers with random edits, disconnects, duplicates and reordering end with identical documents', async () => {
    let compacted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 10, maxLength: 40 }), fc.integer(), async (steps, seed) => {
        const random = fc.sample(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          numRuns: 2000,
          seed,
        });
        let i = 0;
        const chaos: Chaos = { random: () => random[i++ % random.length]!, duplicate: 0.1, delay: 0.2 };
        const { boardId, keys } = await createBoard();
        const peers = [0, 1, 2, 3].map(() => peer(boardId, keys, { chaos, compactAfter: 8 }));
        try {
          for (const { peer: index, action, key, value } of steps) {
            const { doc, session } = peers[index]!;
            if (action === 'set') doc.getMap('cards').set(`card-${key}`, value);
            if (action === 'insert') doc.getArray('order').insert(0, [value]);
            if (action === 'delete' && doc.getArray('order').length > 0) doc.getArray('order').delete(0, 1);
            if (action === 'drop') session.drop();
            if (action === 'restart') {
              // As when a page closes and opens again: a new session on the stored document and
              // confirmed state, with an edit made while no session ran.
              await session.settled();
              const confirmed = session.confirmed();
              session.stop();
              doc.getMap('cards').set(`offline-${key}`, value);
              peers[index] = peer(boardId, keys, { chaos, compactAfter: 8, resume: { doc, confirmed } });
            }
            await new Promise((resolve) => setTimeout(resolve, Math.floor(chaos.random() * 5)));
          }
          await converged(peers);
          // A member joining now catches up from the snapshot and the log after it.
          const late = peer(
            boardId,
            { ...keys, role: 'read', editToken: null },
            { chaos: { ...chaos, duplicate: 0, delay: 0 }, compactAfter: 8 },
          );
          peers.push(late);
          await converged(peers);
          const snapshotSeq = await runInDurableObject(
            boardStub(env, boardId),
            (_, state) => state.storage.sql.exec('SELECT snapshot_seq FROM board').one().snapshot_seq as number,
          );
          if (snapshotSeq > 0) compacted += 1;
        } finally {
          peers.forEach((p) => p.session.stop());
        }
      }),
      { numRuns: 30, endOnFailure: true },
    );
    // The runs must have exercised compaction and snapshot catch-up, not only the log.
    expect(compacted).toBeGreaterThan(10);
  }, 120_000);
});
