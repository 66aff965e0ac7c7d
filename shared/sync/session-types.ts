// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type Bytes } from '../encoding/bytes';
import type { Access } from './access';
import type { BoardKeys, WebCrypto } from './crypto';

/** The parts of a WebSocket the session uses; the browser's, workerd's and Node's fit. */
export interface SocketLike {
  binaryType: string;
  send(data: Bytes): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
}

/** Reasons the session gives up: only the member can do something about them. */
export type SyncErrorReason = 'board-deleted' | 'no-access' | 'revoked' | 'incompatible-version';

/**
 * What the UI shows: `pending` counts local edits the server has not confirmed yet. `offline` is
 * a dropped connection or a device without network; `unreachable` means the device is online but
 * the server did not answer twice in a row. Both retry by themselves at `retryAt`.
 */
export type SyncStatus =
  | { state: 'connecting' | 'online'; pending: number }
  | { state: 'offline'; pending: number; retryAt: number }
  | { state: 'error'; pending: number; reason: 'unreachable'; retryAt: number }
  | { state: 'error'; pending: number; reason: SyncErrorReason };

/** What the server had confirmed; the caller persists it beside the document. */
export interface ConfirmedState {
  lastSeq: number;
  state: Bytes;
}

export interface SyncSessionOptions {
  /** `wss://<server>/api/boards/<boardId>/socket` */
  socketUrl: string;
  boardId: string;
  keys: BoardKeys;
  doc: Y.Doc;
  /** Who is here: relayed encrypted, never stored by the server. */
  awareness?: Awareness;
  confirmed?: ConfirmedState;
  /** Local edits not confirmed when the document was saved; counted only if the document still differs. */
  pending?: number;
  /** Log entries since the last snapshot after which an editor uploads a new one. */
  compactAfter?: number;
}

export interface SyncSessionDeps {
  crypto: WebCrypto;
  openSocket: (url: string, protocols: string[]) => SocketLike;
  now: () => number;
  random: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** Asks the server why a socket closed before it opened (see `probeAccess`). */
  probe?: () => Promise<Access>;
  /** Whether the device has a network at all (`navigator.onLine`). */
  online?: () => boolean;
}
