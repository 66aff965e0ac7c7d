// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freePort, waitForHealth } from './wrangler-dev';

/**
 * The server as an operator runs it: `npm run selfhost` writes a folder with workerd, the bundled
 * worker, the web app and its configuration, and this boots it, kills it hard and boots it again on
 * the same data and port. Boots in well under a second, so tests can crash it many times.
 */
export interface SelfHostedServer {
  url: string;
  folder: string;
  /** The SQLite files of the Durable Objects. */
  data: string;
  start: () => Promise<void>;
  /** Like a power cut: SIGKILL, no shutdown, no flush. */
  kill: () => Promise<void>;
  /** Whether workerd is still the process that `start` launched (it never exited on its own). */
  running: () => boolean;
  /** The running workerd's process id (for its memory and CPU in /proc). */
  pid: () => number | undefined;
  /** Everything workerd wrote to stdout and stderr since the folder was generated: its log. */
  log: () => string;
  dispose: () => Promise<void>;
}

export async function generateSelfHosted(extraArgs: string[] = []): Promise<SelfHostedServer> {
  const dir = await mkdtemp(join(tmpdir(), 'team-rituals-selfhost-'));
  const folder = join(dir, 'srv');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const generated = spawnSync(
    process.execPath,
    ['scripts/selfhost.ts', '--out', folder, '--listen', `127.0.0.1:${port}`, ...extraArgs],
    { encoding: 'utf8' },
  );
  if (generated.status !== 0) throw new Error(`selfhost failed: ${generated.stderr}`);
  const data = join(folder, 'data');
  await mkdir(data);
  let workerd: ChildProcess | null = null;
  let output = '';

  const kill = async () => {
    const current = workerd;
    workerd = null;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill('SIGKILL');
    await exited;
  };

  const start = async () => {
    const current = spawn(join(folder, 'bin', 'workerd'), ['serve', join(folder, 'config.capnp')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    workerd = current;
    const collect = (chunk: Buffer) => (output += chunk.toString());
    current.stdout.on('data', collect);
    current.stderr.on('data', collect);
    if (await waitForHealth(url, () => current.exitCode !== null, 20_000, 25)) return;
    throw new Error(current.exitCode !== null ? `workerd exited: ${output}` : `workerd did not answer: ${output}`);
  };

  return {
    url,
    folder,
    data,
    start,
    kill,
    running: () => workerd !== null && workerd.exitCode === null && workerd.signalCode === null,
    pid: () => workerd?.pid,
    log: () => output,
    async dispose() {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A test file's self-hosted server, started once before its tests, and what its tests opened
 * against it (`opened`, closed first), disposed of after the last test.
 */
export function selfHostedFixture() {
  const fixture = {
    server: undefined as never as SelfHostedServer,
    opened: [] as { close: () => Promise<void> }[],
  };
  beforeAll(async () => {
    fixture.server = await generateSelfHosted();
    await fixture.server.start();
  });
  afterAll(async () => {
    await Promise.all(fixture.opened.map((board) => board.close()));
    await fixture.server?.dispose();
  });
  return fixture;
}
