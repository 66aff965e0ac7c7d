// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// Sync benchmarks: cold join and crypto cost (fan-out and saturation: `fan-out.ts`). Ours and the peer run the
// same workload in the same run against servers on the same local runtime (`wrangler dev`).
import * as Y from 'yjs';
import { deriveBoardKeys, newBoardSecret } from '../shared/sync/crypto';
import { openEnvelope, sealEnvelope } from '../shared/sync/envelope';
import { BENCH_WAIT_MS, type BenchBoard } from './clients';
import { until } from '../tests/support/until';

const CARDS = 300;

/** The updates of a retro board of 300 cards: the cards, then edits and votes, `total` in all. */
export function boardUpdates(total: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const cards = doc.getMap<Y.Map<unknown>>('cards');
  for (let i = 0; i < CARDS; i++) {
    const card = new Y.Map<unknown>();
    card.set('text', `Card ${i}: the printer queue was stuck again on Tuesday`);
    card.set('column', i % 3);
    card.set('votes', 0);
    cards.set(`card-${i}`, card);
  }
  for (let i = CARDS; i < total - 1; i++) {
    const card = cards.get(`card-${i % CARDS}`)!;
    if (i % 2) card.set('votes', (card.get('votes') as number) + 1);
    else card.set('text', `${card.get('text') as string}!`);
  }
  doc.getMap('meta').set('complete', true);
  return updates;
}

/**
 * A board built from `updates` separate stored updates; optionally a member compacts it first.
 * Then a member with an empty document joins: the time until its document is complete, with
 * everything decrypted and applied.
 */
export async function coldJoin(board: BenchBoard, updates: Uint8Array[], options: { compact: boolean }) {
  await board.seed(updates);
  if (options.compact) {
    const compactor = board.join({ compactAfter: 100 });
    await compactor.ready;
    await until(() => (compactor.snapshotsSaved?.() ?? 0) > 0, 'a snapshot was saved', BENCH_WAIT_MS);
    compactor.close();
  }
  const started = performance.now();
  const joiner = board.join();
  await until(
    () => joiner.doc.getMap('meta').get('complete') === true,
    'the joiner has the whole board',
    BENCH_WAIT_MS,
  );
  const ms = performance.now() - started;
  const cards = joiner.doc.getMap('cards').size;
  joiner.close();
  if (cards !== CARDS) throw new Error(`the joiner saw ${cards} cards`);
  return ms;
}

/**
 * Seal (Ed25519 signature, AES-GCM) + open (AES-GCM, signature check) of one typical update and of a
 * 300-card snapshot, as the client does it.
 */
export async function cryptoCost(runs: number) {
  const keys = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
  const boardId = '0123456789abcdef0123456789abcdef';
  // The 300 cards, one vote, and the closing flag: a typical update is that vote.
  const updates = boardUpdates(CARDS + 3);
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const update = updates.at(-2)!;
  const snapshot = Y.encodeStateAsUpdate(doc);
  const measure = async (payload: Uint8Array, kind: 'update' | 'snapshot') => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const sealed = await sealEnvelope(crypto, keys, boardId, kind, new Uint8Array(payload), true);
      const opened = await openEnvelope(crypto, keys, boardId, kind, sealed, true);
      times.push(performance.now() - start);
      if (!opened.ok) throw new Error('crypto round trip failed');
    }
    return times;
  };
  return {
    update: { bytes: update.length, ms: await measure(update, 'update') },
    snapshot: { bytes: snapshot.length, ms: await measure(snapshot, 'snapshot') },
  };
}
