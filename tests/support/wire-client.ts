// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Bytes } from '../../shared/encoding/bytes';
import { decodeServerFrame, encodeClientFrame } from '../../shared/sync/codec';
import type { ClientFrame, ServerFrame } from '../../shared/sync/frames';
import type { SocketLike } from '../../shared/sync/session-types';
import { boardEndpoints } from '../../shared/sync/access';
import { socketProtocols } from '../../shared/sync/socket-protocol';

/**
 * A protocol client at the wire level, over Node's WebSocket (e2e tests, benchmarks) or workerd's
 * (worker tests): sends frames or any bytes, and keeps every frame the server sends.
 */
export interface WireClient<S extends SocketLike = SocketLike> {
  socket: S;
  /** Every frame received, in order; a test may empty it to look only at what comes next. */
  frames: ServerFrame[];
  /** Close code and reason once the server closed the socket. */
  closed: { code: number; reason: string } | null;
  whenClosed: Promise<{ code: number; reason: string }>;
  send: (frame: ClientFrame) => void;
  /** The next frame not taken yet (waits up to `timeoutMs`, 2 s). */
  next: (timeoutMs?: number) => Promise<ServerFrame>;
  /** Frames that arrived and were not taken yet, taken now. */
  pending: () => ServerFrame[];
  /** Resolves once `done` holds (checked on every frame and on close); rejects after `timeoutMs` (10 s). */
  until: (done: () => boolean, what?: string, timeoutMs?: number) => Promise<void>;
}

/** Wraps an open socket. A malformed or text frame from the server fails the test. */
export function wireClient<S extends SocketLike>(socket: S): WireClient<S> {
  socket.binaryType = 'arraybuffer';
  const untaken: ServerFrame[] = [];
  const wakers = new Set<() => void>();
  const wake = () => wakers.forEach((waker) => waker());
  let closedNow: (closed: { code: number; reason: string }) => void = () => undefined;
  const client: WireClient<S> = {
    socket,
    frames: [],
    closed: null,
    whenClosed: new Promise((resolve) => (closedNow = resolve)),
    send: (frame) => socket.send(encodeClientFrame(frame)),
    next: async (timeoutMs = 2000) => {
      await client.until(() => untaken.length > 0, 'the next frame', timeoutMs);
      return untaken.shift()!;
    },
    pending: () => untaken.splice(0),
    until: (done, what = 'frames', timeoutMs = 10_000) =>
      done()
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const waker = () => {
              if (!done()) return;
              clearTimeout(timer);
              wakers.delete(waker);
              resolve();
            };
            const timer = setTimeout(() => {
              wakers.delete(waker);
              reject(new Error(`timed out waiting for ${what}`));
            }, timeoutMs);
            wakers.add(waker);
          }),
  };
  socket.addEventListener('message', (event) => {
    if (!(event.data instanceof ArrayBuffer)) throw new Error('the server sent a text frame');
    const decoded = decodeServerFrame(new Uint8Array(event.data));
    if (!decoded.ok) throw new Error(`the server sent a malformed frame: ${decoded.error}`);
    client.frames.push(decoded.value);
    untaken.push(decoded.value);
    wake();
  });
  socket.addEventListener('close', (event) => {
    client.closed = { code: event.code, reason: event.reason };
    closedNow(client.closed);
    wake();
  });
  return client;
}

/** Opens a wire client to a board on a running server (Node's WebSocket), with the token in the subprotocols. */
export async function openWireClient(server: string, boardId: string, token: Bytes): Promise<WireClient<WebSocket>> {
  const socket = new WebSocket(boardEndpoints(server, boardId).socket, socketProtocols(token));
  const client = wireClient(socket);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  return client;
}
