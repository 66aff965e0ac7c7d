// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { DurableObject } from 'cloudflare:workers';
import type { ApiErrorBody, ApiErrorCode } from '../../shared/api/errors';
import type { Bytes } from '../../shared/encoding/bytes';
import { decodeClientFrame, encodeServerFrame } from '../../shared/sync/codec';
import { constantTimeEqual } from '../../shared/sync/crypto';
import { type ClientFrame, type ErrorCode, MAX_FRAME_BYTES, type ServerFrame } from '../../shared/sync/frames';
import type { BoardRole } from '../../shared/sync/invite';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../shared/version';
import type { Bindings } from '../env';
import { directoryStub } from './board-directory';
import { BoardStore } from './board-store';
import { catchUpFrames } from './catch-up';
import { SocketStates } from './socket-states';
import { BOARD_LIMITS, type Connection, newConnection, takeFrameToken } from './limits';

const DAY_MS = 86_400_000;
/** WebSocket close code for a fatal protocol error; the reason is the error code. */
const CLOSE_FATAL = 4000;
/** Headers by which the worker hands a socket request to the board: the presented token's hash. */
export const TOKEN_HASH_HEADER = 'X-Board-Token-Hash';
export const SUBPROTOCOL_HEADER = 'X-Board-Subprotocol';

const refuse = (status: number, code: ApiErrorCode, message: string) =>
  Response.json({ error: { code, message } } satisfies ApiErrorBody, { status });

/**
 * One board: an ordered, durable relay of ciphertext. It appends each update to its log before
 * acknowledging it, broadcasts it, and catches reconnecting clients up. It never reads content.
 */
