// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { concatBytes } from '../../shared/encoding/bytes';
import { type BoardKeys, deriveBoardKeys, sealPayload } from '../../shared/sync/crypto';
import { sealEnvelope } from '../../shared/sync/envelope';
import { boardSigns, markBoardSigned } from '../../shared/sync/signed-board';
import { until } from '../support/until';
import { peer } from './session-harness';
import { catchUp, connect, createBoard, editBoardStorage, messageId } from './sync-client';

/**
 * "Only editors can change content, even with the operator's help" (docs/security.md): Mallory
 * holds the read-only link, so she has the content key, and the server's operator helps her: he
 * lets her write as if she were an editor and puts her payloads straight into the board's log and
 * snapshot. Members who check signatures never apply any of it; a member of version 1 cannot
 * check, as the docs say.
 */
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const FORGED = 'Mallory war hier';
const notes = (doc: Y.Doc) => doc.getText('notes').toJSON();

/** A Yjs update that writes the forged text, as Mallory's own client would make it. */
function forgedUpdate() {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, FORGED);
  return new Uint8Array(Y.encodeStateAsUpdate(doc));
}

/** Every payload Mallory can seal with what her link gives her. */
async function forgeries(reader: BoardKeys, boardId: string, kind: 'update' | 'snapshot') {
  const update = forgedUpdate();
  return [
    await sealPayload(crypto, reader.contentKey, boardId, kind, update, 1),
    await sealEnvelope(crypto, reader, boardId, kind, update, true),
    await sealPayload(
      crypto,
      reader.contentKey,
      boardId,
      kind,
      concatBytes(Uint8Array.of(1), new Uint8Array(64).fill(3), update),
      2,
    ),
  ];
}

async function members() {
  const { boardId, keys: editor } = await createBoard();
  const reader = await deriveBoardKeys(crypto, 'read', editor.readSecret, { verifyKey: editor.verifyKeyBytes });
  const oldReader = await deriveBoardKeys(crypto, 'read', editor.readSecret, { version: 1 });
  const open = (keys: BoardKeys) => {
    const member = peer(boardId, keys);
    cleanups.push(() => member.session.stop());
    return member;
  };
  return { boardId, editor, reader, oldReader, open };
}

describe('editor signatures against a read-only holder helped by the operator', () => {
  it('keeps forged updates out of every member who checks, live and on joining', async () => {
    const { boardId, editor, reader, oldReader, open } = await members();
    const anna = open(editor);
    const rita = open(reader);
    const olga = open(oldReader);
    await until(() => [anna, rita, olga].every((m) => m.session.status().state === 'online'));
    anna.doc.getText('notes').insert(0, 'Agenda');
    await until(() => notes(rita.doc) === 'Agenda');

    // The operator lets Mallory write as an editor would: her frames are stored and broadcast.
    const mallory = await connect(boardId, editor.editToken!);
    await catchUp(mallory);
    let n = 100;
    for (const payload of await forgeries(reader, boardId, 'update')) {
      mallory.send({ type: 'update', messageId: messageId(n++), payload });
      await mallory.next();
    }
    // And writes a forged snapshot straight into storage, for everyone who joins later.
    const [forgedSnapshot] = await forgeries(reader, boardId, 'snapshot');
    await editBoardStorage(boardId, (sql) => {
      const head = sql.exec('SELECT head_seq FROM board').one().head_seq as number;
      sql.exec('INSERT INTO snapshot VALUES (0, ?)', forgedSnapshot!);
      sql.exec('UPDATE board SET snapshot_seq = ?', head);
    });

    // Anna writes after the forgeries: once a member has that, it has handled them too.
    anna.doc.getText('notes').insert(6, '!');
    await until(() => notes(rita.doc) === 'Agenda!' && notes(olga.doc).includes('!'));
    expect(notes(anna.doc)).toBe('Agenda!');
    // A member of version 1 has no key to check with: it is fooled (docs/security.md says so).
    expect(notes(olga.doc)).toContain(FORGED);

    for (const keys of [editor, reader]) {
      const late = open(keys);
      await until(() => late.session.status().state === 'online');
      await late.session.settled();
      expect(notes(late.doc)).not.toContain(FORGED);
    }
  });

  it('does not let read-only presence claim to be a member', async () => {
    const { boardId, editor, reader } = await members();
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({ memberId: 'a1a1a1a1a1a1a1a1', name: 'Anna' });
    const { session } = peer(boardId, editor, { awareness });
    cleanups.push(() => session.stop());
    // A read-only member's client, modified to claim Anna's member id.
    const mallory = await connect(boardId, reader.readToken);
    await catchUp(mallory);
    const forged = new Awareness(new Y.Doc());
    forged.setLocalState({ memberId: 'a1a1a1a1a1a1a1a1', name: 'Anna' });
    forged.setLocalState({ memberId: 'a1a1a1a1a1a1a1a1', name: 'Anna' });
    const update = new Uint8Array(encodeAwarenessUpdate(forged, [forged.clientID]));
    mallory.send({ type: 'presence', payload: await sealEnvelope(crypto, reader, boardId, 'presence', update, true) });
    await until(() => awareness.getStates().has(forged.clientID));
    expect(awareness.getStates().get(forged.clientID)).toEqual({ name: 'Anna', readOnly: true });
  });

  it('moves a board of version 1 to signatures: what it held reaches readers who check', async () => {
    const { boardId, secret } = await createBoard();
    const v1Editor = await deriveBoardKeys(crypto, 'edit', secret, { version: 1 });
    const v1Reader = await deriveBoardKeys(crypto, 'read', v1Editor.readSecret, { version: 1 });
    const v2Reader = await deriveBoardKeys(crypto, 'read', v1Editor.readSecret, { verifyKey: v1Editor.verifyKeyBytes });
    const open = (keys: BoardKeys) => {
      const member = peer(boardId, keys);
      cleanups.push(() => member.session.stop());
      return member;
    };
    const anna = open(v1Editor);
    const ben = open(v1Editor);
    const olga = open(v1Reader);
    await until(() => [anna, ben, olga].every((m) => m.session.status().state === 'online'));
    anna.doc.getText('notes').insert(0, 'Vor dem Umzug');
    await until(() => notes(ben.doc) === 'Vor dem Umzug' && notes(olga.doc) === 'Vor dem Umzug');

    // Anna moves the board; her session re-sends everything signed and compacts it.
    markBoardSigned(anna.doc);
    await until(() => boardSigns(ben.doc) && !anna.session.busy() && anna.session.status().pending === 0);
    const rita = open(v2Reader);
    await until(() => notes(rita.doc) === 'Vor dem Umzug' && boardSigns(rita.doc));
    // Ben, with a link of version 1, signs since he saw the mark: his edit reaches Rita.
    ben.doc.getText('notes').insert(0, '> ');
    await until(() => notes(rita.doc) === '> Vor dem Umzug');
    // And a reader of version 1 still reads along.
    await until(() => notes(olga.doc) === '> Vor dem Umzug');
    // The log the move left holds no unsigned content: a reader who checks, joining now, has it all.
    const late = open(v2Reader);
    await until(() => notes(late.doc) === '> Vor dem Umzug');
  });
});
