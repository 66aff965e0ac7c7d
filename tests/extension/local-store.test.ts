// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type LocalStore, extensionLocalStore } from '../../extension/lib/local-store';
import type { TeamRecord } from '../../extension/lib/records';
import { teamsItem } from '../../extension/lib/storage';
import { createStoredTeamsStore } from '../../extension/stores/teams-store';
import { webLocalStore } from '../../extension/web/web-local-store';
import { deriveBoardKeys, newBoardSecret } from '../../shared/sync/crypto';
import type { Bytes } from '../../shared/encoding/bytes';
import { formatInvite } from '../../shared/sync/invite';
import { toBase64Url } from '../../shared/encoding/base64url';
import { recordKeys } from '../../extension/lib/record-keys';

/** `localStorage` as browsers implement it, with a quota to run into. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const TEAM: TeamRecord = {
  boardId: '0123456789abcdef0123456789abcdef',
  server: 'https://rituale.example.de',
  role: 'edit',
  secret: 'A'.repeat(43),
  memberId: '0123456789abcdef',
  memberName: 'Wei',
  teamName: 'Referat Z 3',
  creator: false,
  joinedAt: 1,
};

describe('the web app’s local store', () => {
  it('keeps JSON under its own prefix and reads a damaged value as missing', async () => {
    const storage = new MemoryStorage();
    const store = webLocalStore(storage, new EventTarget());
    await store.set('teams', [{ a: 1 }]);
    expect(storage.getItem('team-rituals:teams')).toBe('[{"a":1}]');
    expect(await store.get('teams')).toEqual([{ a: 1 }]);
    storage.setItem('team-rituals:teams', '[{"a":');
    expect(await store.get('teams')).toBeUndefined();
    expect(await store.get('never-set')).toBeUndefined();
  });

  it('tells watchers of its own writes and of other tabs’ writes, and stops when asked', async () => {
    const storage = new MemoryStorage();
    const window = new EventTarget();
    const store = webLocalStore(storage, window);
    const seen: unknown[] = [];
    const stop = store.watch('activeTeam', (value) => seen.push(value));
    await store.set('activeTeam', 'a');
    // Another tab writes: this one gets a `storage` event.
    storage.setItem('team-rituals:activeTeam', '"b"');
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'team-rituals:activeTeam' }));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'other-app:activeTeam' }));
    stop();
    await store.set('activeTeam', 'c');
    expect(seen).toEqual(['a', 'b']);
  });

  it('rejects a write the browser refuses, and keeps what was saved', async () => {
    const storage = new MemoryStorage(10);
    const store = webLocalStore(storage, new EventTarget());
    await store.set('k', 1);
    await expect(store.set('k', 'x'.repeat(20))).rejects.toThrow('full');
    expect(await store.get('k')).toBe(1);
  });
});

describe('the extension’s local store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads and writes the same keys as the storage items the background uses', async () => {
    const store = extensionLocalStore(fakeBrowser);
    await teamsItem.setValue([TEAM]);
    expect(await store.get('teams')).toEqual([TEAM]);
    const seen: unknown[] = [];
    store.watch('teams', (value) => seen.push(value));
    await store.set('teams', []);
    expect(await teamsItem.getValue()).toEqual([]);
    await tick();
    expect(seen).toEqual([[]]);
  });
});

describe('the stored teams store', () => {
  const deps = (local: LocalStore, onlyServer?: string) =>
    createStoredTeamsStore(local, { onlyServer, fetch, crypto, now: () => 5 });

  it('loads the saved list, reports a damaged record and keeps it until removed, and follows other pages', async () => {
    const local = webLocalStore(new MemoryStorage(), new EventTarget());
    const broken = { boardId: 'broken' };
    await local.set('teams', [TEAM, broken]);
    await local.set('activeTeam', TEAM.boardId);
    const store = deps(local);
    await tick();
    expect(store.getState()).toMatchObject({ loaded: true, teams: [TEAM], damaged: [broken], active: TEAM.boardId });
    // Changing the list keeps the unreadable entry in storage...
    await store.getState().update(TEAM.boardId, { memberName: 'Anna B.' });
    expect(await local.get('teams')).toEqual([{ ...TEAM, memberName: 'Anna B.' }, broken]);
    // ...until the person removes it.
    await store.getState().dropDamaged();
    expect(await local.get('teams')).toEqual([{ ...TEAM, memberName: 'Anna B.' }]);
    expect(store.getState().damaged).toEqual([]);
    await local.set('teams', []);
    expect(store.getState().teams).toEqual([]);
  });

  it('in the web app, joins only teams of its own server', async () => {
    const local = webLocalStore(new MemoryStorage(), new EventTarget());
    const store = deps(local, 'https://rituale.example.de');
    const secret = `e1.${'A'.repeat(43)}`;
    const elsewhere = await store.getState().join(`https://other.example.org/join/${TEAM.boardId}#${secret}`, 'Wei');
    expect(elsewhere).toEqual({ ok: false, error: 'other-server' });
    const here = await store.getState().join(`https://rituale.example.de/join/${TEAM.boardId}#${secret}`, 'Wei');
    expect(here.ok).toBe(true);
    expect(await local.get('teams')).toHaveLength(1);
  });

  it('refuses an edit link for a team held read-only unless its key matches, and keeps the membership', async () => {
    const local = webLocalStore(new MemoryStorage(), new EventTarget());
    const store = deps(local);
    const server = 'https://rituale.example.de';
    const editSecret = newBoardSecret(crypto);
    const { readSecret, verifyKeyBytes } = await deriveBoardKeys(crypto, 'edit', editSecret);
    const link = (role: 'edit' | 'read', secret: Bytes, verifyKey: Bytes | null = null, version: 1 | 2 = 2) =>
      formatInvite({ server, boardId: TEAM.boardId, role, version, secret, verifyKey });
    const joined = await store.getState().join(link('read', readSecret, verifyKeyBytes), 'Wei');
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.value.record).toMatchObject({ role: 'read', keyVersion: 2 });
    // A forged "edit" link for the same board: a random secret that does not derive the read secret.
    const forged = await store.getState().join(link('edit', newBoardSecret(crypto)), 'Wei');
    expect(forged).toEqual({ ok: false, error: 'wrong-key' });
    // Nor a read-only link with another public key: it would make this member accept its forgeries.
    const otherKey = (await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto))).verifyKeyBytes;
    expect(await store.getState().join(link('read', readSecret, otherKey), 'Wei')).toEqual({
      ok: false,
      error: 'wrong-key',
    });
    expect(await local.get('teams')).toEqual([joined.value.record]);
    const real = await store.getState().join(link('edit', editSecret), 'Wei');
    expect(real).toMatchObject({ ok: true, value: { existed: true, record: { role: 'edit', keyVersion: 2 } } });
  });

  it('reads a team stored before signatures, and moves it to signatures with the same key', async () => {
    const local = webLocalStore(new MemoryStorage(), new EventTarget());
    const editSecret = newBoardSecret(crypto);
    const { readSecret } = await deriveBoardKeys(crypto, 'edit', editSecret, { version: 1 });
    // A record as the version before signatures stored it: no keyVersion, no verifyKey.
    const old = { ...TEAM, role: 'read', secret: toBase64Url(readSecret) };
    await local.set('teams', [old]);
    const store = deps(local);
    await tick();
    expect(store.getState().teams).toEqual([old]);
    const keys = await recordKeys(crypto, store.getState().teams[0]!);
    expect(keys).toMatchObject({ version: 1, verifyKey: null });
    const { verifyKeyBytes } = await deriveBoardKeys(crypto, 'edit', editSecret);
    const r2 = formatInvite({
      server: TEAM.server,
      boardId: TEAM.boardId,
      role: 'read',
      version: 2,
      secret: readSecret,
      verifyKey: verifyKeyBytes,
    });
    expect(r2).toContain('#r2.');
    const moved = await store.getState().join(r2, 'Wei');
    expect(moved).toMatchObject({
      ok: true,
      value: { record: { keyVersion: 2, verifyKey: toBase64Url(verifyKeyBytes!) } },
    });
  });

  it('refuses invites over plain http for every host but this computer', async () => {
    const store = deps(webLocalStore(new MemoryStorage(), new EventTarget()));
    const secret = `e1.${'A'.repeat(43)}`;
    for (const server of ['http://rituale.example.de', 'http://10.0.0.5:8787', 'http://intranet/rituale']) {
      expect(await store.getState().join(`${server}/join/${TEAM.boardId}#${secret}`, 'Wei'), server).toEqual({
        ok: false,
        error: 'insecure-server',
      });
    }
    for (const server of ['http://127.0.0.1:8787', 'http://localhost:8787', 'https://rituale.example.de']) {
      expect((await store.getState().join(`${server}/join/${TEAM.boardId}#${secret}`, 'Wei')).ok, server).toBe(true);
    }
  });
});
