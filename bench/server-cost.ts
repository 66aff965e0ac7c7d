// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The server's own cost per update, without the clients' work: raw wire clients send payloads
// prepared beforehand and only count what arrives (ours: sealed envelopes, never opened; the
// peer's: y-protocol sync messages, never applied). The figure is the CPU time of the server's
// processes from /proc, divided by the updates relayed. Figures, not assertions.
import { readFileSync, readdirSync } from 'node:fs';
import * as encoding from 'lib0/encoding';
import type { Bytes } from '../shared/encoding/bytes';
import { boardEndpoints, createBoard } from '../shared/sync/access';
import { encodeClientFrame } from '../shared/sync/codec';
import { socketProtocols } from '../shared/sync/socket-protocol';
import type { BoardKeys } from '../shared/sync/crypto';
import { sealEnvelope } from '../shared/sync/envelope';
import { SERVER_FRAME_SPECS } from '../shared/sync/frames';
import { PROTOCOL_VERSION } from '../shared/version';
import { until } from '../tests/support/until';
import { BENCH_WAIT_MS } from './clients';
import { type Latency, latency, sleep } from '../tests/support/stats';

/**
 * Updates per second on the board, from all members together: well below what this 2-core
 * machine can relay (a saturated server measures queues, not its cost), and under our limit of
 * 30 a second per connection with 4 members.
 */
const RATE = 40;

/** Clock ticks per second of /proc's CPU times (Linux on x86-64). */
const TICKS = 100;

interface ProcessCpu {
  /** CPU seconds of the workerd runtime processes. */
  runtime: number;
  /** CPU seconds of everything the server command runs (wrangler's local proxy included). */
  all: number;
}

/** CPU seconds used so far by `root` and every process below it, from /proc. */
export function cpuOf(root: number): ProcessCpu {
  const stats = new Map<number, { parent: number; name: string; seconds: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (name) state ppid … utime stime …": the name may hold spaces, so split after ")".
      const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), {
        parent: Number(fields[1]),
        name,
        seconds: (Number(fields[11]) + Number(fields[12])) / TICKS,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const below = (pid: number): boolean => pid === root || (stats.has(pid) && below(stats.get(pid)!.parent));
  const cpu = { runtime: 0, all: 0 };
  for (const [pid, stat] of stats) {
    if (!below(pid)) continue;
    cpu.all += stat.seconds;
    if (stat.name.startsWith('workerd')) cpu.runtime += stat.seconds;
  }
  return cpu;
}

export interface ServerCost {
  updates: number;
  recipients: number;
  /** Server CPU per relayed update, in microseconds: workerd alone and with wrangler's proxy. */
  runtimeUsPerUpdate: number;
  allUsPerUpdate: number;
  /** Runtime CPU per update and recipient, in microseconds. */
  runtimeUsPerRecipient: number;
  /** Send → receipt at every other member, without any client work (ms). */
  delivery: Latency;
  /** From the first update sent until every member had every update. */
  wallSeconds: number;
}

/**
 * A raw connection that notes when each update arrives. Updates arrive in the order they were
 * sent, so the n-th update a member receives is the n-th that another member sent: its latency
 * needs no decoding.
 */
interface RawClient {
  socket: WebSocket;
  received: () => number;
  latencies: number[];
}

interface Sending {
  sentAt: number[];
  members: number;
  /** Whether the server sends an update back to its sender too (the peer does). */
  echo: boolean;
}

function rawClient(
  url: string,
  protocols: string[] | undefined,
  isUpdate: (bytes: Uint8Array) => boolean,
  index: number,
  sending: Sending,
): RawClient {
  const socket = new WebSocket(url, protocols);
  socket.binaryType = 'arraybuffer';
  const latencies: number[] = [];
  const own = (at: number) => !sending.echo && at % sending.members === index;
  let next = own(0) ? 1 : 0;
  socket.addEventListener('message', (event: MessageEvent) => {
    if (!isUpdate(new Uint8Array(event.data as ArrayBuffer))) return;
    const sent = sending.sentAt[next];
    if (sent !== undefined) latencies.push(performance.now() - sent);
    next++;
    if (own(next)) next++;
  });
  return { socket, received: () => latencies.length, latencies };
}

const opened = (socket: WebSocket) =>
  new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('socket failed')), { once: true });
  });

/**
 * Sends `frames` round-robin over the clients at `perSecond` in all, waits until every member has every update but its own, and
 * returns the server's CPU for it and the delivery latencies.
 */
async function relay(
  serverPid: number,
  clients: RawClient[],
  sending: Sending,
  frames: Bytes[],
  perSecond: number,
): Promise<ServerCost> {
  const start = cpuOf(serverPid);
  const began = performance.now();
  for (let i = 0; i < frames.length; i++) {
    sending.sentAt[i] = performance.now();
    clients[i % clients.length]!.socket.send(frames[i]!);
    const wait = began + ((i + 1) * 1000) / perSecond - performance.now();
    if (wait > 0) await sleep(wait);
  }
  const expected = (index: number) =>
    sending.echo ? frames.length : frames.length - Math.ceil((frames.length - index) / clients.length);
  await until(
    () => clients.every((client, index) => client.received() >= expected(index)),
    'every update relayed',
    120_000,
  );
  const end = cpuOf(serverPid);
  const updates = frames.length;
  const recipients = sending.echo ? clients.length : clients.length - 1;
  const runtimeUs = ((end.runtime - start.runtime) * 1e6) / updates;
  return {
    updates,
    recipients,
    runtimeUsPerUpdate: runtimeUs,
    allUsPerUpdate: ((end.all - start.all) * 1e6) / updates,
    runtimeUsPerRecipient: runtimeUs / recipients,
    delivery: latency(clients.flatMap((client) => client.latencies)),
    wallSeconds: (performance.now() - began) / 1000,
  };
}

