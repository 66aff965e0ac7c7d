// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The two kinds of client the benchmarks drive, behind one interface: ours (the extension's
// sync session, encrypting every update) and the peer's (y-partyserver's own provider).
import YProvider from 'y-partyserver/provider';
import * as Y from 'yjs';
import { toHex } from '../shared/encoding/hex';
import { boardEndpoints, createBoard } from '../shared/sync/access';
import { decodeClientFrame, decodeServerFrame } from '../shared/sync/codec';
import { type BoardKeys, deriveBoardKeys } from '../shared/sync/crypto';
import type { Bytes } from '../shared/encoding/bytes';
import { sealEnvelope } from '../shared/sync/envelope';
import { createSyncSession } from '../shared/sync/sync-session';
import { PROTOCOL_VERSION } from '../shared/version';
import { sleep } from '../tests/support/stats';
import { openWireClient } from '../tests/support/wire-client';
import { until } from '../tests/support/until';

/** How long a benchmark waits for a state before it gives up. */
export const BENCH_WAIT_MS = 60_000;

export interface BenchClient {
  doc: Y.Doc;
  /** Resolves once connected and caught up. */
  ready: Promise<void>;
  /** Send → server acknowledgement, per update (ours only: the peer acknowledges nothing). */
  acks: number[];
  /** Compacted snapshots the server confirmed (ours only). */
  snapshotsSaved?: () => number;
  /** Updates not yet acknowledged by the server (ours only). */
  pending?: () => number;
  close: () => void;
}

/** Where a board is, in a form another thread can take: it joins with `boardAt`. */
export type BoardAddress =
  { kind: 'ours'; server: string; boardId: string; secret: Bytes } | { kind: 'peer'; server: string; room: string };

/** A board (ours) or room (the peer's) that clients can join. */
export interface BenchBoard {
  address: BoardAddress;
  join: (options?: { compactAfter?: number }) => BenchClient;
  /** Stores these updates on the server as separate messages, in order, and waits until it has them. */
  seed: (updates: Uint8Array[]) => Promise<void>;
}

let creations = 0;

/** A new board on our server. Each creation claims another documentation address (the rate limit). */
export async function ourBoard(server: string): Promise<BenchBoard> {
  const created = await createBoard(
    (url, init) => fetch(url, { ...init, headers: { ...init?.headers, 'CF-Connecting-IP': `192.0.2.${++creations}` } }),
    crypto,
    server,
  );
  if (!created.ok) throw new Error(`cannot create a board: ${created.error}`);
  const { boardId, secret } = created.value.invite;
  return ourBoardWith({ kind: 'ours', server, boardId, secret }, created.value.keys);
}

function ourBoardWith(address: Extract<BoardAddress, { kind: 'ours' }>, keys: BoardKeys): BenchBoard {
  const { server, boardId } = address;
  return {
    address,
    join: (options) => ourClient(server, boardId, keys, options?.compactAfter),
    seed: (updates) => seedOurs(server, boardId, keys, updates),
  };
}

/**
 * One connection may send 30 updates per second (the server's limit), so a log of thousands of
 * separate entries is written over several raw protocol connections at once, each one paced.
 */
