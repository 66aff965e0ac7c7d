// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { latency, spread } from '../support/stats';
import type { BoardAccess, OpenBoard } from '../../extension/sync/open-board';
import { createBoard } from '../../shared/sync/access';
import { openNodeBoard } from '../support/node-member';
import { recordFigures, scaled, seedFor, seededRandom } from '../support/reliability';
import { type SelfHostedServer, selfHostedFixture } from '../support/selfhost';
import { until } from '../support/until';

/**
 * Crash rounds: three members edit a board through the self-hosted server, which is killed hard
 * (SIGKILL) at a random moment and started again on the same disk, over and over. After every
 * restart, everything any member had seen acknowledged is on the server; at the end all members
 * converge and nobody's edit is lost. The members are the extension's own client (Node, real
 * WebSocket and WebCrypto, fake-indexeddb for the local copy); reconnects use its backoff with full
 * jitter, whose spread this measures.
 */
const ROUNDS = scaled(10, 100);
const MEMBERS = ['anna', 'ben', 'cem'];
/** Each member edits about this often: together below the per-connection rate limit. */
const EDIT_EVERY_MS = 70;

const fixture = selfHostedFixture();
const boards = fixture.opened;
let server: SelfHostedServer;
beforeAll(() => {
  ({ server } = fixture);
});

const itemsOf = (doc: Y.Doc) => doc.getArray<string>('items').toArray();
/** What the server has confirmed to this member: its acknowledged and received edits. */
function confirmedItems(board: OpenBoard): string[] {
  const view = new Y.Doc();
  Y.applyUpdate(view, board.session.confirmed().state);
  return itemsOf(view);
}

async function join(access: BoardAccess): Promise<OpenBoard> {
  const board = await openNodeBoard(access);
  boards.push(board);
  return board;
}

/** A member on a new device: only the server's copy. */
async function serverCopy(access: BoardAccess): Promise<string[]> {
  const reader = await join(access);
  await until(() => reader.health().status.state === 'online', 'a fresh member caught up', 30_000);
  const items = itemsOf(reader.doc);
  boards.splice(boards.indexOf(reader), 1);
  await reader.close();
  return items;
}

describe('hard kills of the server during a session of three members', () => {
  it(
    `keeps every acknowledged edit and converges after ${ROUNDS} crashes`,
    async () => {
      const random = seededRandom(seedFor('crash'));
      const created = await createBoard(fetch, crypto, server.url);
      if (!created.ok) throw new Error(created.error);
      const access = { server: server.url, boardId: created.value.invite.boardId, keys: created.value.keys };
      const members = await Promise.all(MEMBERS.map(() => join(access)));
      await until(() => members.every((m) => m.health().status.state === 'online'), 'all online');

      // Every member edits on its own clock, also while the server is down.
      const written = MEMBERS.map(() => 0);
      let editing = true;
      const edit = (index: number) => {
        if (!editing) return;
        members[index]!.doc.getArray<string>('items').push([`${MEMBERS[index]}:${written[index]!++}`]);
        setTimeout(() => edit(index), EDIT_EVERY_MS * (0.5 + random()));
      };
      MEMBERS.forEach((_, index) => edit(index));

      const reconnectAfterMs: number[] = [];
      const spreadMs: number[] = [];
      const downMs: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await new Promise((resolve) => setTimeout(resolve, 300 + random() * 1200));
        await server.kill();
        const killedAt = Date.now();
        await until(
          () => members.every((m) => m.health().status.state !== 'online'),
          `round ${round}: members noticed`,
        );
        await Promise.all(members.map((m) => m.session.settled()));
        const acknowledged = new Set(members.flatMap(confirmedItems));

        await new Promise((resolve) => setTimeout(resolve, random() * 500));
        await server.start();
        const upAt = Date.now();
        downMs.push(upAt - killedAt);
        const online: number[] = [];
        const offs = members.map((m, index) =>
          m.onHealth((health) => {
            if (health.status.state === 'online' && online[index] === undefined) online[index] = Date.now();
          }),
        );

        const stored = new Set(await serverCopy(access));
        const missing = [...acknowledged].filter((item) => !stored.has(item));
        expect(missing, `round ${round}: acknowledged but gone after the restart`).toEqual([]);

        await until(
          () => members.every((m, index) => online[index] !== undefined || m.health().status.state === 'online'),
          `round ${round}: members back`,
          60_000,
        );
        offs.forEach((off) => off());
        // A member already back before the listener was attached counts from the restart.
        const times = members.map((_, index) => (online[index] ?? upAt) - upAt);
        reconnectAfterMs.push(...times);
        spreadMs.push(Math.max(...times) - Math.min(...times));
      }

      editing = false;
      await until(
        () => members.every((m) => m.health().status.state === 'online' && m.health().status.pending === 0),
        'everything confirmed',
        60_000,
      );
      const expected = MEMBERS.flatMap((name, index) =>
        Array.from({ length: written[index]! }, (_, n) => `${name}:${n}`),
      ).sort();
      await until(() => members.every((m) => itemsOf(m.doc).length === expected.length), 'members converged', 30_000);
      const first = itemsOf(members[0]!.doc);
      for (const member of members) expect(itemsOf(member.doc)).toEqual(first);
      // Nothing lost, nothing doubled, and the server's copy is the same.
      expect([...first].sort()).toEqual(expected);
      expect(await serverCopy(access)).toEqual(first);

      await recordFigures('crash', {
        rounds: ROUNDS,
        members: MEMBERS.length,
        edits: expected.length,
        serverDownMs: spread(downMs),
        reconnectAfterRestartMs: latency(reconnectAfterMs),
        reconnectSpreadPerRoundMs: spread(spreadMs),
      });
    },
    ROUNDS * 20_000 + 60_000,
  );
});
