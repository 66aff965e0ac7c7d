// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Bytes } from '../encoding/bytes';
import { toBase64Url } from '../encoding/base64url';

/** The subprotocol a sync client asks for; the token travels as a second one, `token.<base64url>`. */
export const SYNC_SUBPROTOCOL = 'team-rituals.v1';
const TOKEN_PREFIX = 'token.';

/**
 * The subprotocol list a client offers. Browsers cannot set headers on a WebSocket, and query
 * strings end up in logs: the token rides in the subprotocol list instead.
 */
export function socketProtocols(token: Bytes): string[] {
  return [SYNC_SUBPROTOCOL, `${TOKEN_PREFIX}${toBase64Url(token)}`];
}

/** What a `Sec-WebSocket-Protocol` header offers: whether it speaks ours, and the token as sent. */
export function readSocketProtocols(header: string | null | undefined): { speaksSync: boolean; token?: string } {
  const offered = (header ?? '').split(',').map((protocol) => protocol.trim());
  const token = offered.find((protocol) => protocol.startsWith(TOKEN_PREFIX))?.slice(TOKEN_PREFIX.length);
  return { speaksSync: offered.includes(SYNC_SUBPROTOCOL), token };
}