async function seedOurs(server: string, boardId: string, keys: BoardKeys, updates: Uint8Array[]) {
  const CONNECTIONS = 20;
  const PER_SECOND = 25;
  let next = 0;
  const connection = async () => {
    const client = await openWireClient(server, boardId, keys.editToken!);
    client.send({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: 0 });
    await client.until(() => client.frames.some((frame) => frame.type === 'welcome'), 'welcome', BENCH_WAIT_MS);
    let sent = 0;
    while (next < updates.length) {
      const update = updates[next++]!;
      const messageId = crypto.getRandomValues(new Uint8Array(16));
      // Signed, as an editor's client writes them (members who check skip anything else).
      const payload = await sealEnvelope(crypto, keys, boardId, 'update', new Uint8Array(update), true);
      client.send({ type: 'update', messageId, payload });
      sent++;
      await sleep(1000 / PER_SECOND);
    }
    const acked = () => client.frames.filter((frame) => frame.type === 'ack').length;
    const refused = () => client.frames.find((frame) => frame.type === 'error');
    await client.until(
      () => acked() >= sent || refused() !== undefined || client.closed !== null,
      'acks',
      BENCH_WAIT_MS,
    );
    const error = refused();
    if (error?.type === 'error') throw new Error(`seeding refused: ${error.code}`);
    if (acked() < sent) throw new Error('seeding cut off');
    client.socket.close();
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
}

export function ourClient(server: string, boardId: string, keys: BoardKeys, compactAfter = 500): BenchClient {
  const doc = new Y.Doc();
  const acks: number[] = [];
  const snapshots = { saved: 0 };
  const sentAt = new Map<string, number>();
  const session = createSyncSession(
    { socketUrl: boardEndpoints(server, boardId).socket, boardId, keys, doc, compactAfter },
    {
      crypto,
      // The frames are watched, not changed: an update's id when it leaves, its ack when it returns.
      openSocket: (url, protocols) => {
        const socket = new WebSocket(url, protocols);
        const send = socket.send.bind(socket);
        socket.send = (data) => {
          const bytes = data as Uint8Array;
          if (bytes[0] === 0x02) {
            const frame = decodeClientFrame(bytes);
            if (frame.ok && frame.value.type === 'update') sentAt.set(toHex(frame.value.messageId), performance.now());
          }
          send(data);
        };
        socket.addEventListener('message', (event: MessageEvent) => {
          const bytes = new Uint8Array(event.data as ArrayBuffer);
          if (bytes[0] === 0x86) snapshots.saved++;
          if (bytes[0] !== 0x85) return;
          const frame = decodeServerFrame(bytes);
          if (!frame.ok || frame.value.type !== 'ack') return;
          const id = toHex(frame.value.messageId);
          const sent = sentAt.get(id);
          if (sent !== undefined) acks.push(performance.now() - sent);
          sentAt.delete(id);
        });
        return socket;
      },
      now: () => Date.now(),
      random: () => Math.random(),
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  );
  const ready = new Promise<void>((resolve) => {
    const check = () => session.status().state === 'online' && session.status().pending === 0 && resolve();
    session.onStatus(check);
    check();
  });
  session.start();
  return {
    doc,
    ready,
    acks,
    snapshotsSaved: () => snapshots.saved,
    pending: () => session.status().pending,
    close: () => session.stop(),
  };
}

let room = 0;
// Each provider listens for the process's exit; dozens of clients in one process are expected.
process.setMaxListeners(0);

/** A new room on the peer (y-partyserver), at `/parties/yjs-board/<room>`. */
export function peerBoard(server: string): BenchBoard {
  return peerBoardWith({ kind: 'peer', server, room: `bench-${process.pid}-${++room}` });
}

function peerBoardWith(address: Extract<BoardAddress, { kind: 'peer' }>): BenchBoard {
  const name = address.room;
  const host = address.server.replace(/^https?:\/\//, '');
  return {
    address,
    join: () => {
      const doc = new Y.Doc();
      // No BroadcastChannel: clients in this one process must talk through the server only.
      const provider = new YProvider(host, name, doc, { party: 'yjs-board', protocol: 'ws', disableBc: true });
      const ready = new Promise<void>((resolve) => {
        const check = () => provider.synced && resolve();
        provider.on('synced', check);
        check();
      });
      return { doc, ready, acks: [], close: () => provider.destroy() };
    },
    // The peer has no limit: one provider applies the updates one by one, each sent on its own.
    // It acknowledges nothing, so the room is asked for its state until it has everything.
    seed: async (updates) => {
      const doc = new Y.Doc();
      const provider = new YProvider(host, name, doc, { party: 'yjs-board', protocol: 'ws', disableBc: true });
      await until(() => provider.synced, 'seeder connected', BENCH_WAIT_MS);
      for (const update of updates) Y.applyUpdate(doc, update);
      const target = Y.encodeStateVector(doc);
      const check = new Y.Doc();
      const checker = new YProvider(host, name, check, { party: 'yjs-board', protocol: 'ws', disableBc: true });
      await until(
        () => checker.synced && Y.encodeStateVector(check).toString() === target.toString(),
        'room has it',
        BENCH_WAIT_MS,
      );
      checker.destroy();
      provider.destroy();
    },
  };
}

/** The board at `address`, for clients in another thread than the one that created it. */
export async function boardAt(address: BoardAddress): Promise<BenchBoard> {
  if (address.kind === 'peer') return peerBoardWith(address);
  return ourBoardWith(address, await deriveBoardKeys(crypto, 'edit', address.secret));
}
