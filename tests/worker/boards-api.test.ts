// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { SYNC_SUBPROTOCOL } from '../../shared/sync/socket-protocol';
import { env } from 'cloudflare:workers';
import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/encoding/base64url';
import { directoryStub } from '../../worker/board/board-directory';
import { boardStub } from '../../worker/board/board-id';
import { BoardStore } from '../../worker/board/board-store';
import { api, catchUp, connect, createBoard, openSocket } from './sync-client';

const HASH = 'A'.repeat(43);
const post = (body: unknown, address = '198.51.100.1') =>
  api('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'CF-Connecting-IP': address },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/boards', () => {
  it('creates a board from token hashes and returns a random 128-bit id', async () => {
    const response = await post({ editTokenHash: HASH, readTokenHash: 'B'.repeat(43) }, '198.51.100.2');
    expect(response.status).toBe(201);
    const body = await response.json<{ boardId: string; retentionDays: number; jurisdiction: null }>();
    expect(body).toMatchObject({ retentionDays: 90, jurisdiction: null });
    expect(body.boardId).toMatch(/^[0-7][0-9a-f]{31}$/);
  });

  it('pins a board to the EU jurisdiction on request, visible in its id', async () => {
    const { boardId } = await createBoard({ jurisdiction: 'eu', retentionDays: 30 });
    expect(boardId).toMatch(/^[89a-f][0-9a-f]{31}$/);
  });

  it('refuses bad bodies with the reason', async () => {
    const cases: [unknown, string][] = [
      ['{not json', 'Body must be JSON'],
      [{ readTokenHash: HASH }, 'editTokenHash: Invalid key: Expected "editTokenHash" but received undefined'],
      [{ editTokenHash: 'short', readTokenHash: HASH }, 'editTokenHash: must be a base64url SHA-256 hash'],
      [
        { editTokenHash: HASH, readTokenHash: HASH, retentionDays: 0 },
        'retentionDays: Invalid value: Expected >=1 but received 0',
      ],
      [
        { editTokenHash: HASH, readTokenHash: HASH, retentionDays: 3651 },
        'retentionDays: Invalid value: Expected <=3650 but received 3651',
      ],
      [
        { editTokenHash: HASH, readTokenHash: HASH, jurisdiction: 'us' },
        'jurisdiction: Invalid type: Expected "eu" but received "us"',
      ],
    ];
    for (const [body, message] of cases) {
      const response = await post(body, '198.51.100.3');
      expect(response.status, message).toBe(400);
      expect(await response.json(), message).toEqual({ error: { code: 'bad_request', message } });
    }
  });

  it('limits board creation per client address, without affecting other addresses', async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await post({ editTokenHash: HASH, readTokenHash: HASH }, '203.0.113.9')).status);
    expect(statuses.slice(0, 10)).toEqual(Array<number>(10).fill(201));
    const limited = await post({ editTokenHash: HASH, readTokenHash: HASH }, '203.0.113.9');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('360');
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await post({ editTokenHash: HASH, readTokenHash: HASH }, '203.0.113.10')).status).toBe(201);
  });

  it('answers other methods with 405', async () => {
    expect((await api('/api/boards', { method: 'GET' })).status).toBe(405);
  });
});

