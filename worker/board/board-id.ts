// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { toHex } from '../../shared/encoding/hex';
import type { Bindings } from '../env';

/**
 * Board ids are 128 bits; the top bit says where the board's Durable Object lives (set: the EU
 * jurisdiction), so any request can address it from the id alone. The other 127 bits are random.
 */
export function newBoardId(eu: boolean): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = eu ? bytes[0]! | 0x80 : bytes[0]! & 0x7f;
  return toHex(bytes);
}

export function isEuBoard(boardId: string): boolean {
  return parseInt(boardId[0]!, 16) >= 8;
}

/**
 * The Durable Object of a board. workerd (local development and self-hosting) has no
 * jurisdictions and throws; there the data lives on the host's own disk, so the board is kept in
 * the default namespace.
 */
export function boardStub(env: Bindings, boardId: string) {
  if (isEuBoard(boardId)) {
    try {
      const eu = env.BOARDS.jurisdiction('eu');
      return eu.get(eu.idFromName(boardId));
    } catch {
      // not available on workerd: fall through
    }
  }
  return env.BOARDS.get(env.BOARDS.idFromName(boardId));
}
