// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Bytes } from '../../shared/encoding/bytes';

/** The facts of a board; everything else the server holds is opaque ciphertext. */
export interface BoardMeta {
  editHash: string;
  readHash: string;
  /** The team turned the read-only link off: its token is refused until turned on again. */
  readRevoked: boolean;
  retentionDays: number;
  lastWriteAt: number;
  headSeq: number;
  snapshotSeq: number;
  bytes: number;
  nextConnectionId: number;
  /** The board's own id (null on boards created before it was stored). */
  boardId: string | null;
}

/** How many message ids are remembered for deduplication after their log entries are compacted. */
const REMEMBERED_MESSAGE_IDS = 20_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS board (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  edit_hash TEXT NOT NULL, read_hash TEXT NOT NULL, retention_days INTEGER NOT NULL,
  last_write_at INTEGER NOT NULL, head_seq INTEGER NOT NULL, snapshot_seq INTEGER NOT NULL,
  bytes INTEGER NOT NULL, next_connection_id INTEGER NOT NULL,
  read_revoked INTEGER NOT NULL DEFAULT 0, board_id TEXT
);
CREATE TABLE IF NOT EXISTS log (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS message_ids (message_id BLOB PRIMARY KEY, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS message_ids_seq ON message_ids (seq);
CREATE TABLE IF NOT EXISTS snapshot (chunk INTEGER PRIMARY KEY, payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS uploads (upload TEXT NOT NULL, chunk INTEGER NOT NULL, payload BLOB NOT NULL,
  PRIMARY KEY (upload, chunk));
`;

const bytesOf = (value: unknown): Bytes => new Uint8Array(value as ArrayBuffer);

/**
 * Brings a board stored by an older version up to the current schema. Each step checks for itself,
 * so it runs once per board and is harmless on a new one.
 */
function migrate(sql: SqlStorage): void {
  const columns = sql
    .exec('PRAGMA table_info(board)')
    .toArray()
    .map((row) => row.name);
  // 2026-11: the read-only link can be turned off.
  if (!columns.includes('read_revoked')) {
    sql.exec('ALTER TABLE board ADD COLUMN read_revoked INTEGER NOT NULL DEFAULT 0');
  }
  // 2026-12: the board knows its id, to leave the directory when its retention alarm erases it.
  if (!columns.includes('board_id')) sql.exec('ALTER TABLE board ADD COLUMN board_id TEXT');
  // 2026-12: forgetting old message ids searched by seq instead of scanning every id per update.
  sql.exec('CREATE INDEX IF NOT EXISTS message_ids_seq ON message_ids (seq)');
}

/**
 * A board's SQLite storage inside its Durable Object. Every method is synchronous and atomic.
 * Only `create` makes the tables: an unknown or erased board is never written to, so a request
 * for a board that does not exist leaves nothing on disk.
 *
 * While the object is awake, the board row and the staged upload size are held in memory: this
 * store is their only writer, so the copy changes only after its own writes have committed. A
 * woken object starts without them and reads them once (`forget` does the same on purpose).
 */
export class BoardStore {
  private ready = false;
  private held: BoardMeta | null = null;
  private staged: number | null = null;

  constructor(private readonly storage: DurableObjectStorage) {}

  /** Whether the board's tables exist (migrated on first sight); reads, never creates. */
  private exists(): boolean {
    if (this.ready) return true;
    const found = this.storage.sql
      .exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'board'")
      .toArray().length;
    if (found) {
      migrate(this.storage.sql);
      this.ready = true;
    }
    return this.ready;
  }

  private get sql(): SqlStorage {
    if (!this.exists()) throw new Error('board storage used before create');
    return this.storage.sql;
  }

  /** Drops what is held in memory; the next reads come from storage, as after hibernation. */
  forget(): void {
    this.ready = false;
    this.held = null;
    this.staged = null;
  }

  meta(): BoardMeta | null {
    if (this.held) return this.held;
    if (!this.exists()) return null;
    const row = this.sql.exec('SELECT * FROM board WHERE id = 1').toArray()[0];
    if (!row) return null;
    this.held = {
      editHash: row.edit_hash as string,
      readHash: row.read_hash as string,
      readRevoked: row.read_revoked === 1,
      retentionDays: row.retention_days as number,
      lastWriteAt: row.last_write_at as number,
      headSeq: row.head_seq as number,
      snapshotSeq: row.snapshot_seq as number,
      bytes: row.bytes as number,
      nextConnectionId: row.next_connection_id as number,
      boardId: typeof row.board_id === 'string' ? row.board_id : null,
    };
    return this.held;
  }

  /** Changes the held board row after a committed write (if it is held at all). */
  private hold(change: Partial<BoardMeta>): void {
    if (this.held) this.held = { ...this.held, ...change };
  }

  create(boardId: string, editHash: string, readHash: string, retentionDays: number, now: number): void {
    this.storage.sql.exec(SCHEMA);
    this.ready = true;
    this.sql.exec(
      `INSERT INTO board (id, board_id, edit_hash, read_hash, retention_days, last_write_at, head_seq, snapshot_seq,
        bytes, next_connection_id, read_revoked) VALUES (1, ?, ?, ?, ?, ?, 0, 0, 0, 1, 0)`,
      boardId,
      editHash,
      readHash,
      retentionDays,
      now,
    );
  }

  setReadRevoked(revoked: boolean): void {
    this.sql.exec('UPDATE board SET read_revoked = ?', revoked ? 1 : 0);
    this.hold({ readRevoked: revoked });
  }

  takeConnectionId(): number {
    const id = this.sql
      .exec('UPDATE board SET next_connection_id = next_connection_id + 1 RETURNING next_connection_id - 1 AS id')
      .one().id as number;
    this.hold({ nextConnectionId: id + 1 });
    return id;
  }

  /** The sequence number an update with this id was stored under, if it was. */
  seqOfMessage(messageId: Bytes): number | null {
    const row = this.sql.exec('SELECT seq FROM message_ids WHERE message_id = ?', messageId).toArray()[0];
    return row ? (row.seq as number) : null;
  }

  /** Appends an update with the next sequence number; returns that number. */
  append(messageId: Bytes, payload: Bytes, now: number): number {
    const meta = this.meta()!;
    const seq = meta.headSeq + 1;
    this.storage.transactionSync(() => {
      this.sql.exec('INSERT INTO log VALUES (?, ?)', seq, payload);
      this.sql.exec('INSERT INTO message_ids VALUES (?, ?)', messageId, seq);
      // At most the one id that falls out of the window, found through the index on seq.
      this.sql.exec('DELETE FROM message_ids WHERE seq <= ?', seq - REMEMBERED_MESSAGE_IDS);
      this.sql.exec('UPDATE board SET head_seq = ?, bytes = bytes + ?, last_write_at = ?', seq, payload.length, now);
    });
    this.hold({ headSeq: seq, bytes: meta.bytes + payload.length, lastWriteAt: now });
    return seq;
  }

  /**
   * The log after `seq`, read a page at a time as the caller iterates: a catch-up never holds the
   * whole log in memory.
   */
  *entriesAfter(seq: number, pageSize: number): Generator<{ seq: number; payload: Bytes }> {
    for (let after = seq; ;) {
      const page = this.sql
        .exec('SELECT seq, payload FROM log WHERE seq > ? ORDER BY seq LIMIT ?', after, pageSize)
        .toArray()
        .map((row) => ({ seq: row.seq as number, payload: bytesOf(row.payload) }));
      yield* page;
      if (page.length < pageSize) return;
      after = page.at(-1)!.seq;
    }
  }

  /** The snapshot's chunks, read one at a time as the caller iterates. */
  *snapshotChunks(): Generator<{ index: number; total: number; payload: Bytes }> {
    const total = this.sql.exec('SELECT COUNT(*) AS n FROM snapshot').one().n as number;
    for (let index = 0; index < total; index++) {
      const row = this.sql.exec('SELECT payload FROM snapshot WHERE chunk = ?', index).toArray()[0];
      if (row) yield { index, total, payload: bytesOf(row.payload) };
    }
  }

  /** Stages one chunk of a snapshot upload; returns how many chunks of it are staged. */
  stageChunk(upload: string, chunk: number, payload: Bytes): number {
    this.staged = null;
    this.sql.exec('INSERT OR REPLACE INTO uploads VALUES (?, ?, ?)', upload, chunk, payload);
    return this.sql.exec('SELECT COUNT(*) AS n FROM uploads WHERE upload = ?', upload).one().n as number;
  }

  stagedBytes(): number {
    this.staged ??= this.sql.exec('SELECT COALESCE(SUM(LENGTH(payload)), 0) AS n FROM uploads').one().n as number;
    return this.staged;
  }

  /** Replaces the snapshot and the log up to `uptoSeq` with the staged upload, atomically. */
  commitUpload(upload: string, uptoSeq: number, now: number): void {
    this.staged = null;
    const bytes = this.storage.transactionSync(() => {
      this.sql.exec('DELETE FROM snapshot');
      this.sql.exec('INSERT INTO snapshot SELECT chunk, payload FROM uploads WHERE upload = ?', upload);
      this.sql.exec('DELETE FROM uploads WHERE upload = ?', upload);
      this.sql.exec('DELETE FROM log WHERE seq <= ?', uptoSeq);
      const total = this.sql
        .exec(
          'SELECT (SELECT COALESCE(SUM(LENGTH(payload)), 0) FROM log) + (SELECT COALESCE(SUM(LENGTH(payload)), 0) FROM snapshot) AS n',
        )
        .one().n as number;
      this.sql.exec('UPDATE board SET snapshot_seq = ?, bytes = ?, last_write_at = ?', uptoSeq, total, now);
      return total;
    });
    this.hold({ snapshotSeq: uptoSeq, bytes, lastWriteAt: now });
  }

  dropUpload(upload: string): void {
    this.staged = null;
    this.sql.exec('DELETE FROM uploads WHERE upload = ?', upload);
  }

  /** Drops the uploads of every connection not in `live` (staged as `<connectionId>:<uploadId>`). */
  dropUploadsExcept(live: ReadonlySet<number>): void {
    for (const row of this.sql.exec('SELECT DISTINCT upload FROM uploads').toArray()) {
      const upload = row.upload as string;
      if (!live.has(Number(upload.slice(0, upload.indexOf(':'))))) this.dropUpload(upload);
    }
  }

  /** Erases every byte of the board. */
  async erase(): Promise<void> {
    await this.storage.deleteAlarm();
    await this.storage.deleteAll();
    this.forget();
  }
}
