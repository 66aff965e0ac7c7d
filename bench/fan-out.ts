// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// Fan-out and saturation: the members of one board write small updates and every other member
// notes when each arrives. The members are spread over worker threads (ours and the peer's
// alike), so that one client process is not what is measured.
import type { BenchBoard } from './clients';
import type { FromMembers, ToMembers } from './fan-out-members';
import { cpuOf } from './server-cost';
import { startThreads } from './threads';
import { type Latency, latency, sleep } from '../tests/support/stats';

export interface FanOutResult {
  /** Send → visible in every other client's document. */
  receipt: Latency;
  /** Send → the server's acknowledgement (ours: stored durably first). */
  ack: Latency | null;
  offeredPerSecond: number;
  /** Receipts / (sent × other clients). */
  delivered: number;
  threads: number;
  /** CPU while the members write, in cores: all client threads, and the server's processes. */
  cpu: { clients: number; server: number };
}

/** Threads the members are spread over: with 30 members, 10 each. */
export const MEMBER_THREADS = 3;

/**
 * `clients` members of one board, spread over `MEMBER_THREADS` threads; each writes `rate` small
 * updates per second (a map entry carrying its send time) for `seconds`.
 */
export async function fanOut(
  board: BenchBoard,
  options: { clients: number; rate: number; seconds: number; serverPid: number },
): Promise<FanOutResult> {
  const threads = startThreads<ToMembers, FromMembers>('./fan-out-members.mjs', MEMBER_THREADS);
  try {
    const share = (thread: number) =>
      Math.floor((options.clients * (thread + 1)) / threads.count) -
      Math.floor((options.clients * thread) / threads.count);
    // One thread's members after the other's, so the joins do not all arrive at once.
    for (let thread = 0, first = 0; thread < threads.count; first += share(thread), thread++) {
      await threads.post(thread, { type: 'join', address: board.address, clients: share(thread), firstIndex: first });
    }
    await sleep(500);
    const began = { at: performance.now(), clients: process.cpuUsage(), server: cpuOf(options.serverPid).all };
    const sent = (await threads.all({ type: 'run', rate: options.rate, seconds: options.seconds })).reduce(
      (sum, reply) => sum + (reply.type === 'sent' ? reply.sent : 0),
      0,
    );
    const wall = (performance.now() - began.at) / 1000;
    const clientCpu = process.cpuUsage(began.clients);
    const cpu = {
      clients: (clientCpu.user + clientCpu.system) / 1e6 / wall,
      server: (cpuOf(options.serverPid).all - began.server) / wall,
    };
    // The last updates have 5 s to arrive.
    const done = (await threads.all({ type: 'drain', totalSent: sent, waitMs: 5_000 })).filter(
      (reply) => reply.type === 'done',
    );
    await threads.all({ type: 'close' });
    const receipts = done.flatMap((reply) => reply.receipts);
    const acks = done.flatMap((reply) => reply.acks);
    return {
      receipt: latency(receipts),
      ack: acks.length ? latency(acks) : null,
      offeredPerSecond: options.clients * options.rate,
      delivered: receipts.length / (sent * (options.clients - 1)),
      threads: threads.count,
      cpu,
    };
  } finally {
    await threads.stop();
  }
}

export interface SaturationStep {
  offeredPerSecond: number;
  p99: number;
  delivered: number;
  cpu: FanOutResult['cpu'];
}

/**
 * Raises the offered load step by step until p99 passes `limitMs` or updates go missing; returns
 * every step and the highest load that held.
 */
export async function saturation(
  newBoard: () => Promise<BenchBoard>,
  options: { clients: number; rates: number[]; seconds: number; limitMs: number; serverPid: number },
): Promise<{ steps: SaturationStep[]; sustainedPerSecond: number }> {
  const steps: SaturationStep[] = [];
  let sustainedPerSecond = 0;
  for (const rate of options.rates) {
    const result = await fanOut(await newBoard(), { ...options, rate });
    const { offeredPerSecond, delivered, cpu } = result;
    steps.push({ offeredPerSecond, p99: result.receipt.p99, delivered, cpu });
    console.log(
      `  ${offeredPerSecond}/s: p99 ${result.receipt.p99.toFixed(1)} ms, delivered ${(delivered * 100).toFixed(1)} %, ` +
        `CPU clients ${cpu.clients.toFixed(2)} / server ${cpu.server.toFixed(2)} cores`,
    );
    if (result.receipt.p99 > options.limitMs || result.delivered < 0.99) break;
    sustainedPerSecond = result.offeredPerSecond;
  }
  return { steps, sustainedPerSecond };
}
