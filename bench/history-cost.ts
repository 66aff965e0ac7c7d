// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The server's cost per update on a board with a long history: the board's SQLite file is given
// `history` earlier updates (and the ids a board remembers after them) while the server is
// stopped, as months of use would leave it, then raw clients relay updates on it as in
// `server-cost.ts`. Figures, not assertions.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { generateSelfHosted } from '../tests/support/selfhost';
import { type ServerCost, createRawBoard, ourServerCost } from './server-cost';

/** How many message ids a board remembers (worker/board/board-store.ts). */
const REMEMBERED = 20_000;

/** A compacted board's snapshot: about a 300-card retro's, sealed (random bytes, as ciphertext is). */
const SNAPSHOT_BYTES = 40_000;

/**
 * Writes `history` updates into the stopped server's file of `boardId` (under `data`); `compacted`,
 * as after a member's snapshot: the log is replaced by one snapshot, the ids stay.
 */
function seed(data: string, boardId: string, history: number, compacted: boolean): void {
  const files = readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.sqlite'));
  for (const file of files) {
    // (The stopped server's runtime may still be letting go of the file: wait for its lock.)
    const db = new DatabaseSync(join(data, file), { timeout: 30_000 });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'board'").all();
      if (tables.length === 0) continue;
      const board = db.prepare('SELECT board_id FROM board').get() as { board_id: string } | undefined;
      if (board?.board_id !== boardId) continue;
      db.exec('BEGIN');
      db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO log SELECT i, randomblob(160) FROM n`,
      ).run(history);
      db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO message_ids SELECT randomblob(16), i FROM n WHERE i > ?`,
      ).run(history, history - REMEMBERED);
      db.prepare('UPDATE board SET head_seq = ?, bytes = ?').run(history, history * 160);
      if (compacted) {
        db.prepare('DELETE FROM log WHERE seq <= ?').run(history);
        db.prepare('INSERT INTO snapshot VALUES (0, randomblob(?))').run(SNAPSHOT_BYTES);
        db.prepare('UPDATE board SET snapshot_seq = ?, bytes = ?').run(history, SNAPSHOT_BYTES);
      }
      db.exec('COMMIT');
      return;
    } finally {
      db.close();
    }
  }
  throw new Error(`no storage file for board ${boardId}`);
}

export interface HistoryCase {
  history: number;
  compacted: boolean;
}

/** Per case: our server's cost per update with `members` raw clients. */
export async function historyCost(
  cases: HistoryCase[],
  members: number,
  updates: Uint8Array[],
): Promise<(HistoryCase & { cost: ServerCost })[]> {
  const results = [];
  for (const { history, compacted } of cases) {
    const server = await generateSelfHosted(['--creation-budget', '1000000']);
    try {
      await server.start();
      const board = await createRawBoard(server.url);
      await server.kill();
      if (history > 0) seed(server.data, board.boardId, history, compacted);
      await server.start();
      const cost = await ourServerCost(server.url, server.pid()!, members, updates, { ...board, history });
      results.push({ history, compacted, cost });
    } finally {
      await server.dispose();
    }
  }
  return results;
}
