// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Bytes } from '../../shared/encoding/bytes';
import { boardEndpoints } from '../../shared/sync/access';
import type { ConfirmedState, SocketLike, SyncSessionDeps } from '../../shared/sync/session-types';
import { createSyncSession } from '../../shared/sync/sync-session';
import { type BoardKeys, api } from './sync-client';

export interface Chaos {
  random: () => number;
  /** Probability that a frame from a client is sent twice. */
  duplicate: number;
  /** Probability that an update is held back a little, so later ones overtake it. */
  delay: number;
}

/** workerd's WebSocket upgrade is asynchronous; this wraps it as a browser-style socket. */
function chaoticSocket(url: string, protocols: string[], chaos: Chaos): SocketLike {
  const listeners: Record<string, ((event: never) => void)[]> = { open: [], message: [], close: [], error: [] };
  const fire = (type: string, event?: unknown) => listeners[type]!.forEach((listener) => listener(event as never));
  let socket: WebSocket | null = null;
  let closed = false;
  const early: Bytes[] = [];
  const transmit = (data: Bytes) => {
    const deliver = () => {
      try {
        socket?.send(data);
      } catch {
        // closed meanwhile, as a network would drop it
      }
    };
    const isUpdate = data[0] === 0x02;
    if (isUpdate && chaos.random() < chaos.delay) setTimeout(deliver, Math.floor(chaos.random() * 30));
    else deliver();
    if (chaos.random() < chaos.duplicate) deliver();
  };
  const close = (code = 1006, reason = '') => {
    if (closed) return;
    closed = true;
    fire('close', { code, reason });
  };
  void (async () => {
    const response = await api(new URL(url).pathname, {
      headers: { Upgrade: 'websocket', 'Sec-WebSocket-Protocol': protocols.join(', ') },
    });
    const upgraded = response.webSocket;
    if (!upgraded || closed) {
      upgraded?.accept();
      upgraded?.close();
      return close();
    }
    upgraded.accept();
    upgraded.binaryType = 'arraybuffer';
    socket = upgraded;
    upgraded.addEventListener('message', (event) => !closed && fire('message', { data: event.data as ArrayBuffer }));
    upgraded.addEventListener('close', (event) => close(event.code, event.reason));
    fire('open');
    early.splice(0).forEach(transmit);
  })();
  return {
    binaryType: 'arraybuffer',
    send: (data) => (socket ? transmit(data) : early.push(data)),
    close: (code, reason) => {
      socket?.close(code, reason);
      close(code, reason);
    },
    addEventListener: (type: string, listener: (event: never) => void) => listeners[type]!.push(listener),
  };
}

export interface PeerOptions {
  chaos?: Chaos;
  compactAfter?: number;
  resume?: { doc: Y.Doc; confirmed: ConfirmedState };
  awareness?: Awareness;
  deps?: Partial<SyncSessionDeps>;
}

/** A sync session on a board of the test worker, started at once. */
export function peer(boardId: string, keys: BoardKeys, options: PeerOptions = {}) {
  const chaos = options.chaos ?? calm();
  const doc = options.resume?.doc ?? new Y.Doc();
  const session = createSyncSession(
    {
      socketUrl: boardEndpoints('https://sync.test', boardId).socket,
      boardId,
      keys,
      doc,
      compactAfter: options.compactAfter,
      confirmed: options.resume?.confirmed,
      awareness: options.awareness,
    },
    {
      crypto,
      openSocket: (url, protocols) => chaoticSocket(url, protocols, chaos),
      now: () => Date.now(),
      random: () => chaos.random() * 0.05,
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
      ...options.deps,
    },
  );
  session.start();
  return { doc, session };
}

/** No duplicates, no delays. */
export const calm = (): Chaos => ({ random: Math.random, duplicate: 0, delay: 0 });
