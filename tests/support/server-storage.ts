// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * What the server stores of one board, read from its Durable Object's SQLite file in the state
 * folder of `wrangler dev`: how many entries its log holds, and up to which sequence number a
 * snapshot replaced the log. Null if no file holds the board.
 */
export async function boardOnServer(
  state: string,
  boardId: string,
): Promise<{ logEntries: number; headSeq: number; snapshotSeq: number } | null> {
  const files = (await readdir(state, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.sqlite'),
  );
  for (const file of files) {
    const db = new DatabaseSync(join(file.parentPath, file.name), { readOnly: true });
    try {
      const board = db.prepare('SELECT head_seq, snapshot_seq FROM board WHERE board_id = ?').get(boardId) as
        { head_seq: number; snapshot_seq: number } | undefined;
      if (!board) continue;
      const { n } = db.prepare('SELECT COUNT(*) AS n FROM log').get() as { n: number };
      return { logEntries: n, headSeq: board.head_seq, snapshotSeq: board.snapshot_seq };
    } catch {
      // another object's file (no `board` table)
    } finally {
      db.close();
    }
  }
  return null;
}
