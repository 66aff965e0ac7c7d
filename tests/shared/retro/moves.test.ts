// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type RetroSettings, readRetro } from '../../../shared/retro/model';
import { goToPhase, publishWaiting } from '../../../shared/retro/moves';
import { createGroup, initRetro, setPhase } from '../../../shared/retro/ops';
import { readRetros } from '../../../shared/team/model';
import { addRetro } from '../../../shared/team/ops';

const SETTINGS: RetroSettings = {
  title: 'Retro',
  goal: '',
  format: 'mistakes',
  columns: [],
  anonymous: true,
  checkin: '',
  voteLimit: 3,
  cardVoteLimit: null,
};
const T0 = 1_800_000_000_000;
const RETRO_ID = 'b'.repeat(32);

function boards() {
  const retro = new Y.Doc();
  initRetro(retro, SETTINGS, T0);
  const team = new Y.Doc();
  addRetro(team, {
    boardId: RETRO_ID,
    title: 'Retro',
    nonce: 'c'.repeat(32),
    readSecret: 'd'.repeat(43),
    createdAt: T0,
    closedAt: null,
  });
  return { retro, team };
}

const waiting = () => ({
  drafts: [{ id: '1'.repeat(16), column: 0, text: 'A card', createdAt: T0 }],
  votes: { [`${'1'.repeat(16)}`]: 2 },
  ballotId: 'e'.repeat(32),
  ballotPublished: false,
});
const me = (now: number) => ({ memberId: 'a'.repeat(16), now, newClientId: () => 4242 });

describe('retro moves', () => {
  it('moving to "close" closes the retro on the team board too; other phases leave it open', () => {
    const { retro, team } = boards();
    goToPhase(retro, team, RETRO_ID, 'actions', T0 + 1);
    expect(readRetro(retro).phase).toBe('actions');
    expect(readRetros(team)[0]!.closedAt).toBeNull();
    goToPhase(retro, team, RETRO_ID, 'close', T0 + 2);
    expect(readRetro(retro).phase).toBe('close');
    expect(readRetros(team)[0]!.closedAt).toBe(T0 + 2);
  });

  it('keeps drafts and votes on the device until the retro allows them out, then sends each once', () => {
    const { retro } = boards();
    const context = (phase: 'write' | 'reveal' | 'vote' | 'discuss') => {
      setPhase(retro, phase, T0, null);
      const view = readRetro(retro);
      return { phase, anonymous: view.settings.anonymous, votingClosed: view.votingClosed };
    };
    expect(publishWaiting(retro, waiting(), context('write'), me(T0))).toEqual({ cards: false, ballot: false });
    expect(readRetro(retro).cards).toEqual([]);

    expect(publishWaiting(retro, waiting(), context('reveal'), me(T0))).toEqual({ cards: true, ballot: false });
    const [card] = readRetro(retro).cards;
    expect(card?.text).toBe('A card');
    // Anonymous: the card does not name its author.
    expect(card?.author).toBeNull();

    const sent = { ...waiting(), drafts: [] };
    expect(publishWaiting(retro, sent, context('vote'), me(T0))).toEqual({ cards: false, ballot: false });
    expect(publishWaiting(retro, sent, context('discuss'), me(T0))).toEqual({ cards: false, ballot: true });
    expect(readRetro(retro).votingClosed).toBe(true);
    expect(publishWaiting(retro, { ...sent, ballotPublished: true }, context('discuss'), me(T0))).toEqual({
      cards: false,
      ballot: false,
    });
  });

  it('sending the same drafts again (a repeat after a reconnect) leaves the cards as the others left them', () => {
    const { retro } = boards();
    setPhase(retro, 'reveal', T0, null);
    const context = { phase: 'reveal' as const, anonymous: true, votingClosed: false };
    publishWaiting(retro, waiting(), context, me(T0));
    // Another member (another device, another Yjs client) groups the card.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(retro));
    createGroup(other, { id: '9'.repeat(16), name: 'Network', column: 0, now: T0 }, ['1'.repeat(16)]);
    Y.applyUpdate(retro, Y.encodeStateAsUpdate(other));
    // The repeat, after the move has arrived.
    publishWaiting(retro, waiting(), context, { ...me(T0), newClientId: () => 4243 });
    expect(readRetro(retro).cards.map((card) => card.groupId)).toEqual(['9'.repeat(16)]);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(retro));
    expect(readRetro(other).cards.map((card) => card.groupId)).toEqual(['9'.repeat(16)]);
  });
});
