// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The peer on the same runtime as our self-hosted server: its worker bundled by wrangler (as
// `wrangler deploy` would ship it) and served by the pinned workerd directly, without wrangler
// dev's local proxy in front, as `scripts/selfhost.ts` serves ours. Its own settings, as shipped:
// the compatibility date of its wrangler.toml, WebSocket compression on.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, waitForHealth } from '../../tests/support/wrangler-dev';

export interface PeerServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export async function startPeerOnWorkerd(): Promise<PeerServer> {
  const dir = await mkdtemp(join(tmpdir(), 'team-rituals-peer-'));
  const bundled = spawnSync(
    'npx',
    ['wrangler', 'deploy', '--dry-run', '--outdir', join(dir, 'worker'), '--config', 'bench/peer/wrangler.toml'],
    { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
  );
  if (bundled.status !== 0) throw new Error(`bundling the peer failed: ${bundled.stderr}`);
  await mkdir(join(dir, 'data'));
  const settings = await readFile('bench/peer/wrangler.toml', 'utf8');
  const date = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(settings)?.[1];
  if (!date) throw new Error('bench/peer/wrangler.toml has no compatibility_date');
  const port = await freePort();
  await writeFile(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .peer),
    (name = "storage", disk = (path = "${join(dir, 'data')}", writable = true)),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const peer :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker/worker.js")],
  compatibilityDate = "${date}",
  bindings = [(name = "YjsBoard", durableObjectNamespace = "YjsBoard")],
  durableObjectNamespaces = [(className = "YjsBoard", uniqueKey = "bench-peer-yjs-board", enableSql = true)],
  durableObjectStorage = (localDisk = "storage"),
);
`,
  );
  const workerd: ChildProcess = spawn(
    resolve('node_modules/workerd/bin/workerd'),
    ['serve', join(dir, 'config.capnp')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  workerd.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  workerd.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (workerd.exitCode === null && workerd.signalCode === null) {
      const exited = new Promise((done) => workerd.once('exit', done));
      // workerd waits for open connections on SIGTERM; the peer keeps nothing worth waiting for.
      workerd.kill('SIGKILL');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  if (!(await waitForHealth(url, () => workerd.exitCode !== null, 20_000, 50))) {
    await stop();
    throw new Error(`the peer did not start on workerd: ${output}`);
  }
  return { url, pid: workerd.pid!, stop };
}
