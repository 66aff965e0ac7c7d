import { afterEach, describe, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { peer, until } from './session-harness';
import { createBoard } from './sync-client';

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
});
