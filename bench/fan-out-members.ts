// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// One worker thread of the fan-out benchmark (`bench/fan-out.ts`): some of a board's members, each
// a real client (ours: the extension's sync session with its crypto; the peer's: its provider),
// writing small updates that carry their send time and noting when the others' arrive.
import { parentPort } from 'node:worker_threads';
import { type BenchClient, type BoardAddress, boardAt } from './clients';
import { until } from '../tests/support/until';
import { sleep } from '../tests/support/stats';

export type ToMembers =
  | { type: 'join'; address: BoardAddress; clients: number; firstIndex: number }
  | { type: 'run'; rate: number; seconds: number }
  /** Every thread's updates sent: wait until this thread's members have the others', `waitMs` at most. */
  | { type: 'drain'; totalSent: number; waitMs: number }
  | { type: 'close' };

export type FromMembers =
  | { type: 'joined' }
  | { type: 'sent'; sent: number }
  | { type: 'done'; receipts: number[]; acks: number[] }
  | { type: 'closed' };

/** A clock all threads share: the send time travels in the update. */
const now = () => performance.timeOrigin + performance.now();

let clients: BenchClient[] = [];
let firstIndex = 0;
let receipts: number[] = [];
let sent = 0;

async function join(address: BoardAddress, count: number) {
  const board = await boardAt(address);
  // In small groups, as members join; all at once would measure the handshake storm.
  for (let i = 0; i < count; i++) {
    clients.push(board.join());
    if (i % 5 === 4) await Promise.all(clients.map((client) => client.ready));
  }
  await Promise.all(clients.map((client) => client.ready));
  receipts = [];
  for (const client of clients) {
    const map = client.doc.getMap<number>('bench');
    map.observe((event, transaction) => {
      if (transaction.local) return;
      const at = now();
      for (const key of event.keysChanged) {
        const sentAt = map.get(key as string);
        if (typeof sentAt === 'number') receipts.push(at - sentAt);
      }
    });
  }
}

async function run(rate: number, seconds: number) {
  for (const client of clients) client.acks.length = 0;
  sent = 0;
  const period = 1000 / rate;
  const timers = clients.map((client, index) => {
    let seq = 0;
    const map = client.doc.getMap<number>('bench');
    const tick = () => {
      map.set(`${firstIndex + index}:${seq++}`, now());
      sent++;
    };
    // The members' phases spread over one period, as real members' are.
    const timer: { start: NodeJS.Timeout; interval?: NodeJS.Timeout } = {
      start: setTimeout(() => {
        tick();
        timer.interval = setInterval(tick, period);
      }, Math.random() * period),
    };
    return timer;
  });
  await sleep(seconds * 1000);
  for (const timer of timers) {
    clearTimeout(timer.start);
    clearInterval(timer.interval);
  }
}

parentPort!.on('message', (message: ToMembers) => void handle(message));

async function handle(message: ToMembers) {
  let reply: FromMembers;
  if (message.type === 'join') {
    firstIndex = message.firstIndex;
    await join(message.address, message.clients);
    reply = { type: 'joined' };
  } else if (message.type === 'run') {
    await run(message.rate, message.seconds);
    reply = { type: 'sent', sent };
  } else if (message.type === 'drain') {
    // Each member should see every update but its own.
    const expected = clients.length * message.totalSent - sent;
    await until(() => receipts.length >= expected, 'drain', message.waitMs).catch(() => undefined);
    reply = { type: 'done', receipts, acks: clients.flatMap((client) => client.acks) };
  } else {
    for (const client of clients) client.close();
    clients = [];
    reply = { type: 'closed' };
  }
  parentPort!.postMessage(reply);
}
