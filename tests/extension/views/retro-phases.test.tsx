// @vitest-environment happy-dom
// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addItem, setFacilitator, updateSettings } from '../../../shared/team/ops';
import { RetroBoard } from '../../../extension/features/retro/retro-board';
import type { RetroLocal } from '../../../extension/features/retro/use-retro-local';
import { RETRO_NOVEMBER, click, elapse, fakeClock, offlineTeam } from './offline-team';

/**
 * The retro board's phases as components: the real team and retro boards (offline), the real
 * local store of drafts and votes (the page's localStorage), real shared operations.
 */
type Team = Awaited<ReturnType<typeof offlineTeam>>;
type Retro = Awaited<ReturnType<Team['retro']>>;
let team: Team;
let retro: Retro;

beforeEach(async () => {
  localStorage.clear();
  team = await offlineTeam({ others: ['Ben'] });
  retro = await team.retro(RETRO_NOVEMBER);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await retro.retro.close();
  await team.close();
});

/** What this device keeps of the retro (drafts, votes). */
const stored = async () => (await team.host.local.get(`retro:${retro.link.boardId}`)) as RetroLocal;
const heading = () => screen.getByRole('heading', { level: 2, name: /^Phase / }).textContent;

/** Renders the board and waits for this device's drafts and votes to load. */
async function openBoard(first = 'Phase 1 of 9: Check-in') {
  render(retro.page(<RetroBoard />));
  await waitFor(() => expect(heading()).toBe(first));
}

/** The facilitator moves on, as from the phase bar. */
async function next(name: string) {
  await click(screen.getByRole('button', { name: `Next: ${name}` }));
  expect(heading()).toMatch(new RegExp(`: ${name}$`));
}

/** Writes a card by keyboard: type, then Enter. */
async function write(column: string, text: string) {
  const field = screen.getByLabelText(`New card for “${column}”`);
  fireEvent.input(field, { target: { value: text } });
  await act(() => {
    fireEvent.keyDown(field, { key: 'Enter' });
  });
}

