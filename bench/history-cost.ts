// The server's cost per update on a board with a long history: the board's SQLite file is given
// `history` earlier updates (and the ids a board remembers after them) while the server is
// stopped, as months of use would leave it, then raw clients relay updates on it as in
// `server-cost.ts`. Figures, not assertions.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { startWranglerDev } from '../tests/support/wrangler-dev';
import { type ServerCost, createRawBoard, ourServerCost } from './server-cost';

/** How many message ids a board remembers (worker/board/board-store.ts). */
const REMEMBERED = 20_000;

/** Writes `history` updates into the stopped server's file of `boardId`. */
function seed(state: string, boardId: string, history: number): void {
  const files = readdirSync(state, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.sqlite'));
  for (const file of files) {
    // (The stopped server's runtime may still be letting go of the file: wait for its lock.)
    const db = new DatabaseSync(join(state, file), { timeout: 30_000 });
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
      db.exec('COMMIT');
      return;
    } finally {
      db.close();
    }
  }
  throw new Error(`no storage file for board ${boardId}`);
}

/** Per history length: our server's cost per update with `members` raw clients. */
export async function historyCost(
  histories: number[],
  members: number,
  updates: Uint8Array[],
): Promise<{ history: number; cost: ServerCost }[]> {
  const results = [];
  for (const history of histories) {
    const state = await mkdtemp(join(tmpdir(), 'team-rituals-history-'));
    try {
      const first = await startWranglerDev({ persistTo: state });
      const board = await createRawBoard(first.url).finally(() => first.stop());
      if (history > 0) seed(state, board.boardId, history);
      const server = await startWranglerDev({ persistTo: state });
      try {
        const cost = await ourServerCost(server.url, server.process.pid!, members, updates, { ...board, history });
        results.push({ history, cost });
      } finally {
        await server.stop();
      }
    } finally {
      await rm(state, { recursive: true, force: true });
    }
  }
  return results;
}
