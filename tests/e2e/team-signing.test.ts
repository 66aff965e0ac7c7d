// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRetro } from '../../extension/features/retro/create-retro';
import { openRetro } from '../../extension/features/retro/open-retro';
import { type OpenTeam, openTeam } from '../../extension/base/open-team';
import { openBoardDb } from '../../extension/lib/board-db';
import type { TeamRecord } from '../../extension/lib/records';
import { createTeamsStore, inviteLinks } from '../../extension/stores/teams-store';
import { toBase64Url } from '../../shared/encoding/base64url';
import { toHex } from '../../shared/encoding/hex';
import { readRetros } from '../../shared/team/model';
import { publishCards } from '../../shared/retro/ops';
import { createBoard } from '../../shared/sync/access';
import { deriveBoardKeys } from '../../shared/sync/crypto';
import { type SelfHostedServer, selfHostedFixture } from '../support/selfhost';
import { until } from '../support/until';

/**
 * Moving a team of version 1 to editor signatures, as an editor does in Team settings, with the
 * extension's own code in Node against the self-hosted server: the team and its retro keep all
 * they held, the old links keep working, and a member who joins with the new read-only link (which
 * carries the editors' public key) reads everything, the retro included.
 */
const fixture = selfHostedFixture();
const opened = fixture.opened;
let server: SelfHostedServer;
beforeAll(() => {
  ({ server } = fixture);
});

const SETTINGS = {
  title: 'Retro Oktober',
  goal: '',
  format: 'start-stop-continue' as const,
  columns: [],
  anonymous: false,
  checkin: '',
  voteLimit: 3,
  cardVoteLimit: null,
};

async function open(record: TeamRecord): Promise<OpenTeam> {
  const team = await openTeam(record, await openBoardDb(new IDBFactory()), () => Date.now());
  opened.push(team);
  await until(() => team.board.session.status().state === 'online', `${record.memberName} online`);
  return team;
}

const member = (fields: Partial<TeamRecord>): TeamRecord => ({
  boardId: '',
  server: server.url,
  role: 'edit',
  secret: '',
  memberId: toHex(crypto.getRandomValues(new Uint8Array(8))),
  memberName: 'Anna',
  teamName: 'Referat Z 5',
  creator: false,
  joinedAt: 1,
  ...fields,
});

describe('moving a team to editor signatures', () => {
  it('keeps everything, keeps the old links working, and gives the new read-only link a key that checks', async () => {
    // A team as the version before signatures made it: links of version 1, records without a version.
    const created = await createBoard(fetch, crypto, server.url, { version: 1 });
    if (!created.ok) throw new Error(created.error);
    const { boardId, secret } = created.value.invite;
    const anna = member({ boardId, secret: toBase64Url(secret), creator: true, memberId: 'a1a1a1a1a1a1a1a1' });
    const annaTeam = await open(anna);
    const db = await openBoardDb(new IDBFactory());
    const made = await createRetro(anna, annaTeam, db, null, SETTINGS);
    if (!made.ok) throw new Error(made.error);
    expect(made.value.verifyKey).toBeUndefined();
    const retro = await openRetro(anna, made.value, db, anna.memberId, 'Anna');
    opened.push(retro);
    await until(() => retro.board.session.status().state === 'online', 'retro online');
    publishCards(retro.board.doc, [{ id: 'c0c0c0c0c0c0c0c0', column: 0, text: 'Mehr Pausen', createdAt: 1 }], {
      memberId: anna.memberId,
    });
    await until(() => retro.board.session.status().pending === 0, 'card stored');
    const oldReadSecret = (await deriveBoardKeys(crypto, 'edit', secret, { version: 1 })).readSecret;
    const olga = await open(member({ boardId, role: 'read', secret: toBase64Url(oldReadSecret), memberName: 'Olga' }));
    await until(() => olga.store.getState().data.name === 'Referat Z 5', 'Olga reads');

    // Anna moves the team in Team settings.
    const steps: string[] = [];
    const moved = await annaTeam.moveToSignatures((done, total) => steps.push(`${done}/${total}`));
    expect(moved).toEqual({ ok: true, value: null });
    expect(steps).toEqual(['0/1', '1/1']);
    const links = readRetros(annaTeam.board.doc);
    expect(links[0]!.verifyKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await until(() => olga.store.getState().data.signs, 'Olga learns that the team signs');

    // Rita joins with the read-only link Anna now hands out: it carries the key.
    const { read } = await inviteLinks({ ...anna, keyVersion: 2 }, crypto);
    expect(read).toContain('#r2.');
    const teams = createTeamsStore({
      writeTeams: () => Promise.resolve(),
      writeActive: () => Promise.resolve(),
      fetch,
      crypto,
      now: () => 2,
    });
    const joined = await teams.getState().join(read, 'Rita');
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.value.record).toMatchObject({ role: 'read', keyVersion: 2 });
    const rita = await open(joined.value.record);
    await until(() => rita.store.getState().data.name === 'Referat Z 5', 'Rita reads the team');
    const ritaRetro = await openRetro(
      joined.value.record,
      readRetros(rita.board.doc)[0]!,
      await openBoardDb(new IDBFactory()),
      'b2b2b2b2b2b2b2b2',
      'Rita',
    );
    opened.push(ritaRetro);
    await until(() => ritaRetro.board.session.status().state === 'online', 'Rita opens the retro');
    await until(
      () => ritaRetro.store.getState().data.cards.some((card) => card.text === 'Mehr Pausen'),
      'Rita reads the retro',
    );

    // Anna's old edit link still opens the team, and her edits reach Rita, signed.
    const again = await open(anna);
    again.rename('Anna M.');
    await until(
      () => rita.store.getState().data.members.some((m) => m.name === 'Anna M.'),
      'an edit after the move reaches Rita',
    );
  });
});
