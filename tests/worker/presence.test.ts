// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { sealPayload } from '../../shared/sync/crypto';
import { until } from '../support/until';
import { peer } from './session-harness';
import { catchUp, connect, createBoard } from './sync-client';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function member(boardId: string, keys: Awaited<ReturnType<typeof createBoard>>['keys'], name: string) {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalState({ name });
  const { session } = peer(boardId, keys, { awareness });
  cleanups.push(() => {
    session.stop();
    awareness.destroy();
  });
  const names = () => [...awareness.getStates().values()].map((state) => (state as { name: string }).name).sort();
  return { session, awareness, names };
}

describe('presence', () => {
  it('a member joining sees who is here at once, and everyone sees the newcomer', async () => {
    const { boardId, keys } = await createBoard();
    const anna = member(boardId, keys, 'Anna');
    const ben = member(boardId, keys, 'Ben');
    await until(() => anna.names().length === 2 && ben.names().length === 2);
    const cem = member(boardId, { ...keys, role: 'read', editToken: null }, 'Cem');
    await until(() => cem.names().join() === 'Anna,Ben,Cem');
    await until(() => anna.names().join() === 'Anna,Ben,Cem' && ben.names().join() === 'Anna,Ben,Cem');
  });

  it('a change of state reaches the others, and a member who leaves disappears', async () => {
    const { boardId, keys } = await createBoard();
    const anna = member(boardId, keys, 'Anna');
    const ben = member(boardId, keys, 'Ben');
    await until(() => ben.names().length === 2);
    anna.awareness.setLocalStateField('name', 'Anna M.');
    await until(() => ben.names().join() === 'Anna M.,Ben');
    anna.session.stop();
    await until(() => ben.names().join() === 'Ben');
  });

  it("a member cannot speak for another connection's presence, nor take it away by leaving", async () => {
    const { boardId, keys } = await createBoard();
    const anna = member(boardId, keys, 'Anna');
    const ben = member(boardId, keys, 'Ben');
    await until(() => anna.names().join() === 'Anna,Ben');
    // Mallory holds the edit link and a modified client: she announces Ben's awareness id with a
    // state of her own making (a newer clock wins in Yjs awareness), then leaves.
    const mallory = await connect(boardId, keys.editToken!);
    await catchUp(mallory);
    const forged = new Awareness(new Y.Doc());
    forged.clientID = ben.awareness.clientID;
    forged.setLocalState({ name: 'Mallory as Ben' });
    for (let i = 0; i < 50; i++) forged.setLocalState({ name: 'Mallory as Ben' });
    const update = new Uint8Array(encodeAwarenessUpdate(forged, [forged.clientID]));
    mallory.send({
      type: 'presence',
      payload: await sealPayload(crypto, keys.contentKey, boardId, 'presence', update),
    });
    // A frame Mallory sends after it: once Anna has it, she has handled the forgery too.
    forged.clientID = 424242;
    // (A first state of a client id has clock 0, which others skip as not newer: set it twice.)
    forged.setLocalState({ name: 'Mallory' });
    forged.setLocalState({ name: 'Mallory' });
    const own = new Uint8Array(encodeAwarenessUpdate(forged, [forged.clientID]));
    mallory.send({ type: 'presence', payload: await sealPayload(crypto, keys.contentKey, boardId, 'presence', own) });
    await until(() => anna.names().includes('Mallory'));
    expect(anna.names()).toEqual(['Anna', 'Ben', 'Mallory']);
    mallory.socket.close();
    await until(() => !anna.names().includes('Mallory'));
    expect(anna.names()).toEqual(['Anna', 'Ben']);
  });
});