let creations = 0;

/**
 * A board on our server, created as a client does; each from another documentation address, so
 * that the creation limit per network (10 an hour) does not stop a long run.
 */
export async function createRawBoard(server: string): Promise<{ boardId: string; keys: BoardKeys }> {
  const address = `198.51.${100 + (creations >> 8)}.${creations++ & 255}`;
  const created = await createBoard(
    (url, init) => fetch(url, { ...init, headers: { ...init?.headers, 'CF-Connecting-IP': address } }),
    crypto,
    server,
  );
  if (!created.ok) throw new Error(`cannot create a board: ${created.error}`);
  return { boardId: created.value.invite.boardId, keys: created.value.keys };
}

/**
 * Our server: `members` raw editor connections on a board (a new one unless given, with `history`
 * earlier updates it then need not send), relaying sealed `updates`.
 */
export async function ourServerCost(
  server: string,
  serverPid: number,
  members: number,
  updates: Uint8Array[],
  board?: { boardId: string; keys: BoardKeys; history: number },
  perSecond = RATE,
): Promise<ServerCost> {
  const { boardId, keys, history } = board ?? { ...(await createRawBoard(server)), history: 0 };
  const frames: Bytes[] = [];
  for (const update of updates) {
    const payload = await sealEnvelope(crypto, keys, boardId, 'update', new Uint8Array(update), true);
    frames.push(encodeClientFrame({ type: 'update', messageId: crypto.getRandomValues(new Uint8Array(16)), payload }));
  }
  const url = boardEndpoints(server, boardId).socket;
  const sending: Sending = { sentAt: [], members, echo: false };
  const clients: RawClient[] = [];
  for (let i = 0; i < members; i++) {
    let caughtUp = false;
    const client = rawClient(
      url,
      socketProtocols(keys.editToken!),
      (bytes) => {
        if (bytes[0] === SERVER_FRAME_SPECS.caughtUp.code) caughtUp = true;
        return caughtUp && bytes[0] === SERVER_FRAME_SPECS.update.code;
      },
      i,
      sending,
    );
    await opened(client.socket);
    client.socket.send(encodeClientFrame({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: history }));
    await until(() => caughtUp, 'caught up', BENCH_WAIT_MS);
    clients.push(client);
  }
  try {
    return await relay(serverPid, clients, sending, frames, perSecond);
  } finally {
    for (const client of clients) client.socket.close();
  }
}

/** The peer (y-partyserver): `members` raw y-protocol connections to one room, relaying `updates`. */
export async function peerServerCost(
  server: string,
  serverPid: number,
  members: number,
  updates: Uint8Array[],
  perSecond = RATE,
) {
  const url = `${server.replace(/^http/, 'ws')}/parties/yjs-board/cost-${process.pid}-${Date.now()}`;
  // y-protocols: message 0 (sync), step 2 (update), the update as a length-prefixed byte array.
  const frames = updates.map((update) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
    return new Uint8Array(encoding.toUint8Array(encoder));
  });
  // The peer sends each update to every connection, its sender's included.
  const sending: Sending = { sentAt: [], members, echo: true };
  const clients: RawClient[] = [];
  for (let i = 0; i < members; i++) {
    const client = rawClient(url, undefined, (bytes) => bytes[0] === 0 && bytes[1] === 2, i, sending);
    await opened(client.socket);
    clients.push(client);
  }
  try {
    return await relay(serverPid, clients, sending, frames, perSecond);
  } finally {
    for (const client of clients) client.socket.close();
  }
}

export interface ServerSaturationStep {
  offeredPerSecond: number;
  p99: number;
  /** The server's CPU in cores while it relayed. */
  serverCores: number;
}

/**
 * The server's own saturation: 30 raw members on a new board send at rising rates (8 s each)
 * until delivery p99 passes `limitMs`. Nothing is decrypted or applied, so the clients' share
 * of this machine's CPU stays small and the server's limit shows.
 */
export async function serverSaturation(
  cost: (perSecond: number, updates: Uint8Array[]) => Promise<ServerCost>,
  updates: (count: number) => Uint8Array[],
  rates: number[],
  limitMs: number,
): Promise<{ steps: ServerSaturationStep[]; sustainedPerSecond: number }> {
  const steps: ServerSaturationStep[] = [];
  let sustainedPerSecond = 0;
  for (const rate of rates) {
    const result = await cost(rate, updates(rate * 8));
    const step = {
      offeredPerSecond: rate,
      p99: result.delivery.p99,
      serverCores: (result.allUsPerUpdate * result.updates) / 1e6 / result.wallSeconds,
    };
    steps.push(step);
    console.log(`  ${rate}/s: p99 ${step.p99.toFixed(1)} ms, server ${step.serverCores.toFixed(2)} cores`);
    if (step.p99 > limitMs) break;
    sustainedPerSecond = rate;
  }
  return { steps, sustainedPerSecond };
}
