// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { toBase64Url } from '../encoding/base64url';
import type { Bytes } from '../encoding/bytes';
import { type Result, err, ok } from '../result';
import { type BoardKeys, type KeyVersion, type WebCrypto, deriveBoardKeys, hashToken, newBoardSecret } from './crypto';
import { BOARD_ID_PATTERN, type Invite } from './invite';

/** Where a board is reached on its sync server. */
export function boardEndpoints(server: string, boardId: string) {
  const base = `${server.replace(/\/+$/, '')}/api/boards/${boardId}`;
  return { api: base, socket: `${base.replace(/^http/i, 'ws')}/socket` };
}

/** What asking the server about a token found out. */
export type Access = 'ok' | 'board-deleted' | 'no-access' | 'revoked' | 'unreachable';

/** The part of `fetch` used here. */
export type FetchLike = (
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: string; cache: 'no-store' },
) => Promise<{ status: number; json(): Promise<unknown> }>;

const BY_CODE = new Map<unknown, Access>([
  ['board_not_found', 'board-deleted'],
  ['unauthorized', 'no-access'],
  ['forbidden', 'no-access'],
  ['link_revoked', 'revoked'],
]);

/**
 * Asks the server what a token may do with a board. Browsers report every refused WebSocket
 * upgrade as close code 1006, so after one the client asks here why. Only the server's own error
 * codes count: a proxy's 404 or a captive portal means the server was not reached.
 */
export async function probeAccess(fetchFn: FetchLike, apiUrl: string, token: Bytes): Promise<Access> {
  try {
    const response = await fetchFn(apiUrl, {
      headers: { Authorization: `Bearer ${toBase64Url(token)}` },
      cache: 'no-store',
    });
    const body = (await response.json().catch(() => null)) as { role?: unknown; error?: { code?: unknown } } | null;
    if (response.status === 200 && (body?.role === 'edit' || body?.role === 'read')) return 'ok';
    return BY_CODE.get(body?.error?.code) ?? 'unreachable';
  } catch {
    return 'unreachable';
  }
}

export type CreateBoardError = 'unreachable' | 'rate-limited' | 'refused';

export interface CreatedBoard {
  /** The edit invite: the only place the secret is kept. */
  invite: Invite;
  keys: BoardKeys;
}

/**
 * Creates a board on a sync server: a fresh secret stays here; the server gets only the hashes of
 * the two tokens derived from it, and answers with the board's id.
 */
export async function createBoard(
  fetchFn: FetchLike,
  crypto: WebCrypto,
  server: string,
  options: { retentionDays?: number; eu?: boolean; secret?: Bytes; version?: KeyVersion } = {},
): Promise<Result<CreatedBoard, CreateBoardError>> {
  const secret = options.secret ?? newBoardSecret(crypto);
  // New boards sign from the start (unless a retro of a team that does not sign yet is made).
  const keys = await deriveBoardKeys(crypto, 'edit', secret, { version: options.version });
  const body = JSON.stringify({
    editTokenHash: await hashToken(crypto, keys.editToken!),
    readTokenHash: await hashToken(crypto, keys.readToken),
    retentionDays: options.retentionDays,
    jurisdiction: options.eu ? 'eu' : undefined,
  });
  try {
    const base = server.replace(/\/+$/, '');
    const response = await fetchFn(`${base}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      cache: 'no-store',
    });
    if (response.status === 429) return err('rate-limited');
    const answer = (await response.json().catch(() => null)) as { boardId?: unknown } | null;
    if (response.status !== 201 || typeof answer?.boardId !== 'string' || !BOARD_ID_PATTERN.test(answer.boardId)) {
      return err('refused');
    }
    const invite: Invite = {
      server: base,
      boardId: answer.boardId,
      role: 'edit',
      version: keys.version,
      secret,
      verifyKey: null,
    };
    return ok({ invite, keys });
  } catch {
    return err('unreachable');
  }
}

/** Why erasing a board or changing its read-only link failed. */
export type BoardChangeError = 'unreachable' | 'refused';

/**
 * Sends an editor's change of a board (edit token) and reads the answer: the statuses in `done`
 * mean it took effect, a 5xx or no answer that the server was not reached, anything else a refusal.
 */
async function changeBoard(
  fetchFn: FetchLike,
  url: string,
  editToken: Bytes,
  request: { method: string; body?: unknown },
  done: readonly number[],
): Promise<Result<null, BoardChangeError>> {
  const headers: Record<string, string> = { Authorization: `Bearer ${toBase64Url(editToken)}` };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetchFn(url, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      cache: 'no-store',
    });
    if (done.includes(response.status)) return ok(null);
    return err(response.status >= 500 ? 'unreachable' : 'refused');
  } catch {
    return err('unreachable');
  }
}

/**
 * Erases a board on its server for everyone (edit token only). A board that is already gone counts
 * as erased; the server's other answers mean this token may not erase it.
 */
export const eraseBoard = (fetchFn: FetchLike, apiUrl: string, editToken: Bytes) =>
  changeBoard(fetchFn, apiUrl, editToken, { method: 'DELETE' }, [204, 404]);

/**
 * Turns a board's read-only link off (its holders lose access at once) or on again (edit token
 * only). The link itself does not change.
 */
export const setReadAccess = (fetchFn: FetchLike, apiUrl: string, editToken: Bytes, enabled: boolean) =>
  changeBoard(fetchFn, `${apiUrl}/read-access`, editToken, { method: 'PUT', body: { enabled } }, [204]);