describe('board access', () => {
  it('checks the token before upgrading and fixes the role then', async () => {
    const { boardId, keys } = await createBoard();
    const other = await createBoard();
    const cases: [Response, number, string][] = [
      [await openSocket(boardId, null), 401, 'unauthorized'],
      [await openSocket(boardId, new Uint8Array(32)), 403, 'forbidden'],
      [await openSocket(boardId, other.keys.editToken), 403, 'forbidden'],
      [await openSocket('0'.repeat(32), keys.editToken), 404, 'board_not_found'],
      [await openSocket('nope', keys.editToken), 400, 'bad_request'],
      [await openSocket(boardId, keys.editToken, ['another.protocol']), 400, 'bad_request'],
      [await api(`/api/boards/${boardId}/socket`), 426, 'upgrade_required'],
    ];
    for (const [response, status, code] of cases) {
      expect(response.status, code).toBe(status);
      expect(await response.json(), code).toMatchObject({ error: { code } });
    }
    const accepted = await openSocket(boardId, keys.readToken);
    expect(accepted.status).toBe(101);
    expect(accepted.headers.get('sec-websocket-protocol')).toBe(SYNC_SUBPROTOCOL);
    accepted.webSocket?.accept();
    accepted.webSocket?.close();
  });

  it('tells a token its role without upgrading, so a client can explain a refused connection', async () => {
    const { boardId, keys } = await createBoard();
    const other = await createBoard();
    const probe = (id: string, token: Uint8Array | null) =>
      api(`/api/boards/${id}`, { headers: token ? { Authorization: `Bearer ${toBase64Url(token)}` } : {} });
    const edit = await probe(boardId, keys.editToken);
    expect(edit.status).toBe(200);
    expect(edit.headers.get('cache-control')).toBe('no-store');
    expect(await edit.json()).toEqual({ role: 'edit' });
    expect(await (await probe(boardId, keys.readToken)).json()).toEqual({ role: 'read' });
    const cases: [Response, number, string][] = [
      [await probe(boardId, null), 401, 'unauthorized'],
      [await probe(boardId, other.keys.editToken), 403, 'forbidden'],
      [await probe('0'.repeat(32), keys.editToken), 404, 'board_not_found'],
      [await probe('nope', keys.editToken), 400, 'bad_request'],
      [await api(`/api/boards/${boardId}`, { method: 'PUT' }), 405, 'method_not_allowed'],
    ];
    for (const [response, status, code] of cases) {
      expect(response.status, code).toBe(status);
      expect(await response.json(), code).toMatchObject({ error: { code } });
    }
  });

  it('erases a board with its edit token only; afterwards it is gone for everyone', async () => {
    const { boardId, keys } = await createBoard();
    const erase = (token: Uint8Array | null) =>
      api(`/api/boards/${boardId}`, {
        method: 'DELETE',
        headers: token ? { Authorization: `Bearer ${toBase64Url(token)}` } : {},
      });
    expect((await erase(null)).status).toBe(401);
    expect((await erase(keys.readToken)).status).toBe(403);
    expect((await erase(keys.editToken)).status).toBe(204);
    const again = await erase(keys.editToken);
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({
      error: { code: 'board_not_found', message: 'This board was deleted or has expired' },
    });
    expect((await openSocket(boardId, keys.editToken)).status).toBe(404);
  });
});

