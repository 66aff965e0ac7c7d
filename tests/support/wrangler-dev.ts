// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DevServer {
  url: string;
  process: ChildProcess;
  /** Where the Durable Objects' SQLite files are (a fresh folder unless `persistTo` named one). */
  state: string;
  /** Everything wrangler dev and workerd printed: the server's log. */
  log: () => string;
  stop: () => Promise<void>;
  kill: () => Promise<void>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Polls `<url>/health` until it answers (true), the process has exited (false) or time is up
 * (false).
 */
export async function waitForHealth(url: string, exited: () => boolean, timeoutMs: number, everyMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited()) {
    const up = await fetch(`${url}/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (up) return true;
    await new Promise((done) => setTimeout(done, everyMs));
  }
  return false;
}

/**
 * Starts the real worker (or another config's, e.g. the benchmarks' peer) under `wrangler dev`
 * (workerd) on loopback and waits until /health answers. Its state lives in a fresh folder that
 * `stop` removes, unless `persistTo` names one to keep across restarts.
 */
export async function startWranglerDev(
  options: {
    persistTo?: string;
    config?: string;
    /** Another checkout to run in (the repository's own by default). */
    cwd?: string;
    /** Start it as a newcomer does, with `npm run dev:worker`, rather than `npx wrangler dev`. */
    npmScript?: boolean;
    /** Worker variables, as an operator sets them (`--var NAME:value`). */
    vars?: Record<string, string>;
  } = {},
): Promise<DevServer> {
  const port = await freePort();
  const args = [
    ...(options.npmScript ? ['npm', 'run', 'dev:worker', '--'] : ['npx', 'wrangler', 'dev']),
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    '0',
    '--show-interactive-dev-session=false',
  ];
  const state = options.persistTo ?? (await mkdtemp(join(tmpdir(), 'team-rituals-dev-')));
  args.push('--persist-to', state);
  if (options.config) args.push('--config', options.config);
  for (const [name, value] of Object.entries(options.vars ?? {})) args.push('--var', `${name}:${value}`);
  const child = spawn(args[0]!, args.slice(1), {
    cwd: options.cwd,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const running = () => child.exitCode === null && child.signalCode === null;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is gone already
    }
  };
  const stop = async () => {
    if (running() && child.pid !== undefined) {
      const exited = new Promise((done) => child.once('exit', done));
      signal('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (running()) signal('SIGKILL');
    }
    if (!options.persistTo) await rm(state, { recursive: true, force: true });
  };
  /** Kills the whole server at once, as a crash would: no shutdown, no flush. */
  const kill = async () => {
    const exited = new Promise((done) => child.once('exit', done));
    signal('SIGKILL');
    await exited;
  };
  if (await waitForHealth(url, () => child.exitCode !== null, 60_000, 250)) {
    return { url, process: child, state, log: () => output, stop, kill };
  }
  if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
  await stop();
  throw new Error(`wrangler dev did not answer within 60 s:\n${output}`);
}