export class BoardRoom extends DurableObject<Bindings> {
  private readonly store: BoardStore;
  /** Each socket's state, held while the object is awake (`SocketStates`). */
  private readonly connections: SocketStates;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    this.store = new BoardStore(ctx.storage);
    // Keep-alive pings are answered by the runtime without waking a hibernated object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('ping', 'pong'));
    // Woken (or started): the sockets' states, read from their attachments once.
    this.connections = new SocketStates(() => ctx.getWebSockets());
  }

  /** Creates the board; false if it exists already. */
  async create(boardId: string, editHash: string, readHash: string, retentionDays: number): Promise<boolean> {
    if (this.store.meta()) return false;
    const now = Date.now();
    this.store.create(boardId, editHash, readHash, retentionDays, now);
    await this.ctx.storage.setAlarm(now + retentionDays * DAY_MS);
    return true;
  }

  /** The role a token hash grants, or null. Both hashes are compared, each in constant time. */
  roleFor(tokenHash: string): BoardRole | null | 'no-board' | 'revoked' {
    const meta = this.store.meta();
    if (!meta) return 'no-board';
    const edit = constantTimeEqual(tokenHash, meta.editHash);
    const read = constantTimeEqual(tokenHash, meta.readHash);
    if (edit) return 'edit';
    if (read) return meta.readRevoked ? 'revoked' : 'read';
    return null;
  }

  /** Turns the read-only link off (closing its connections) or on again. */
  setReadAccess(enabled: boolean): void {
    this.store.setReadRevoked(!enabled);
    if (enabled) return;
    for (const socket of this.ctx.getWebSockets()) {
      if (this.connections.of(socket)?.role === 'read') this.fail(socket, 'access-revoked', true);
    }
  }

  /** Erases every byte of the board, closes its sockets and takes it off the directory. */
  async erase(): Promise<void> {
    const boardId = this.store.meta()?.boardId ?? this.ctx.id.name ?? null;
    for (const socket of this.ctx.getWebSockets()) this.fail(socket, 'board-deleted', true);
    await this.store.erase();
    if (boardId) await directoryStub(this.env, boardId).remove(boardId);
  }

  /**
   * Accepts a WebSocket. The token is checked here, in the same turn as the accept, so nothing can
   * come between the check and the socket: once `setReadAccess(false)` has returned, no read-only
   * socket is accepted and none that was accepted before is left open.
   */
  override async fetch(request: Request): Promise<Response> {
    const role = this.roleFor(request.headers.get(TOKEN_HASH_HEADER) ?? '');
    if (role === 'no-board') return refuse(404, 'board_not_found', 'This board was deleted or has expired');
    if (role === null) return refuse(403, 'forbidden', 'This token gives no access to this board');
    if (role === 'revoked') return refuse(403, 'link_revoked', 'The team turned this read-only link off');
    const now = Date.now();
    const sockets = this.sweep(now);
    const limit = role === 'edit' ? BOARD_LIMITS.maxEditConnections : BOARD_LIMITS.maxReadConnections;
    if (sockets.filter((connection) => connection.role === role).length >= limit) {
      return refuse(429, 'too_many_connections', 'This board has too many open connections');
    }
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    this.connections.keep(pair[1], newConnection(this.store.takeConnectionId(), role, now), true);
    // The alarm closes the socket if no hello comes in time (it also keeps the retention expiry).
    const deadline = now + BOARD_LIMITS.helloTimeoutMs;
    const alarm = await this.ctx.storage.getAlarm();
    if (alarm === null || alarm > deadline) await this.ctx.storage.setAlarm(deadline);
    return new Response(null, {
      status: 101,
      webSocket: pair[0],
      headers: { 'Sec-WebSocket-Protocol': request.headers.get(SUBPROTOCOL_HEADER) ?? '' },
    });
  }

  /**
   * Closes sockets that have not said hello in time and drops compaction uploads whose connection
   * is gone (after a restart, say); returns the connections that remain.
   */
  private sweep(now: number): Connection[] {
    const remaining: Connection[] = [];
    for (const socket of this.ctx.getWebSockets()) {
      const connection = this.connections.of(socket);
      if (!connection) continue;
      if (!connection.ready && now - (connection.openedAt ?? 0) >= BOARD_LIMITS.helloTimeoutMs) {
        this.fail(socket, 'hello-timeout', true);
      } else remaining.push(connection);
    }
    if (this.store.meta()) this.store.dropUploadsExcept(new Set(remaining.map((c) => c.connectionId)));
    return remaining;
  }

  override async webSocketMessage(socket: WebSocket, message: ArrayBuffer | string): Promise<void> {
    try {
      const connection = this.connections.of(socket);
      if (!connection) return;
      if (typeof message === 'string') return this.fail(socket, 'malformed-frame', false);
      if (message.byteLength > MAX_FRAME_BYTES) return this.fail(socket, 'frame-too-large', false);
      const decoded = decodeClientFrame(new Uint8Array(message));
      if (!decoded.ok) return this.fail(socket, 'malformed-frame', false);
      const meta = this.store.meta();
      if (!meta) return this.fail(socket, 'board-deleted', true);
      if (connection.role === 'read' && meta.readRevoked) return this.fail(socket, 'access-revoked', true);
      if (!connection.ready && decoded.value.type !== 'hello') return this.fail(socket, 'unexpected-frame', false);
      await this.handle(socket, connection, decoded.value);
    } catch (error) {
      console.error(`board: frame failed: ${(error as Error).name}: ${(error as Error).message}`);
      this.fail(socket, 'internal', false);
    }
  }

  /** Takes a token from the connection's bucket for this kind of frame; false (and an error) if empty. */
  private allow(socket: WebSocket, connection: Connection, kind: 'update' | 'presence' | 'time', now: number) {
    const taken = takeFrameToken(connection, kind, now);
    this.connections.keep(socket, taken.connection, false);
    if (!taken.allowed) this.fail(socket, 'rate-limited', false);
    return taken.allowed;
  }

  private handle(socket: WebSocket, connection: Connection, frame: ClientFrame): Promise<void> | void {
    const meta = this.store.meta()!;
    const now = Date.now();
    switch (frame.type) {
      case 'hello': {
        if (connection.ready) return this.fail(socket, 'unexpected-frame', false);
        if (frame.version < MIN_PROTOCOL_VERSION || frame.version > PROTOCOL_VERSION)
          return this.fail(socket, 'unsupported-version', true);
        const { connectionId, role } = connection;
        this.send(socket, {
          type: 'welcome',
          // The version this connection speaks: the client's own.
          version: frame.version,
          role,
          connectionId,
          headSeq: meta.headSeq,
          serverTime: now,
        });
        // Read and sent a page at a time, in this one turn: no update can slip in between.
        let after = Math.min(frame.lastSeq, meta.headSeq);
        if (after < meta.snapshotSeq) {
          for (const chunk of this.store.snapshotChunks())
            this.send(socket, { type: 'snapshot', uptoSeq: meta.snapshotSeq, ...chunk });
          after = meta.snapshotSeq;
        }
        const entries = this.store.entriesAfter(after, BOARD_LIMITS.catchUpPage);
        for (const page of catchUpFrames(entries, frame.version >= 2)) this.send(socket, page);
        this.send(socket, { type: 'caughtUp', headSeq: meta.headSeq });
        return this.connections.keep(socket, { ...connection, ready: true }, true);
      }
      case 'update': {
        if (connection.role !== 'edit') return this.fail(socket, 'read-only', false);
        const known = this.store.seqOfMessage(frame.messageId);
        if (known !== null) return this.send(socket, { type: 'ack', messageId: frame.messageId, seq: known });
        if (!this.allow(socket, connection, 'update', now)) return;
        // Staged compaction uploads count too: together they are what the board holds on disk.
        if (meta.bytes + this.store.stagedBytes() + frame.payload.length > BOARD_LIMITS.maxBoardBytes)
          return this.fail(socket, 'board-too-large', false);
        // The write time moves the expiry; the alarm set at creation re-arms itself from it (see
        // `alarm`), so no alarm write is needed per update.
        const seq = this.store.append(frame.messageId, frame.payload, now);
        // Storage writes complete before any outgoing message leaves (output gate): ack means durable.
        this.send(socket, { type: 'ack', messageId: frame.messageId, seq });
        return this.broadcast(socket, { type: 'update', seq, payload: frame.payload });
      }
      case 'snapshot':
        return this.stageSnapshot(socket, connection, frame, now);
      case 'presence':
        if (frame.payload.length > BOARD_LIMITS.maxPresenceBytes) return this.fail(socket, 'frame-too-large', false);
        if (!this.allow(socket, connection, 'presence', now)) return;
        return this.broadcast(socket, {
          type: 'presence',
          connectionId: connection.connectionId,
          payload: frame.payload,
        });
      case 'time':
        if (!this.allow(socket, connection, 'time', now)) return;
        return this.send(socket, { type: 'time', clientTime: frame.clientTime, serverTime: now });
    }
  }

  private stageSnapshot(
    socket: WebSocket,
    connection: Connection,
    frame: ClientFrame & { type: 'snapshot' },
    now: number,
  ) {
    if (connection.role !== 'edit') return this.fail(socket, 'read-only', false);
    const meta = this.store.meta()!;
    const upload = `${connection.connectionId}:${frame.uploadId}`;
    const valid =
      frame.total >= 1 &&
      frame.total <= BOARD_LIMITS.maxSnapshotChunks &&
      frame.index < frame.total &&
      frame.uptoSeq >= meta.snapshotSeq &&
      frame.uptoSeq <= meta.headSeq;
    if (!valid) {
      this.store.dropUpload(upload);
      return this.fail(socket, 'snapshot-rejected', false);
    }
    if (this.store.stagedBytes() + frame.payload.length > BOARD_LIMITS.maxBoardBytes) {
      this.store.dropUpload(upload);
      return this.fail(socket, 'board-too-large', false);
    }
    if (this.store.stageChunk(upload, frame.index, frame.payload) < frame.total) return;
    this.store.commitUpload(upload, frame.uptoSeq, now);
    this.send(socket, { type: 'snapshotSaved', uploadId: frame.uploadId, uptoSeq: frame.uptoSeq });
  }

  override webSocketClose(socket: WebSocket): void {
    const connection = this.connections.of(socket);
    // Completes the closing handshake the client started.
    try {
      socket.close(1000, 'closed');
    } catch {
      // already closed
    }
    // An upload its connection did not finish will never be: it goes now, not at the next restart.
    if (this.store.meta()) this.store.dropUploadsExcept(this.connections.liveIds(socket));
    if (connection) this.broadcast(socket, { type: 'left', connectionId: connection.connectionId });
    this.connections.forget(socket);
  }

  override webSocketError(socket: WebSocket): void {
    this.webSocketClose(socket);
  }

  /**
   * Retention: erases the board once it has gone its retention period without a write. The same
   * alarm closes sockets that have not said hello in time, so it is set for whichever comes first.
   */
  override async alarm(): Promise<void> {
    const meta = this.store.meta();
    if (!meta) return;
    const now = Date.now();
    const expiresAt = meta.lastWriteAt + meta.retentionDays * DAY_MS;
    if (now >= expiresAt) return this.erase();
    const waiting = this.sweep(now)
      .filter((connection) => !connection.ready)
      .map((connection) => (connection.openedAt ?? now) + BOARD_LIMITS.helloTimeoutMs);
    await this.ctx.storage.setAlarm(Math.min(expiresAt, ...waiting));
  }

  private send(socket: WebSocket, frame: ServerFrame): void {
    try {
      socket.send(encodeServerFrame(frame));
    } catch {
      // The socket closed meanwhile; its close handler tidies up.
    }
  }

  private broadcast(from: WebSocket, frame: ServerFrame): void {
    const bytes: Bytes = encodeServerFrame(frame);
    for (const [socket] of this.connections.ready()) {
      if (socket === from) continue;
      try {
        socket.send(bytes);
      } catch {
        // as above
      }
    }
  }

  /**
   * Sends an error; a fatal one closes the socket, and its attachment is cleared first, so the
   * socket gets nothing more while its close completes.
   */
  private fail(socket: WebSocket, code: ErrorCode, fatal: boolean): void {
    this.send(socket, { type: 'error', code, fatal });
    if (!fatal) return;
    const connection = this.connections.of(socket);
    if (connection) {
      this.broadcast(socket, { type: 'left', connectionId: connection.connectionId });
      this.connections.keep(socket, null, true);
    }
    socket.close(CLOSE_FATAL, code);
  }
}