describe('turning the read-only link off', () => {
  const readAccess = (boardId: string, token: Uint8Array | null, body: unknown) =>
    api(`/api/boards/${boardId}/read-access`, {
      method: 'PUT',
      headers: token ? { Authorization: `Bearer ${toBase64Url(token)}` } : {},
      body: JSON.stringify(body),
    });
  const probe = (boardId: string, token: Uint8Array) =>
    api(`/api/boards/${boardId}`, { headers: { Authorization: `Bearer ${toBase64Url(token)}` } });

  it('refuses the read token everywhere with its own error, closes its sockets, and can be undone', async () => {
    const { boardId, keys } = await createBoard();
    const reader = await connect(boardId, keys.readToken);
    await catchUp(reader);
    const editor = await connect(boardId, keys.editToken!);
    await catchUp(editor);

    // Only an edit token may do this, with a well-formed body.
    const refused: [Response, number, string][] = [
      [await readAccess(boardId, null, { enabled: false }), 401, 'unauthorized'],
      [await readAccess(boardId, keys.readToken, { enabled: false }), 403, 'forbidden'],
      [await readAccess(boardId, keys.editToken, { enabled: 'no' }), 400, 'bad_request'],
      [await readAccess('0'.repeat(32), keys.editToken, { enabled: false }), 404, 'board_not_found'],
      [await api(`/api/boards/${boardId}/read-access`, { method: 'GET' }), 405, 'method_not_allowed'],
    ];
    for (const [response, status, code] of refused) {
      expect(response.status, code).toBe(status);
      expect(await response.json(), code).toMatchObject({ error: { code } });
    }

    expect((await readAccess(boardId, keys.editToken, { enabled: false })).status).toBe(204);
    expect(await reader.next()).toEqual({ type: 'error', code: 'access-revoked', fatal: true });
    expect(await reader.whenClosed).toEqual({ code: 4000, reason: 'access-revoked' });
    for (const response of [await probe(boardId, keys.readToken), await openSocket(boardId, keys.readToken)]) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: 'link_revoked', message: 'The team turned this read-only link off' },
      });
    }
    // Editors carry on as before; they only see the reader leave.
    expect(await editor.next()).toMatchObject({ type: 'left' });
    editor.send({ type: 'time', clientTime: 1 });
    expect(await editor.next()).toMatchObject({ type: 'time', clientTime: 1 });
    expect(await (await probe(boardId, keys.editToken!)).json()).toEqual({ role: 'edit' });

    expect((await readAccess(boardId, keys.editToken, { enabled: true })).status).toBe(204);
    expect(await (await probe(boardId, keys.readToken)).json()).toEqual({ role: 'read' });
    editor.socket.close();
  });

  it('reads a board stored before the read-only link could be turned off', async () => {
    const { boardId, keys } = await createBoard();
    // The board table as the first version wrote it, without the column.
    await runInDurableObject(boardStub(env, boardId), (_, state) => {
      const row = state.storage.sql.exec('SELECT * FROM board').one();
      state.storage.sql.exec('DROP TABLE board');
      state.storage.sql.exec(`CREATE TABLE board (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        edit_hash TEXT NOT NULL, read_hash TEXT NOT NULL, retention_days INTEGER NOT NULL,
        last_write_at INTEGER NOT NULL, head_seq INTEGER NOT NULL, snapshot_seq INTEGER NOT NULL,
        bytes INTEGER NOT NULL, next_connection_id INTEGER NOT NULL)`);
      state.storage.sql.exec(
        'INSERT INTO board VALUES (1, ?, ?, ?, ?, 0, 0, 0, 1)',
        row.edit_hash,
        row.read_hash,
        row.retention_days,
        row.last_write_at,
      );
      // The store as a new deployment opens it: migrated on first use, nothing lost.
      expect(new BoardStore(state.storage).meta()).toMatchObject({
        editHash: row.edit_hash,
        readHash: row.read_hash,
        readRevoked: false,
        boardId: null,
      });
    });
    expect(await (await probe(boardId, keys.readToken)).json()).toEqual({ role: 'read' });
    expect((await readAccess(boardId, keys.editToken, { enabled: false })).status).toBe(204);
    expect((await probe(boardId, keys.readToken)).status).toBe(403);
    // Without its id stored, erasing it still takes it off the directory (the object knows its name).
    const erased = await api(`/api/boards/${boardId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${toBase64Url(keys.editToken!)}` },
    });
    expect(erased.status).toBe(204);
    expect(await directoryStub(env, boardId).has(boardId)).toBe(false);
  });
});

describe('CORS', () => {
  it('lets extension pages call the API, and no website', async () => {
    const extension = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await api('/api/boards', {
      method: 'OPTIONS',
      headers: {
        Origin: extension,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(extension);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const firefox = 'moz-extension://0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
    const get = await api('/api/boards/0123', { headers: { Origin: firefox } });
    expect(get.headers.get('access-control-allow-origin')).toBe(firefox);
    const website = await api('/api/boards', { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    expect(website.headers.get('access-control-allow-origin')).toBeNull();
  });
});
