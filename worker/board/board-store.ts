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
}

/** How many message ids are remembered for deduplication after their log entries are compacted. */
const REMEMBERED_MESSAGE_IDS = 20_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS board (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  edit_hash TEXT NOT NULL, read_hash TEXT NOT NULL, retention_days INTEGER NOT NULL,
  last_write_at INTEGER NOT NULL, head_seq INTEGER NOT NULL, snapshot_seq INTEGER NOT NULL,
  bytes INTEGER NOT NULL, next_connection_id INTEGER NOT NULL,
  read_revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS log (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS message_ids (message_id BLOB PRIMARY KEY, seq INTEGER NOT NULL);
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
}

/** A board's SQLite storage inside its Durable Object. Every method is synchronous and atomic. */
export class BoardStore {
  private ready = false;

  constructor(private readonly storage: DurableObjectStorage) {}

  private get sql(): SqlStorage {
    if (!this.ready) {
      this.storage.sql.exec(SCHEMA);
      migrate(this.storage.sql);
      this.ready = true;
    }
    return this.storage.sql;
  }

  meta(): BoardMeta | null {
    const row = this.sql.exec('SELECT * FROM board WHERE id = 1').toArray()[0];
    if (!row) return null;
    return {
      editHash: row.edit_hash as string,
      readHash: row.read_hash as string,
      readRevoked: row.read_revoked === 1,
      retentionDays: row.retention_days as number,
      lastWriteAt: row.last_write_at as number,
      headSeq: row.head_seq as number,
      snapshotSeq: row.snapshot_seq as number,
      bytes: row.bytes as number,
      nextConnectionId: row.next_connection_id as number,
    };
  }

  create(editHash: string, readHash: string, retentionDays: number, now: number): void {
    this.sql.exec(
      `INSERT INTO board (id, edit_hash, read_hash, retention_days, last_write_at, head_seq, snapshot_seq, bytes,
        next_connection_id, read_revoked) VALUES (1, ?, ?, ?, ?, 0, 0, 0, 1, 0)`,
      editHash,
      readHash,
      retentionDays,
      now,
    );
  }

  setReadRevoked(revoked: boolean): void {
    this.sql.exec('UPDATE board SET read_revoked = ?', revoked ? 1 : 0);
  }

  takeConnectionId(): number {
    return this.sql
      .exec('UPDATE board SET next_connection_id = next_connection_id + 1 RETURNING next_connection_id - 1 AS id')
      .one().id as number;
  }

  /** The sequence number an update with this id was stored under, if it was. */
  seqOfMessage(messageId: Bytes): number | null {
    const row = this.sql.exec('SELECT seq FROM message_ids WHERE message_id = ?', messageId).toArray()[0];
    return row ? (row.seq as number) : null;
  }

  /** Appends an update with the next sequence number; returns that number. */
  append(messageId: Bytes, payload: Bytes, now: number): number {
    return this.storage.transactionSync(() => {
      const seq = (this.meta()?.headSeq ?? 0) + 1;
      this.sql.exec('INSERT INTO log VALUES (?, ?)', seq, payload);
      this.sql.exec('INSERT INTO message_ids VALUES (?, ?)', messageId, seq);
      this.sql.exec('DELETE FROM message_ids WHERE seq <= ?', seq - REMEMBERED_MESSAGE_IDS);
      this.sql.exec('UPDATE board SET head_seq = ?, bytes = bytes + ?, last_write_at = ?', seq, payload.length, now);
      return seq;
    });
  }

  entriesAfter(seq: number): { seq: number; payload: Bytes }[] {
    return this.sql
      .exec('SELECT seq, payload FROM log WHERE seq > ? ORDER BY seq', seq)
      .toArray()
      .map((row) => ({ seq: row.seq as number, payload: bytesOf(row.payload) }));
  }

  snapshotChunks(): Bytes[] {
    return this.sql
      .exec('SELECT payload FROM snapshot ORDER BY chunk')
      .toArray()
      .map((row) => bytesOf(row.payload));
  }

  /** Stages one chunk of a snapshot upload; returns how many chunks of it are staged. */
  stageChunk(upload: string, chunk: number, payload: Bytes): number {
    this.sql.exec('INSERT OR REPLACE INTO uploads VALUES (?, ?, ?)', upload, chunk, payload);
    return this.sql.exec('SELECT COUNT(*) AS n FROM uploads WHERE upload = ?', upload).one().n as number;
  }

  stagedBytes(): number {
    return this.sql.exec('SELECT COALESCE(SUM(LENGTH(payload)), 0) AS n FROM uploads').one().n as number;
  }

  /** Replaces the snapshot and the log up to `uptoSeq` with the staged upload, atomically. */
  commitUpload(upload: string, uptoSeq: number, now: number): void {
    this.storage.transactionSync(() => {
      this.sql.exec('DELETE FROM snapshot');
      this.sql.exec('INSERT INTO snapshot SELECT chunk, payload FROM uploads WHERE upload = ?', upload);
      this.sql.exec('DELETE FROM uploads WHERE upload = ?', upload);
      this.sql.exec('DELETE FROM log WHERE seq <= ?', uptoSeq);
      const bytes = this.sql
        .exec(
          'SELECT (SELECT COALESCE(SUM(LENGTH(payload)), 0) FROM log) + (SELECT COALESCE(SUM(LENGTH(payload)), 0) FROM snapshot) AS n',
        )
        .one().n as number;
      this.sql.exec('UPDATE board SET snapshot_seq = ?, bytes = ?, last_write_at = ?', uptoSeq, bytes, now);
    });
  }

  dropUpload(upload: string): void {
    this.sql.exec('DELETE FROM uploads WHERE upload = ?', upload);
  }

  /** Erases every byte of the board. */
  async erase(): Promise<void> {
    await this.storage.deleteAlarm();
    await this.storage.deleteAll();
    this.ready = false;
  }
}
