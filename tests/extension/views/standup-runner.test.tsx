// @vitest-environment happy-dom
// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStandup } from '../../../shared/team/standup';
import { setMark } from '../../../shared/team/standup-ops';
import { StandupView } from '../../../extension/features/standup/standup-view';
import { click, elapse, fakeClock, offlineTeam } from './offline-team';

/**
 * The stand-up tab as a component: the real team board (offline), real shared operations and
 * real projections, with this page's clock under fake timers, so countdowns and announcements
 * are checked second by second without waiting for them.
 */
type Team = Awaited<ReturnType<typeof offlineTeam>>;
let team: Team;

beforeEach(async () => {
  team = await offlineTeam({ others: ['Ben', 'Cem'] });
  fakeClock();
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await team.close();
});

const countdown = (id: string) => screen.getByTestId(id).textContent;
const speaker = () => screen.getByTestId('current-speaker').textContent;
const announced = () => screen.getByRole('status').textContent;
const nameOf = (id: string) => (id === team.record.memberId ? 'Anna' : team.others.find((o) => o.id === id)!.name);
const order = () => readStandup(team.team.board.doc)!.order.map(nameOf);

/** Starts the stand-up from the form: Anna is here and chosen; Ben and Cem are ticked by hand. */
async function start() {
  render(team.page(<StandupView />));
  const form = screen.getByRole('group', { name: 'Who takes part (the order is shuffled)' });
  expect(within(form).getByRole('checkbox', { name: /^Anna/ })).toHaveProperty('checked', true);
  expect(within(form).getByRole('checkbox', { name: 'Ben not here' })).toHaveProperty('checked', false);
  fireEvent.click(within(form).getByRole('checkbox', { name: 'Ben not here' }));
  fireEvent.click(within(form).getByRole('checkbox', { name: 'Cem not here' }));
  await click(screen.getByRole('button', { name: 'Start stand-up' }));
}

describe('the stand-up runner', () => {
  it('counts both timeboxes down, then says who is over time, once', async () => {
    await start();
    expect(order()).toHaveLength(3);
    expect(speaker()).toBe(order()[0]);
    expect(countdown('speaker-time')).toBe('Speaker 2:00 left');
    expect(countdown('overall-time')).toBe('Stand-up 15:00 left');
    expect(announced()).toBe(`${order()[0]} speaks now.`);

    await elapse(61_000);
    expect(countdown('speaker-time')).toBe('Speaker 0:59 left');
    expect(countdown('overall-time')).toBe('Stand-up 13:59 left');

    await elapse(61_000);
    expect(countdown('speaker-time')).toBe('Speaker 0:02 over time');
    expect(screen.getByTestId('speaker-time').className).toContain('countdown--over');
    expect(announced()).toBe(`${order()[0]} is over time.`);
    // Said once: a later tick does not repeat it, and the next speaker replaces it.
    await elapse(5_000);
    expect(announced()).toBe(`${order()[0]} is over time.`);
  });

  it('moves on with Next and Back, and a new speaker gets the full time', async () => {
    await start();
    const [first, second, third] = order() as [string, string, string];
    await elapse(30_000);
    await click(screen.getByRole('button', { name: 'Next' }));
    expect(speaker()).toBe(second);
    expect(countdown('speaker-time')).toBe('Speaker 2:00 left');
    expect(countdown('overall-time')).toBe('Stand-up 14:30 left');
    expect(announced()).toBe(`${second} speaks now.`);
    // The queue lists who follows.
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining(third)]);

    await click(screen.getByRole('button', { name: 'Back' }));
    expect(speaker()).toBe(first);
    expect(screen.getByRole('button', { name: 'Back' })).toHaveProperty('disabled', true);
  });

  it('stops both clocks while paused and goes on where it stood', async () => {
    await start();
    await elapse(10_000);
    await click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText('Paused')).toBeTruthy();
    await elapse(90_000);
    expect(countdown('speaker-time')).toBe('Speaker 1:50 left');
    expect(countdown('overall-time')).toBe('Stand-up 14:50 left');

    await click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.queryByText('Paused')).toBeNull();
    await elapse(20_000);
    expect(countdown('speaker-time')).toBe('Speaker 1:30 left');
  });

  it('skips someone marked absent, and the last Next says everyone spoke', async () => {
    await start();
    const [, second, third] = readStandup(team.team.board.doc)!.order as [string, string, string];
    // Marked by another member: it arrives as a change of the board.
    await act(() => {
      setMark(team.team.board.doc, second, { absent: true, representedBy: null });
    });
    expect(screen.getByText(/\(absent\)/)).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Next' }));
    expect(speaker()).toBe(nameOf(third));
    await click(screen.getByRole('button', { name: 'Next' }));
    expect(speaker()).toBe('Everyone has spoken. Discuss the parking lot, then end the stand-up.');
    expect(screen.queryByTestId('speaker-time')).toBeNull();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('ends for everyone: the runner gives way to the summary', async () => {
    await start();
    await click(screen.getByRole('button', { name: 'End stand-up' }));
    expect(screen.queryByTestId('current-speaker')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Last stand-up' })).toBeTruthy();
    expect(readStandup(team.team.board.doc)!.endedAt).not.toBeNull();
  });

  it('speaks German to a German member', async () => {
    cleanup();
    await team.close();
    vi.useRealTimers();
    team = await offlineTeam({ others: ['Ben'], locale: 'de' });
    fakeClock();
    render(team.page(<StandupView />));
    await click(screen.getByRole('button', { name: 'Stand-up starten' }));
    expect(countdown('speaker-time')).toBe('Redezeit noch 2:00');
    await elapse(125_000);
    expect(countdown('speaker-time')).toBe('Redezeit 0:05 überzogen');
    expect(announced()).toBe('Anna überzieht.');
  });
});