describe('the retro phases', () => {
  it('reviews the open action items of earlier retros: done leaves the list, drop deletes, keep stays; overdue ones are marked', async () => {
    const doc = team.team.board.doc;
    const ids = ['a1', 'a2', 'a3'].map((id) => id.repeat(8));
    ['Book the room', 'Renew the licence', 'Ask IT early'].forEach((text, index) =>
      expect(
        addItem(doc, {
          id: ids[index]!,
          kind: 'action',
          text,
          now: Date.now(),
          retroId: 'e'.repeat(32),
          owner: 'Ben',
          // The last is overdue; the first is due in the future.
          due: index === 2 ? '2020-01-31' : index === 0 ? '2099-01-31' : undefined,
        }),
      ).toBe(true),
    );
    await openBoard();
    await next('Review');
    const list = () =>
      within(screen.getByRole('region', { name: 'Open action items from earlier retros' }))
        .queryAllByRole('listitem')
        .map((item) => item.querySelector('.item__text')!.textContent);
    expect(list()).toEqual([
      'Book the room · Ben, due 31 Jan 2099',
      'Renew the licence · Ben',
      'Ask IT early · Ben, due 31 Jan 2020overdue',
    ]);
    await click(screen.getByRole('button', { name: 'Done: Book the room' }));
    await click(screen.getByRole('button', { name: 'Drop: Renew the licence' }));
    await click(screen.getByRole('button', { name: 'Keep: Ask IT early' }));
    expect(list()).toEqual(['Ask IT early · Ben, due 31 Jan 2020overduekept']);
    const items = team.team.store.getState().data.items;
    expect(items.find((item) => item.id === ids[0])!.doneAt).not.toBeNull();
    expect(items.some((item) => item.id === ids[1])).toBe(false);
  });

  it('keeps drafts on the device until the reveal, then sends them without a name', async () => {
    await openBoard();
    await next('Review');
    await next('Write');
    await write('Start', 'Ask IT early');
    await write('Stop', 'Late agendas');
    await waitFor(() => expect(screen.getByText('You have written 2 cards.')).toBeTruthy());
    // Nothing of them is on the board yet, only on this device.
    expect(retro.read().cards).toEqual([]);
    expect(JSON.stringify((await stored()).drafts)).toContain('Late agendas');
    // A draft can be taken back before anyone sees it.
    await click(screen.getByRole('button', { name: 'Delete draft: Late agendas' }));
    await waitFor(() => expect(screen.getByText('You have written 1 card.')).toBeTruthy());

    await next('Reveal');
    await waitFor(() => expect(retro.read().cards.map((card) => card.text)).toEqual(['Ask IT early']));
    expect(retro.read().cards[0]!.author).toBeNull();
    expect(screen.getByText('Ask IT early')).toBeTruthy();
    await waitFor(async () => expect((await stored()).drafts).toEqual([]));
  });

  it('counts votes on the device, stops at the limit, and sends one anonymous ballot when voting closes', async () => {
    await openBoard();
    for (const phase of ['Review', 'Write']) await next(phase);
    await write('Start', 'Ask IT early');
    await write('Continue', 'Short stand-ups');
    for (const phase of ['Reveal', 'Group', 'Vote']) await next(phase);
    const left = () => screen.getByTestId('votes-left').textContent;
    expect(left()).toBe('You have 3 of 3 votes left.');

    const vote = screen.getByRole('button', { name: 'Vote for: Ask IT early' });
    for (let i = 0; i < 3; i++) await click(vote);
    await waitFor(() => expect(left()).toBe('You have 0 of 3 votes left.'));
    expect(screen.getByRole('button', { name: 'Vote for: Short stand-ups' })).toHaveProperty('disabled', true);
    // Taking one back frees it.
    await click(screen.getByRole('button', { name: 'Take back a vote from: Ask IT early' }));
    await waitFor(() => expect(left()).toBe('You have 1 of 3 votes left.'));
    await click(screen.getByRole('button', { name: 'Vote for: Short stand-ups' }));
    // Others see no vote while voting runs.
    expect(retro.read().ballots).toEqual([]);

    await next('Discuss');
    await waitFor(() => expect(retro.read().ballots).toHaveLength(1));
    const [ballot] = retro.read().ballots;
    expect(Object.values(ballot!.votes).sort()).toEqual([1, 2]);
    expect(JSON.stringify(ballot)).not.toContain(team.record.memberId);
    expect(screen.getByText('Topic 1 of 2')).toBeTruthy();
  });

  it('groups by the move menu, records action items on the team board, and closes the retro there', async () => {
    await openBoard();
    for (const phase of ['Review', 'Write']) await next(phase);
    await write('Stop', 'VPN drops');
    await write('Stop', 'VPN slow');
    for (const phase of ['Reveal', 'Group']) await next(phase);
    // By keyboard: the card's menu, then "New group"; then the second card into that group.
    await click(screen.getByRole('button', { name: 'Move “VPN drops” to' }));
    await click(screen.getByRole('button', { name: 'New group' }));
    await waitFor(() => expect(retro.read().groups).toHaveLength(1));
    fireEvent.input(screen.getByLabelText('Name of the group'), { target: { value: 'Network' } });
    await act(() => {
      fireEvent.blur(screen.getByLabelText('Name of the group'));
    });
    await waitFor(() => expect(retro.read().groups[0]!.name).toBe('Network'));
    await click(screen.getByRole('button', { name: 'Move “VPN slow” to' }));
    await click(screen.getByRole('button', { name: 'Group: Network' }));
    const groupId = retro.read().groups[0]!.id;
    expect(retro.read().cards.map((card) => card.groupId)).toEqual([groupId, groupId]);

    for (const phase of ['Vote', 'Discuss', 'Action items']) await next(phase);
    fireEvent.input(screen.getByLabelText('Action item'), { target: { value: 'Ask IT about the VPN' } });
    fireEvent.input(screen.getByLabelText('Owner'), { target: { value: 'Ben' } });
    await click(screen.getByRole('button', { name: 'Add action item' }));
    const actions = team.team.store.getState().data.items.filter((item) => item.retroId === retro.link.boardId);
    expect(actions.map((item) => [item.kind, item.text, item.owner])).toEqual([
      ['action', 'Ask IT about the VPN', 'Ben'],
    ]);
    expect(within(screen.getByTestId('retro-actions')).getByText('Ask IT about the VPN')).toBeTruthy();

    await next('Close');
    expect(
      team.team.store.getState().data.retros.find((link) => link.boardId === retro.link.boardId)!.closedAt,
    ).not.toBe(null);
  });

  it('runs a phase timer on the clock, pauses it, and only the facilitator controls it', async () => {
    await openBoard();
    fakeClock();
    const form = screen.getByRole('button', { name: 'Start timer' }).closest('form')!;
    fireEvent.input(within(form).getByLabelText('Minutes'), { target: { value: '2,5' } });
    await click(within(form).getByRole('button', { name: 'Start timer' }));
    const timer = () => screen.getByTestId('phase-timer').textContent;
    expect(timer()).toBe('Timer 2:30 left');
    await elapse(60_000);
    expect(timer()).toBe('Timer 1:30 left');

    await click(within(form).getByRole('button', { name: 'Pause' }));
    await elapse(60_000);
    expect(timer()).toBe('Timer 1:30 left · Paused');
    await click(within(form).getByRole('button', { name: 'Resume' }));
    await elapse(100_000);
    expect(timer()).toBe('Timer 0:10 over time');
    expect(screen.getByTestId('phase-timer').className).toContain('countdown--over');
  });

  it('gives a member who may not lead the board without its controls, in German', async () => {
    cleanup();
    await retro.retro.close();
    await team.close();
    team = await offlineTeam({ others: ['Ben'], locale: 'de' });
    retro = await team.retro(RETRO_NOVEMBER);
    await openBoard('Phase 1 von 9: Check-in');
    expect(screen.getByRole('button', { name: 'Weiter: Rückblick' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Timer starten' })).toBeTruthy();
    // The team lets only facilitators lead, and Anna hands the role to Ben: her controls go.
    await act(() => {
      updateSettings(team.team.board.doc, { ...team.team.store.getState().data.settings, advance: 'facilitator' });
      setFacilitator(team.team.board.doc, team.others[0]!.id, true);
      setFacilitator(team.team.board.doc, team.record.memberId, false);
    });
    expect(screen.queryByRole('button', { name: 'Weiter: Rückblick' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Timer starten' })).toBeNull();
  });
});
