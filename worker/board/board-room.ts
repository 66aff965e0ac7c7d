import { DurableObject } from 'cloudflare:workers';
import type { Bytes } from '../../shared/encoding/bytes';
import { decodeClientFrame, encodeServerFrame } from '../../shared/sync/codec';
import { constantTimeEqual } from '../../shared/sync/crypto';
import { type ClientFrame, type ErrorCode, MAX_FRAME_BYTES, type ServerFrame } from '../../shared/sync/frames';
import type { BoardRole } from '../../shared/sync/invite';
import { PROTOCOL_VERSION } from '../../shared/version';
import type { Bindings } from '../env';
import { BoardStore } from './board-store';
import { BOARD_LIMITS, type Connection, newConnection, takeToken } from './limits';

const DAY_MS = 86_400_000;
/** WebSocket close code for a fatal protocol error; the reason is the error code. */
const CLOSE_FATAL = 4000;

/**
 * One board: an ordered, durable relay of ciphertext. It appends each update to its log before
 * acknowledging it, broadcasts it, and catches reconnecting clients up. It never reads content.
 */
export class BoardRoom extends DurableObject<Bindings> {
  private readonly store: BoardStore;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    this.store = new BoardStore(ctx.storage);
    // Keep-alive pings are answered by the runtime without waking a hibernated object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair('ping', 'pong'));
  }

  /** Creates the board; false if it exists already. */
  async create(editHash: string, readHash: string, retentionDays: number): Promise<boolean> {
    if (this.store.meta()) return false;
    const now = Date.now();
    this.store.create(editHash, readHash, retentionDays, now);
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
      if ((socket.deserializeAttachment() as Connection | null)?.role === 'read')
        this.fail(socket, 'access-revoked', true);
    }
  }

  /** Erases every byte of the board and closes its sockets. */
  async erase(): Promise<void> {
    for (const socket of this.ctx.getWebSockets()) this.fail(socket, 'board-deleted', true);
    await this.store.erase();
  }

  /** Accepts a WebSocket whose token the worker has already checked; the role is fixed here. */
  override fetch(request: Request): Response {
    const role = request.headers.get('X-Board-Role');
    if (role !== 'edit' && role !== 'read') return new Response(null, { status: 500 });
    const pair = new WebSocketPair();
    const connection = newConnection(this.store.takeConnectionId(), role, Date.now());
    this.ctx.acceptWebSocket(pair[1]);
    pair[1].serializeAttachment(connection);
    return new Response(null, {
      status: 101,
      webSocket: pair[0],
      headers: { 'Sec-WebSocket-Protocol': request.headers.get('X-Board-Subprotocol') ?? '' },
    });
  }

  connectionCount(): number {
    return this.ctx.getWebSockets().length;
  }

  override async webSocketMessage(socket: WebSocket, message: ArrayBuffer | string): Promise<void> {
    try {
      if (typeof message === 'string') return this.fail(socket, 'malformed-frame', false);
      if (message.byteLength > MAX_FRAME_BYTES) return this.fail(socket, 'frame-too-large', false);
      const decoded = decodeClientFrame(new Uint8Array(message));
      if (!decoded.ok) return this.fail(socket, 'malformed-frame', false);
      const connection = socket.deserializeAttachment() as Connection;
      if (!this.store.meta()) return this.fail(socket, 'board-deleted', true);
      if (!connection.ready && decoded.value.type !== 'hello') return this.fail(socket, 'unexpected-frame', false);
      await this.handle(socket, connection, decoded.value);
    } catch (error) {
      console.error(`board: frame failed: ${(error as Error).name}: ${(error as Error).message}`);
      this.fail(socket, 'internal', false);
    }
  }

  private handle(socket: WebSocket, connection: Connection, frame: ClientFrame): Promise<void> | void {
    const meta = this.store.meta()!;
    const now = Date.now();
    switch (frame.type) {
      case 'hello': {
        if (connection.ready) return this.fail(socket, 'unexpected-frame', false);
        if (frame.version !== PROTOCOL_VERSION) return this.fail(socket, 'unsupported-version', true);
        const { connectionId, role } = connection;
        this.send(socket, {
          type: 'welcome',
          version: PROTOCOL_VERSION,
          role,
          connectionId,
          headSeq: meta.headSeq,
          serverTime: now,
        });
        let after = Math.min(frame.lastSeq, meta.headSeq);
        if (after < meta.snapshotSeq) {
          const chunks = this.store.snapshotChunks();
          chunks.forEach((payload, index) =>
            this.send(socket, { type: 'snapshot', uptoSeq: meta.snapshotSeq, index, total: chunks.length, payload }),
          );
          after = meta.snapshotSeq;
        }
        for (const entry of this.store.entriesAfter(after)) this.send(socket, { type: 'update', ...entry });
        this.send(socket, { type: 'caughtUp', headSeq: meta.headSeq });
        return socket.serializeAttachment({ ...connection, ready: true });
      }
      case 'update': {
        if (connection.role !== 'edit') return this.fail(socket, 'read-only', false);
        const known = this.store.seqOfMessage(frame.messageId);
        if (known !== null) return this.send(socket, { type: 'ack', messageId: frame.messageId, seq: known });
        const bucket = takeToken(connection, now, BOARD_LIMITS.updatesPerSecond, BOARD_LIMITS.updateBurst);
        socket.serializeAttachment(bucket.bucket);
        if (!bucket.allowed) return this.fail(socket, 'rate-limited', false);
        if (meta.bytes + frame.payload.length > BOARD_LIMITS.maxBoardBytes)
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
        return this.broadcast(socket, {
          type: 'presence',
          connectionId: connection.connectionId,
          payload: frame.payload,
        });
      case 'time':
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
    const connection = socket.deserializeAttachment() as Connection | null;
    if (connection) this.broadcast(socket, { type: 'left', connectionId: connection.connectionId });
  }

  override webSocketError(socket: WebSocket): void {
    this.webSocketClose(socket);
  }

  /** Retention: erases the board once it has gone its retention period without a write. */
  override async alarm(): Promise<void> {
    const meta = this.store.meta();
    if (!meta) return;
    const expiresAt = meta.lastWriteAt + meta.retentionDays * DAY_MS;
    if (Date.now() >= expiresAt) await this.erase();
    else await this.ctx.storage.setAlarm(expiresAt);
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
    for (const socket of this.ctx.getWebSockets()) {
      if (socket === from || !(socket.deserializeAttachment() as Connection | null)?.ready) continue;
      try {
        socket.send(bytes);
      } catch {
        // as above
      }
    }
  }

  private fail(socket: WebSocket, code: ErrorCode, fatal: boolean): void {
    this.send(socket, { type: 'error', code, fatal });
    if (fatal) socket.close(CLOSE_FATAL, code);
  }
}
