// @vitest-environment happy-dom
// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamSpacePage } from '../../../extension/app/team-space-page';
import { type FirstTeam, openActiveTeam } from '../../../extension/base/use-open-team';
import { RetroPage } from '../../../extension/features/retro/retro-page';
import { firstBoard, openFirstBoard } from '../../../extension/sync/first-board';
import { publishCards, setPhase } from '../../../shared/retro/ops';
import type { BoardDb } from '../../../extension/lib/board-db';
import { HostContext } from '../../../extension/lib/host';
import { AppStoreContext } from '../../../extension/stores/app-store';
import { TeamsStoreContext, createTeamsStore } from '../../../extension/stores/teams-store';
import { RETRO_NOVEMBER, offlineTeam } from './offline-team';

/**
 * Pages open the boards they show first before their first render (issue #22): the side panel the
 * team open last time, a retro page its team and retro. The first paint shows them from their
 * local copies, and their views take those boards instead of opening them again.
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
  const page = renderTeamSpace(team, boardDb, firstTeam, options.joinLink ?? null);
  return { team, loads, close, release, page };
}

/** The team list of `team`'s member, read, with that team open last. */
function teamsOf(team: Awaited<ReturnType<typeof offlineTeam>>) {
  const teams = createTeamsStore({
    writeTeams: () => Promise.resolve(),
    writeActive: () => Promise.resolve(),
    fetch: () => Promise.reject(new Error('offline')),
    crypto,
    now: () => Date.now(),
  });
  teams.setState({ loaded: true, teams: [team.record], active: team.record.boardId });
  return teams;
}

function renderTeamSpace(
  team: Awaited<ReturnType<typeof offlineTeam>>,
  boardDb: Promise<BoardDb>,
  firstTeam: FirstTeam,
  joinLink: string | null,
) {
  return render(
    <HostContext.Provider value={team.host}>
      <AppStoreContext.Provider value={team.app}>
        <TeamsStoreContext.Provider value={teamsOf(team)}>
          <TeamSpacePage boardDb={boardDb} firstTeam={firstTeam} joinLink={joinLink} />
        </TeamsStoreContext.Provider>
      </AppStoreContext.Provider>
    </HostContext.Provider>,
  );
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

describe('a board that cannot be opened before the first render', () => {
  it('is left to its view, which says why (IndexedDB disabled by policy)', async () => {
    const team = await offlineTeam({ name: 'Referat Z 3' });
    const unavailable = Promise.reject(new Error('IndexedDB is disabled'));
    unavailable.catch(() => undefined);
    const firstTeam = await openActiveTeam(teamsOf(team), unavailable);
    expect(firstTeam.take(team.record.boardId)).toBeNull();
    renderTeamSpace(team, unavailable, firstTeam, null);
    expect(await screen.findByText('This team cannot be opened in this browser', { exact: false })).toBeTruthy();
    await team.close();
  });
});

describe('a retro page with its boards opened before the first render', () => {
  it('shows the board with its cards in the first render, and opens neither board again', async () => {
    const team = await offlineTeam({ name: 'Referat Z 3' });
    const { retro, link } = await team.retro(RETRO_NOVEMBER);
    publishCards(
      retro.board.doc,
      [{ id: 'c'.repeat(16), column: 0, text: 'The printer queue', createdAt: Date.now() }],
      {
        memberId: 'someone',
      },
    );
    setPhase(retro.board.doc, 'group', Date.now(), null);
    const loads: string[] = [];
    const boardDb: Promise<BoardDb> = team.boardDb.then((db) => ({
      ...db,
      load: (boardId: string) => (loads.push(boardId), db.load(boardId)),
    }));
    const closeRetro = vi.spyOn(retro, 'close');
    const page = render(
      <HostContext.Provider value={team.host}>
        <AppStoreContext.Provider value={team.app}>
          <RetroPage
            record={team.record}
            firstTeam={firstBoard(team.record.boardId, team.team)}
            firstRetro={firstBoard(link.boardId, retro)}
            storedLocal={{ raw: undefined }}
            retroId={link.boardId}
            boardDb={boardDb}
          />
        </AppStoreContext.Provider>
      </HostContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Retro November');
    expect(screen.getByText('The printer queue')).toBeTruthy();
    await team.boardDb;
    expect(loads).toEqual([]);
    page.unmount();
    expect(closeRetro).toHaveBeenCalledOnce();
  });
});

describe('firstBoard', () => {
  const opened = () => ({ close: vi.fn(() => Promise.resolve()) });

  it('gives the board to its own view once; release closes it only if nobody took it', async () => {
    const board = opened();
    const first = await openFirstBoard('a', () => Promise.resolve(board));
    expect(first.take('b')).toBeNull();
    expect(first.take(undefined)).toBeNull();
    expect(first.take('a')).toBe(board);
    expect(first.take('a')).toBeNull();
    first.release();
    expect(board.close).not.toHaveBeenCalled();

    const untaken = opened();
    const other = firstBoard('a', untaken);
    other.release();
    expect(untaken.close).toHaveBeenCalledOnce();
    expect(other.take('a')).toBeNull();
  });

  it('gives nothing when opening fails', async () => {
    const failed = await openFirstBoard('a', () => Promise.reject(new Error('no IndexedDB')));
    expect(failed.take('a')).toBeNull();
    expect(firstBoard('a', null).take('a')).toBeNull();
  });
});
