// Sync benchmarks: fan-out latency, saturation, cold join, crypto cost. Ours and the peer run the
// same workload in the same run against servers on the same local runtime (`wrangler dev`).
import * as Y from 'yjs';
import { deriveBoardKeys, newBoardSecret } from '../shared/sync/crypto';
import { openEnvelope, sealEnvelope } from '../shared/sync/envelope';
import { BENCH_WAIT_MS, type BenchBoard, type BenchClient } from './clients';
import { until } from '../tests/support/until';
import { type Latency, latency, sleep } from '../tests/support/stats';

export interface FanOutResult {
  /** Send → visible in every other client's document. */
  receipt: Latency;
  /** Send → the server's acknowledgement (ours: stored durably first). */
  ack: Latency | null;
  offeredPerSecond: number;
  /** Receipts / (sent × other clients). */
  delivered: number;
}

async function connect(board: BenchBoard, count: number): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  // Joining in small groups, as members do; 30 at once would measure the handshake storm.
  for (let i = 0; i < count; i++) {
    clients.push(board.join());
    if (i % 5 === 4) await Promise.all(clients.map((client) => client.ready));
  }
  await Promise.all(clients.map((client) => client.ready));
  return clients;
}

/**
 * `clients` members on one board; each writes `rate` small updates per second (a map entry
 * carrying its send time) for `seconds`. Every other member records when it sees the entry.
 */
export async function fanOut(
  board: BenchBoard,
  options: { clients: number; rate: number; seconds: number },
): Promise<FanOutResult> {
  const clients = await connect(board, options.clients);
  await sleep(500);
  const receipts: number[] = [];
  for (const client of clients) {
    const map = client.doc.getMap<number>('bench');
    map.observe((event, transaction) => {
      if (transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const sent = map.get(key as string);
        if (typeof sent === 'number') receipts.push(now - sent);
      }
    });
  }
  for (const client of clients) client.acks.length = 0;
  let sent = 0;
  const period = 1000 / options.rate;
  const timers = clients.map((client, index) => {
    let seq = 0;
    const map = client.doc.getMap<number>('bench');
    const tick = () => {
      map.set(`${index}:${seq++}`, performance.now());
      sent++;
    };
    // Spread the members' phases over one period, as real members are.
    const start = setTimeout(() => {
      tick();
      timer.interval = setInterval(tick, period);
    }, Math.random() * period);
    const timer: { start: NodeJS.Timeout; interval?: NodeJS.Timeout } = { start };
    return timer;
  });
  await sleep(options.seconds * 1000);
  for (const timer of timers) {
    clearTimeout(timer.start);
    clearInterval(timer.interval);
  }
  const expected = sent * (options.clients - 1);
  // Let the last updates arrive (or not, within 5 s).
  await until(() => receipts.length >= expected, 'drain', 5_000).catch(() => undefined);
  const acks = clients.flatMap((client) => client.acks);
  for (const client of clients) client.close();
  return {
    receipt: latency(receipts),
    ack: acks.length ? latency(acks) : null,
    offeredPerSecond: options.clients * options.rate,
    delivered: receipts.length / expected,
  };
}

export interface SaturationStep {
  offeredPerSecond: number;
  p99: number;
  delivered: number;
}

/**
 * Raises the offered load step by step until p99 passes `limitMs` or updates go missing; returns
 * every step and the highest load that held.
 */
export async function saturation(
  newBoard: () => Promise<BenchBoard>,
  options: { clients: number; rates: number[]; seconds: number; limitMs: number },
): Promise<{ steps: SaturationStep[]; sustainedPerSecond: number }> {
  const steps: SaturationStep[] = [];
  let sustainedPerSecond = 0;
  for (const rate of options.rates) {
    const result = await fanOut(await newBoard(), { clients: options.clients, rate, seconds: options.seconds });
    steps.push({ offeredPerSecond: result.offeredPerSecond, p99: result.receipt.p99, delivered: result.delivered });
    console.log(
      `  ${result.offeredPerSecond}/s: p99 ${result.receipt.p99.toFixed(1)} ms, delivered ${(result.delivered * 100).toFixed(1)} %`,
    );
    if (result.receipt.p99 > options.limitMs || result.delivered < 0.99) break;
    sustainedPerSecond = result.offeredPerSecond;
  }
  return { steps, sustainedPerSecond };
}

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
