// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { DurableObject } from 'cloudflare:workers';
import type { Bindings } from '../env';
import { isEuBoard } from './board-id';

/**
 * The ids of the boards that exist, consulted before a request reaches a board's own object.
 * Starting a Durable Object leaves a file on a self-hosted workerd even if nothing is written, so
 * a request for an unknown or erased board must never start one: otherwise anyone could fill the
 * disk with empty databases by asking for random ids. Ids are added by `create` and removed on
 * erasure (by request or by the retention alarm); nothing else is kept.
 */
export class BoardDirectory extends DurableObject<Bindings> {
  private ready = false;

  private get sql(): SqlStorage {
    if (!this.ready) {
      this.ctx.storage.sql.exec('CREATE TABLE IF NOT EXISTS boards (id TEXT PRIMARY KEY)');
      this.ready = true;
    }
    return this.ctx.storage.sql;
  }

  has(boardId: string): boolean {
    return this.sql.exec('SELECT 1 FROM boards WHERE id = ?', boardId).toArray().length > 0;
  }

  add(boardId: string): void {
    this.sql.exec('INSERT OR IGNORE INTO boards VALUES (?)', boardId);
  }

  remove(boardId: string): void {
    this.sql.exec('DELETE FROM boards WHERE id = ?', boardId);
  }
}

const DIRECTORY_NAME = 'boards';

/** The directory that lists a board: EU boards are listed in the EU jurisdiction (where there is one). */
export function directoryStub(env: Bindings, boardId: string) {
  if (isEuBoard(boardId)) {
    try {
      return env.BOARD_DIRECTORY.jurisdiction('eu').getByName(DIRECTORY_NAME);
    } catch {
      // workerd has no jurisdictions: fall through, as for the boards themselves
    }
  }
  return env.BOARD_DIRECTORY.getByName(DIRECTORY_NAME);
}
