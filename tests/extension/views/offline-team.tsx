// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { IDBFactory } from 'fake-indexeddb';
import { act, fireEvent } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { vi } from 'vitest';
import '../../../shared/i18n/teams-all';
import { toBase64Url } from '../../../shared/encoding/base64url';
import { toHex } from '../../../shared/encoding/hex';
import type { Locale } from '../../../shared/i18n/locale';
import { type RetroSettings, readRetro } from '../../../shared/retro/model';
import { initRetro } from '../../../shared/retro/ops';
import type { SocketLike, SyncSessionDeps } from '../../../shared/sync/session-types';
import type { RetroLink } from '../../../shared/team/model';
import { addRetro, joinTeam } from '../../../shared/team/ops';
import { openTeam } from '../../../extension/base/open-team';
import { TeamContext } from '../../../extension/base/team-context';
import { openRetro } from '../../../extension/features/retro/open-retro';
import { RetroContext } from '../../../extension/features/retro/retro-context';
import { type BoardDb, openBoardDb } from '../../../extension/lib/board-db';
import { HostContext } from '../../../extension/lib/host';
import type { TeamRecord } from '../../../extension/lib/records';
import { AppStoreContext, createAppStore } from '../../../extension/stores/app-store';
import { webLocalStore } from '../../../extension/web/web-local-store';
import { INITIAL_PREFERENCES } from '../../../extension/lib/build-mode';

/** An anonymous start-stop-continue retro, as most tests hold it. */
export const RETRO_NOVEMBER: RetroSettings = {
  title: 'Retro November',
  goal: '',
  format: 'start-stop-continue',
  columns: [],
  anonymous: true,
  checkin: '',
  voteLimit: 3,
  cardVoteLimit: null,
};

/** A socket that never opens: the device has no network. */
const silentSocket = (): SocketLike => ({
  binaryType: 'arraybuffer',
  send: () => undefined,
  close: () => undefined,
  addEventListener: () => undefined,
});

/**
 * The session's impure parts on a device without network: the real session, which waits offline
 * and keeps every edit as pending. Timers are the page's, so fake timers drive them too.
 */
export const offlineDeps = (): SyncSessionDeps => ({
  crypto: globalThis.crypto,
  openSocket: silentSocket,
  now: () => Date.now(),
  random: () => Math.random(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  online: () => false,
});

const randomHex = (bytes: number) => toHex(crypto.getRandomValues(new Uint8Array(bytes)));

/**
 * A team as a member's page opens it, without a server: the real `openTeam` (keys, local copy on
 * fake-indexeddb, session, projection store, presence) on a device that is offline. The member
 * created the team and is its facilitator; `others` join the board as the other members.
 */
export async function offlineTeam(options: { name?: string; me?: string; others?: string[]; locale?: Locale } = {}) {
  const db = await openBoardDb(new IDBFactory());
  const record: TeamRecord = {
    boardId: randomHex(16),
    server: 'https://rituals.example',
    role: 'edit',
    secret: toBase64Url(crypto.getRandomValues(new Uint8Array(32))),
    memberId: randomHex(8),
    memberName: options.me ?? 'Anna',
    teamName: options.name ?? 'Referat Z 3',
    creator: true,
    joinedAt: Date.now(),
  };
  const team = await openTeam(record, db, () => Date.now(), offlineDeps());
  const others = (options.others ?? []).map((name) => {
    const id = randomHex(8);
    joinTeam(team.board.doc, id, name, Date.now());
    return { id, name };
  });
  const app = createAppStore({
    sendToBackground: () => Promise.resolve({ ok: false, error: 'failed' }),
    writePreferences: () => Promise.resolve(),
  });
  app.getState().receive({ own: { ...INITIAL_PREFERENCES, language: options.locale ?? 'en' } });
  app.setState({ loaded: true });
  const host = { shell: 'web' as const, local: webLocalStore(localStorage, window) };
  const boardDb: Promise<BoardDb> = Promise.resolve(db);

  /** The page around `view`: host, app store and this team, as the side panel provides them. */
  const page = (view: ComponentChildren) => (
    <HostContext.Provider value={host}>
      <AppStoreContext.Provider value={app}>
        <TeamContext.Provider value={{ record, team, boardDb }}>{view}</TeamContext.Provider>
      </AppStoreContext.Provider>
    </HostContext.Provider>
  );

  /** A retro of this team, created and listed as `createRetro` does, without a server. */
  const retro = async (settings: RetroSettings) => {
    const nonce = randomHex(16);
    const link: RetroLink = {
      boardId: randomHex(16),
      title: settings.title,
      nonce,
      readSecret: toBase64Url(crypto.getRandomValues(new Uint8Array(32))),
      createdAt: Date.now(),
      closedAt: null,
    };
    addRetro(team.board.doc, link);
    const opened = await openRetro(record, link, db, record.memberId, record.memberName, offlineDeps());
    initRetro(opened.board.doc, settings, Date.now());
    return {
      retro: opened,
      link,
      read: () => readRetro(opened.board.doc),
      /** The retro page around `view`, inside this team's page. */
      page: (view: ComponentChildren) =>
        page(<RetroContext.Provider value={{ record, team, retro: opened, link }}>{view}</RetroContext.Provider>),
    };
  };

  return {
    record,
    team,
    others,
    app,
    host,
    boardDb,
    page,
    retro,
    close: () => team.close(),
  };
}

/** Clicks, and lets the renders it causes settle. */
export const click = (element: Element) =>
  act(() => {
    fireEvent.click(element);
  });

/** Moves the page's fake clock on, running the timers due and the renders they cause. */
export const elapse = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

/** Fakes this page's clock and timers only; fake-indexeddb keeps its own (setImmediate) scheduling. */
export const fakeClock = () =>
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
