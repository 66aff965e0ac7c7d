// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { afterEach, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/encoding/base64url';
import { boardEndpoints, probeAccess, setReadAccess } from '../../shared/sync/access';
import type { SyncStatus } from '../../shared/sync/session-types';
import { until } from '../support/until';
import { peer } from './session-harness';
import { type BoardKeys, api, createBoard } from './sync-client';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A session whose refused connections are explained by the real `GET /api/boards/:id`. */
function member(boardId: string, keys: BoardKeys, options: { apiUrl?: string; online?: boolean } = {}) {
  const token = keys.editToken ?? keys.readToken;
  const apiUrl = options.apiUrl ?? boardEndpoints('https://sync.test', boardId).api;
  const statuses: SyncStatus[] = [];
  const { doc, session } = peer(boardId, keys, {
    deps: {
      probe: () => probeAccess((url, init) => api(new URL(url).pathname, init), apiUrl, token),
      online: () => options.online ?? true,
    },
  });
  session.onStatus((status) => statuses.push(status));
  stops.push(() => session.stop());
  return { doc, session, statuses };
}

describe('connection status', () => {
  it('goes online, counts pending edits and clears them when acknowledged', async () => {
    const { boardId, keys } = await createBoard();
    const anna = member(boardId, keys);
    await until(() => anna.session.status().state === 'online');
    anna.doc.getText('t').insert(0, 'a');
    anna.doc.getText('t').insert(1, 'b');
    expect(anna.session.status()).toEqual({ state: 'online', pending: 2 });
    await until(() => anna.session.status().pending === 0);
  });

  it('stops with "no access" when the token belongs to another board', async () => {
    const { boardId } = await createBoard();
    const other = await createBoard();
    const intruder = member(boardId, other.keys);
    await until(() => intruder.session.status().state === 'error');
    expect(intruder.session.status()).toEqual({ state: 'error', pending: 0, reason: 'no-access' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(intruder.statuses).toHaveLength(1);
  });

  it('stops with "board deleted" when the board is erased, online or on the next connect', async () => {
    const { boardId, keys } = await createBoard();
    const anna = member(boardId, keys);
    await until(() => anna.session.status().state === 'online');
    const erased = await api(`/api/boards/${boardId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${toBase64Url(keys.editToken!)}` },
    });
    expect(erased.status).toBe(204);
    await until(() => anna.session.status().state === 'error');
    expect(anna.session.status()).toMatchObject({ reason: 'board-deleted' });
    const late = member(boardId, keys);
    await until(() => late.session.status().state === 'error');
    expect(late.session.status()).toMatchObject({ reason: 'board-deleted' });
  });

  it('stops with "revoked" when the read-only link is turned off, online or on the next connect', async () => {
    const { boardId, keys } = await createBoard();
    const readOnly = { ...keys, role: 'read' as const, editToken: null };
    const screen = member(boardId, readOnly);
    await until(() => screen.session.status().state === 'online');
    const { api: apiUrl } = boardEndpoints('https://sync.test', boardId);
    const off = await setReadAccess((url, init) => api(new URL(url).pathname, init), apiUrl, keys.editToken!, false);
    expect(off.ok).toBe(true);
    await until(() => screen.session.status().state === 'error');
    expect(screen.session.status()).toEqual({ state: 'error', pending: 0, reason: 'revoked' });
    const late = member(boardId, readOnly);
    await until(() => late.session.status().state === 'error');
    expect(late.session.status()).toMatchObject({ reason: 'revoked' });
  });

  it('calls a server that does not answer as ours "unreachable" after two attempts and keeps retrying', async () => {
    const { boardId } = await createBoard();
    const { keys } = await createBoard();
    // The probe reaches something that is not the sync API, as behind a misconfigured proxy.
    const lost = member(boardId, keys, { apiUrl: 'https://sync.test/not-the-api' });
    await until(() => lost.session.status().state === 'error');
    expect(lost.statuses.slice(0, 3).map((status) => status.state)).toEqual(['offline', 'connecting', 'error']);
    expect(lost.session.status()).toMatchObject({ reason: 'unreachable', retryAt: expect.any(Number) as number });
    await until(() => lost.statuses.length > 5);
  });

  it('says "offline", and does not even try, while the device has no network', async () => {
    const { boardId, keys } = await createBoard();
    const away = member(boardId, keys, { online: false });
    await until(() => away.statuses.length > 5);
    expect(new Set(away.statuses.map((status) => status.state))).toEqual(new Set(['offline']));
  });
});
