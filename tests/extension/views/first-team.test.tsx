// @vitest-environment happy-dom
// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamSpacePage } from '../../../extension/app/team-space-page';
import type { OpenTeam } from '../../../extension/base/open-team';
import { type FirstTeam, openFirstTeam } from '../../../extension/base/use-open-team';
import type { BoardDb } from '../../../extension/lib/board-db';
import { HostContext } from '../../../extension/lib/host';
import { AppStoreContext } from '../../../extension/stores/app-store';
import { TeamsStoreContext, createTeamsStore } from '../../../extension/stores/teams-store';
import { offlineTeam } from './offline-team';

/**
 * The side panel opens the team open last time before its first render (issue #22): the first
 * paint shows the team from its local copy, and the team's screen takes that board instead of
 * opening it again.
 */
afterEach(cleanup);

/** The team space page of `team`'s member, with the board opened before the first render. */
async function sidePanel(options: { joinLink?: string } = {}) {
  const team = await offlineTeam({ name: 'Referat Z 3' });
  const loads: string[] = [];
  const boardDb: Promise<BoardDb> = team.boardDb.then((db) => ({
    ...db,
    load: (boardId: string) => (loads.push(boardId), db.load(boardId)),
  }));
  const close = vi.spyOn(team.team, 'close');
  const release = vi.fn();
  const firstTeam: FirstTeam = {
    take: (boardId) => (boardId === team.record.boardId ? team.team : null),
    release,
  };
  const teams = createTeamsStore({
    writeTeams: () => Promise.resolve(),
    writeActive: () => Promise.resolve(),
    fetch: () => Promise.reject(new Error('offline')),
    crypto,
    now: () => Date.now(),
  });
  teams.setState({ loaded: true, teams: [team.record], active: team.record.boardId });
  const page = render(
    <HostContext.Provider value={team.host}>
      <AppStoreContext.Provider value={team.app}>
        <TeamsStoreContext.Provider value={teams}>
          <TeamSpacePage boardDb={boardDb} firstTeam={firstTeam} joinLink={options.joinLink ?? null} />
        </TeamsStoreContext.Provider>
      </AppStoreContext.Provider>
    </HostContext.Provider>,
  );
  return { team, loads, close, release, page };
}

describe('the team opened before the first render', () => {
  it('is in the first render, is not opened again, and is closed with its screen', async () => {
    const { team, loads, close, release, page } = await sidePanel();
    // The render itself shows the team and its stand-up: no empty frame, nothing awaited.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Referat Z 3');
    expect(screen.getByRole('button', { name: 'Start stand-up' })).toBeTruthy();
    expect(release).toHaveBeenCalledOnce();
    await team.boardDb;
    expect(loads).toEqual([]);
    page.unmount();
    expect(close).toHaveBeenCalledOnce();
  });

  it('is left to be closed when the page shows something else first (an invite link)', async () => {
    const { loads, close, release } = await sidePanel({ joinLink: 'https://rituals.example/join#x' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('Referat Z 3');
    expect(release).toHaveBeenCalledOnce();
    expect(loads).toEqual([]);
    expect(close).not.toHaveBeenCalled();
  });
});

describe('openFirstTeam', () => {
  const record = (boardId: string) => ({ boardId }) as Parameters<Parameters<typeof openFirstTeam>[1]>[0];
  const opened = () => ({ close: vi.fn(() => Promise.resolve()) }) as unknown as OpenTeam & { close: () => void };

  it('gives the team to its own board once; release closes it only if nobody took it', async () => {
    const team = opened();
    const first = await openFirstTeam(Promise.resolve(record('a')), () => Promise.resolve(team));
    expect(first.take('b')).toBeNull();
    expect(first.take('a')).toBe(team);
    expect(first.take('a')).toBeNull();
    first.release();
    expect(team.close).not.toHaveBeenCalled();

    const untaken = opened();
    const other = await openFirstTeam(Promise.resolve(record('a')), () => Promise.resolve(untaken));
    other.release();
    expect(untaken.close).toHaveBeenCalledOnce();
    expect(other.take('a')).toBeNull();
  });

  it('opens nothing without a team, and gives nothing when opening fails', async () => {
    const open = vi.fn(() => Promise.resolve(opened()));
    expect((await openFirstTeam(Promise.resolve(null), open)).take('a')).toBeNull();
    expect(open).not.toHaveBeenCalled();
    const failed = await openFirstTeam(Promise.resolve(record('a')), () => Promise.reject(new Error('no IndexedDB')));
    expect(failed.take('a')).toBeNull();
  });
});
