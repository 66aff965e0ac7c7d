// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Bytes } from '../../../shared/encoding/bytes';
import { decodeClientFrame, encodeServerFrame } from '../../../shared/sync/codec';
import { deriveBoardKeys, newBoardSecret } from '../../../shared/sync/crypto';
import { sealEnvelope } from '../../../shared/sync/envelope';
import type { ServerFrame } from '../../../shared/sync/frames';
import type { SocketLike } from '../../../shared/sync/session-types';
import { createSyncSession } from '../../../shared/sync/sync-session';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../shared/version';

const BOARD = '0123456789abcdef0123456789abcdef';

/** A scripted server: the test pushes frames; the session's frames are recorded. */
function scriptedSocket() {
  const listeners: Record<string, ((event: never) => void)[]> = { open: [], message: [], close: [], error: [] };
  const sent: Bytes[] = [];
  const socket: SocketLike = {
    binaryType: 'arraybuffer',
    send: (data) => sent.push(data),
    close: () => undefined,
    addEventListener: (type: string, listener: (event: never) => void) => listeners[type]!.push(listener),
  };
  const fire = (type: string, event?: unknown) => listeners[type]!.forEach((listener) => listener(event as never));
  return {
    socket,
    sent,
    open: () => fire('open'),
    push: (frame: ServerFrame) => fire('message', { data: encodeServerFrame(frame).slice().buffer }),
    close: () => fire('close', { code: 1006, reason: '' }),
  };
}

async function setup() {
  const keys = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
  // What other members wrote: 40 updates, as the server's log holds them.
  const source = new Y.Doc();
  const updates: Bytes[] = [];
  source.on('update', (update: Uint8Array) => updates.push(new Uint8Array(update)));
  for (let i = 0; i < 40; i++) source.getArray<number>('log').push([i]);
  const sealed = await Promise.all(updates.map((update) => sealEnvelope(crypto, keys, BOARD, 'update', update, true)));
  const sockets: ReturnType<typeof scriptedSocket>[] = [];
  const doc = new Y.Doc();
  const session = createSyncSession(
    { socketUrl: 'wss://sync.test/socket', boardId: BOARD, keys, doc },
    {
      crypto,
      openSocket: () => {
        const scripted = scriptedSocket();
        sockets.push(scripted);
        return scripted.socket;
      },
      now: () => Date.now(),
      random: () => 0,
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  );
  const welcome: ServerFrame = {
    type: 'welcome',
    version: PROTOCOL_VERSION,
    role: 'edit',
    connectionId: 1,
    headSeq: 40,
    serverTime: Date.now(),
  };
  return { doc, session, sealed, sockets, welcome };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('catching up after a connect', () => {
  it('applies the whole catch-up as one transaction, in order, once it is complete', async () => {
    const { doc, session, sealed, sockets, welcome } = await setup();
    const transactions = remoteTransactions(doc);
    session.start();
    const server = sockets[0]!;
    server.open();
    server.push(welcome);
    sealed.forEach((payload, index) => server.push({ type: 'update', seq: index + 1, payload }));
    await settle();
    expect(doc.getArray('log').length).toBe(0); // not before the catch-up ends
    server.push({ type: 'caughtUp', headSeq: 40 });
    await session.settled();
    expect(doc.getArray('log').toArray()).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(transactions()).toBe(1); // views rebuild once, not 40 times
    expect(session.status()).toEqual({ state: 'online', pending: 0 });
    session.stop();
  });

  it('keeps what a catch-up cut short delivered, and resumes after it', async () => {
    const { doc, session, sealed, sockets, welcome } = await setup();
    session.start();
    const first = sockets[0]!;
    first.open();
    first.push(welcome);
    sealed.slice(0, 25).forEach((payload, index) => first.push({ type: 'update', seq: index + 1, payload }));
    first.close();
    await settle();
    await session.settled();
    expect(doc.getArray('log').length).toBe(25);
    // The next connection asks only for what came after.
    session.reconnectNow();
    const second = sockets[1]!;
    second.open();
    await settle();
    expect(hellos(second)).toMatchObject([{ type: 'hello', lastSeq: 25 }]);
    session.stop();
  });

  it('applies a catch-up in pages (protocol 2) as it applies one of single updates', async () => {
    const { doc, session, sealed, sockets, welcome } = await setup();
    const transactions = remoteTransactions(doc);
    session.start();
    const server = sockets[0]!;
    server.open();
    expect(hellos(server)).toEqual([{ type: 'hello', version: PROTOCOL_VERSION, lastSeq: 0 }]);
    server.push(welcome);
    server.push({ type: 'updates', uptoSeq: 25, payloads: sealed.slice(0, 25) });
    server.push({ type: 'updates', uptoSeq: 40, payloads: sealed.slice(25) });
    server.push({ type: 'caughtUp', headSeq: 40 });
    await session.settled();
    expect(doc.getArray('log').toArray()).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(transactions()).toBe(1);
    expect(session.confirmed().lastSeq).toBe(40);
    session.stop();
  });

  it('speaks protocol 1 at once to a server that knows no newer one, and is never shown as failing', async () => {
    const { doc, session, sealed, sockets, welcome } = await setup();
    const states: string[] = [];
    session.onStatus((status) => states.push(status.state));
    session.start();
    const old = sockets[0]!;
    old.open();
    // What a server of protocol 1 answers a hello of protocol 2: a fatal error, then the close.
    old.push({ type: 'error', code: 'unsupported-version', fatal: true });
    old.close();
    await session.settled();
    const again = sockets[1]!;
    expect(again).toBeDefined();
    again.open();
    expect(hellos(again)).toEqual([{ type: 'hello', version: MIN_PROTOCOL_VERSION, lastSeq: 0 }]);
    again.push({ ...welcome, version: MIN_PROTOCOL_VERSION });
    sealed.forEach((payload, index) => again.push({ type: 'update', seq: index + 1, payload }));
    again.push({ type: 'caughtUp', headSeq: 40 });
    await session.settled();
    expect(doc.getArray('log').length).toBe(40);
    expect(states).toEqual(['connecting', 'connecting', 'online']);
    session.stop();
  });
});

/** The hello frames a member sent on a socket. */
function hellos(server: ReturnType<typeof scriptedSocket>) {
  return server.sent
    .map((data) => decodeClientFrame(data))
    .flatMap((frame) => (frame.ok && frame.value.type === 'hello' ? [frame.value] : []));
}

/** Counts the transactions that came from the server, as views rebuild once per transaction. */
function remoteTransactions(doc: Y.Doc) {
  let count = 0;
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (!transaction.local) count++;
  });
  return () => count;
}
