// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { SYNC_SUBPROTOCOL } from '../../shared/sync/socket-protocol';
import type { ApiErrorCode } from '../../shared/api/errors';
import { toBase64Url } from '../../shared/encoding/base64url';
import type { BoardKeys } from '../../shared/sync/crypto';

export interface Tally {
  sent: number;
  byKind: Record<string, number>;
  wrong: string[];
}

const STATUS_CODES: Record<number, ApiErrorCode[]> = {
  400: ['bad_request'],
  401: ['unauthorized'],
  403: ['forbidden', 'link_revoked'],
  404: ['not_found', 'board_not_found'],
  405: ['method_not_allowed'],
  413: ['payload_too_large'],
  426: ['upgrade_required'],
  429: ['rate_limited', 'too_many_connections'],
};

/** Random HTTP requests; every answer is a success of a real route or the one documented error shape. */
export async function fuzzHttp(
  server: string,
  boardId: string,
  keys: BoardKeys,
  count: number,
  random: () => number,
  tally: Tally,
) {
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const noise = (length: number) =>
    Array.from({ length }, () => pick([...'abcdef0123456789-_.~%2F%00Aé/:;,=+!*()[]@$']))
      .join('')
      .replace(/%(?![0-9A-F]{2})/g, '%25');
  const hex = (length: number) => Array.from({ length }, () => pick([...'0123456789abcdef'])).join('');
  const tokenHash = () => toBase64Url(Uint8Array.from({ length: 32 }, () => int(256)));
  for (let i = 0; i < count; i++) {
    const method = pick(['GET', 'GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD']);
    const id = pick([boardId, hex(32), hex(int(40)), noise(int(40)), boardId.toUpperCase()]);
    const path = pick([
      '/api/boards',
      `/api/boards/${id}`,
      `/api/boards/${id}/socket`,
      `/api/boards/${id}/read-access`,
      `/api/boards/${id}/${noise(int(10))}`,
      `/join/${id}`,
      `/assets/${noise(int(30))}`,
      `/${noise(int(200))}`,
      '/health',
      '/retro.html',
      `/api/${noise(int(20))}`,
    ]);
    const headers: Record<string, string> = {};
    if (random() < 0.5) {
      headers.Authorization = pick([
        `Bearer ${toBase64Url(keys.readToken)}`,
        `Bearer ${tokenHash()}`,
        `Bearer ${noise(int(60))}`,
        'Bearer',
        `Basic ${noise(20)}`,
      ]);
    }
    if (random() < 0.3) headers['Sec-WebSocket-Protocol'] = pick([SYNC_SUBPROTOCOL, `token.${noise(43)}`, noise(30)]);
    if (random() < 0.3)
      headers.Origin = pick(['https://evil.example', 'chrome-extension://' + 'a'.repeat(32), noise(10)]);
    let body: string | undefined;
    if (method !== 'GET' && method !== 'HEAD' && random() < 0.7) {
      headers['Content-Type'] = pick(['application/json', 'text/plain', noise(10)]);
      body = pick([
        JSON.stringify({ editTokenHash: tokenHash(), readTokenHash: tokenHash(), retentionDays: int(5000) - 10 }),
        JSON.stringify({ editTokenHash: noise(43), readTokenHash: 5, jurisdiction: pick(['eu', 'us', null]) }),
        JSON.stringify({ editTokenHash: tokenHash(), readTokenHash: tokenHash() }),
        noise(int(300)),
        '{"a":'.repeat(int(2000)),
        'x'.repeat(4000 + int(2000)),
      ]);
    }
    const response = await fetch(`${server}${path}`, { method, headers, body });
    const text = await response.text();
    tally.sent += 1;
    tally.byKind[`HTTP ${method}`] = (tally.byKind[`HTTP ${method}`] ?? 0) + 1;
    const what = `HTTP ${method} ${path.slice(0, 60)} → ${response.status}`;
    if (response.status >= 500) {
      tally.wrong.push(`${what}: ${text.slice(0, 200)}`);
    } else if (response.status >= 400 && method !== 'HEAD') {
      const parsed = (() => {
        try {
          return JSON.parse(text) as { error?: { code?: string; message?: string } };
        } catch {
          return null;
        }
      })();
      const codes = STATUS_CODES[response.status] ?? [];
      if (!parsed?.error?.message || !codes.includes(parsed.error.code as ApiErrorCode)) {
        tally.wrong.push(`${what}: not the documented error shape: ${text.slice(0, 200)}`);
      }
    } else if (response.status === 204 && method !== 'OPTIONS') {
      // Only an edit token erases, and the fuzzer never has one.
      tally.wrong.push(`${what}: erased a board`);
    } else if (response.status === 201 && !(method === 'POST' && path === '/api/boards')) {
      tally.wrong.push(`${what}: created something`);
    }
  }
}
