// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenBoard } from '../../extension/sync/open-board';
import { createBoard } from '../../shared/sync/access';
import { PROTOCOL_VERSION } from '../../shared/version';
import { openNodeBoard } from '../support/node-member';
import { openWireClient } from '../support/wire-client';
import { type SelfHostedServer, generateSelfHosted } from '../support/selfhost';
import { until } from '../support/until';

/**
 * Self-hosting: `npm run selfhost` writes a folder with workerd, the bundled worker, the web app and
 * the configuration; this boots it as an operator would and syncs through it with the extension's
 * own client (Node + fake-indexeddb), across a hard restart.
 */
let server: SelfHostedServer;
let url: string;
const opened: OpenBoard[] = [];

beforeAll(async () => {
  server = await generateSelfHosted([
    '--max-retention-days',
    '30',
    '--accessibility-contact',
    'mailto:barrierefreiheit@behoerde.example',
    '--privacy-notice',
    'https://intranet.behoerde.example/datenschutz/teamrituale',
  ]);
  url = server.url;
  await server.start();
});
afterAll(async () => {
  await Promise.all(opened.map((board) => board.close()));
  await server.dispose();
});

const text = (board: OpenBoard) => board.doc.getText('notes').toJSON();

describe('self-hosted on workerd with the generated configuration', () => {
  it('serves the web app from the disk service, with its CSP', async () => {
    const page = await fetch(`${url}/join/0123456789abcdef0123456789abcdef`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    // The operator's contact for barriers, for the page's "Report a barrier" link.
    expect(html).toContain('<meta name="accessibility-contact" content="mailto:barrierefreiheit@behoerde.example">');
    // And its own privacy notice, which the footer links instead of the built-in one.
    expect(html).toContain(
      '<meta name="privacy-notice" content="https://intranet.behoerde.example/datenschutz/teamrituale">',
    );
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(`${url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses WebSocket compression, which only costs CPU and memory on encrypted frames', async () => {
    const created = await createBoard(fetch, crypto, url);
    if (!created.ok) throw new Error(created.error);
    // Node's WebSocket offers permessage-deflate, as browsers do.
    const client = await openWireClient(url, created.value.invite.boardId, created.value.keys.editToken!);
    expect(client.socket.extensions).toBe('');
    client.send({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: 0 });
    await client.until(() => client.frames.some((frame) => frame.type === 'caughtUp'), 'caught up');
    client.socket.close();
  });

  it('syncs two members, and keeps everything acknowledged through a hard restart', async () => {
    const created = await createBoard(fetch, crypto, url);
    if (!created.ok) throw new Error(created.error);
    const access = { server: url, boardId: created.value.invite.boardId, keys: created.value.keys };
    const member = async () => {
      const board = await openNodeBoard(access);
      opened.push(board);
      return board;
    };
    const [anna, ben] = [await member(), await member()];
    await until(() => anna.health().status.state === 'online' && ben.health().status.state === 'online', 'online');
    anna.doc.getText('notes').insert(0, 'Agenda');
    await until(() => text(ben) === 'Agenda', 'Ben sees Anna');
    for (let i = 0; i < 20; i++) ben.doc.getText('notes').insert(text(ben).length, ` ${i}`);
    anna.doc.getText('notes').insert(0, '# ');
    await until(() => text(anna) === text(ben) && text(anna).endsWith(' 19'), 'converged');
    await until(() => anna.health().status.pending === 0 && ben.health().status.pending === 0, 'acknowledged');
    const converged = text(anna);

    await server.kill();
    await server.start();
    // A member on a new device has only the server's copy.
    const cem = await member();
    await until(() => text(cem) === converged, 'the restarted server has everything');
    // And the members from before reconnect on their own.
    await until(() => ben.health().status.state === 'online', 'Ben back online');
    ben.doc.getText('notes').insert(0, '!');
    await until(() => text(cem) === `!${converged}`, 'live again');
  });

  it('keeps nothing about client addresses on disk', async () => {
    // Two clients behind the reverse proxy, told apart by its header.
    for (const address of ['10.0.0.1', '10.0.0.2']) {
      const response = await fetch(`${url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-Real-IP': address },
        body: JSON.stringify({ editTokenHash: 'A'.repeat(43), readTokenHash: 'B'.repeat(43) }),
      });
      expect(response.status).toBe(201);
      // The operator's cap from the generated configuration.
      expect(await response.json()).toMatchObject({ retentionDays: 30 });
    }
    const files = await readdir(server.data, { recursive: true });
    const limiterFiles = files.filter(
      (file) => file.startsWith('team-rituals-creation-limiter/') && !file.includes('metadata'),
    );
    // One limiter object, named by a constant, however many addresses created boards.
    expect(limiterFiles.filter((file) => file.endsWith('.sqlite'))).toHaveLength(1);
  });

  it('looks up boards from before the directory when upgrading a data folder that has them', async () => {
    const generate = async (withOldBoards: boolean) => {
      const dir = await mkdtemp(join(tmpdir(), 'team-rituals-upgrade-'));
      const data = join(dir, 'data');
      if (withOldBoards) await mkdir(join(data, 'team-rituals-board-room'), { recursive: true });
      const result = spawnSync(process.execPath, ['scripts/selfhost.ts', '--out', join(dir, 'srv'), '--data', data], {
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      const config = await readFile(join(dir, 'srv', 'config.capnp'), 'utf8');
      await rm(dir, { recursive: true, force: true });
      return config.includes('(name = "LEGACY_BOARD_LOOKUP", text = "on")');
    };
    expect(await generate(true)).toBe(true);
    expect(await generate(false)).toBe(false);
  });
});
