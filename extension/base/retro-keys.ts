// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { fromBase64Url } from '../../shared/encoding/base64url';
import { type BoardKeys, deriveBoardKeys, deriveChildSecret } from '../../shared/sync/crypto';
import type { RetroLink } from '../../shared/team/model';
import type { TeamRecord } from '../lib/records';

/**
 * A retro's keys: team editors derive its edit secret from the team's edit secret and the nonce
 * the team board lists; read-only members get its read secret from the team board, and, once the
 * retro signs, its editors' public key. A retro listed without that key is of version 1.
 */
export async function retroKeys(
  team: TeamRecord,
  link: Pick<RetroLink, 'nonce' | 'readSecret' | 'verifyKey'>,
): Promise<BoardKeys> {
  const version = link.verifyKey ? 2 : 1;
  if (team.role === 'edit') return deriveBoardKeys(crypto, 'edit', await retroSecret(team, link.nonce), { version });
  const verifyKey = link.verifyKey ? fromBase64Url(link.verifyKey) : null;
  return deriveBoardKeys(crypto, 'read', fromBase64Url(link.readSecret)!, { version, verifyKey });
}

export function retroSecret(team: TeamRecord, nonce: string) {
  return deriveChildSecret(crypto, fromBase64Url(team.secret)!, `retro/${nonce}`);
}
