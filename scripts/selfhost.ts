// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// `npm run selfhost -- [options]`: a self-contained folder that runs the sync service and the web
// app on the open-source `workerd`, from the same build as `wrangler dev` and Cloudflare:
//
//   <out>/bin/workerd       the runtime (the version this project pins and tests)
//   <out>/worker/index.js   the worker, bundled by wrangler
//   <out>/web/              the web app (`npm run build:web`)
//   <out>/config.capnp      the workerd configuration; boards live as SQLite files under --data
//
// Options (defaults in brackets):
//   --out <dir>                    where to write the folder [.output/selfhost]
//   --root <dir>                   where the folder will live when it runs [the absolute --out]
//   --data <dir>                   the boards' storage, must be writable [<root>/data]
//   --listen <host:port>           the HTTP socket, behind a TLS reverse proxy [127.0.0.1:8788]
//   --client-address-header <name> the proxy's header with the client address [X-Real-IP]
//   --jurisdiction eu              mark new boards as EU boards (informational off Cloudflare)
//   --max-retention-days <n>       erase boards after at most n days without a write [client's, at most 365]
//   --creation-budget <n>          boards the whole server creates per hour at most [300]
//   --accessibility-contact <url>  where people report barriers (mailto: or https://); the web app links to it
//   --privacy-notice <url>         the operator's own privacy notice (https://); linked instead of the built-in one
//   --legacy-board-lookup          find boards made before the board directory (Dec. 2026) on first access
//                                  [on by itself if --data holds boards but no directory yet]
//
// Then: <out>/bin/workerd serve <out>/config.capnp   (docs/self-hosting.md has the whole setup)
import { spawnSync } from 'node:child_process';
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '.output/selfhost' },
    root: { type: 'string' },
    data: { type: 'string' },
    listen: { type: 'string', default: '127.0.0.1:8788' },
    'client-address-header': { type: 'string', default: 'X-Real-IP' },
    jurisdiction: { type: 'string' },
    'max-retention-days': { type: 'string' },
    'creation-budget': { type: 'string' },
    'legacy-board-lookup': { type: 'boolean', default: false },
    'accessibility-contact': { type: 'string' },
    'privacy-notice': { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`selfhost: ${message}`);
  process.exit(1);
}

const out = resolve(values.out);
const root = values.root ?? out;
const data = values.data ?? join(root, 'data');
// Upgrading a server whose boards predate the board directory: they are not listed yet, so they are
// looked up once each until the operator turns this off again (docs/self-hosting.md, "Upgrading").
const unlistedBoards =
  existsSync(join(data, 'team-rituals-board-room')) && !existsSync(join(data, 'team-rituals-board-directory'));
const legacyLookup = values['legacy-board-lookup'] || unlistedBoards;
if (!/^[\w.[\]:-]+:\d{1,5}$/.test(values.listen)) fail(`--listen must be host:port, not ${values.listen}`);
if (!/^[A-Za-z][\w-]*$/.test(values['client-address-header'])) fail('--client-address-header must be a header name');
if (values.jurisdiction !== undefined && values.jurisdiction !== 'eu') fail('--jurisdiction can only be eu');
const maxRetention = values['max-retention-days'];
if (maxRetention !== undefined && !/^[1-9]\d{0,3}$/.test(maxRetention)) fail('--max-retention-days must be 1–3650');
const budget = values['creation-budget'];
if (budget !== undefined && !/^[1-9]\d{0,6}$/.test(budget)) fail('--creation-budget must be a positive number');
const contact = values['accessibility-contact'];
if (contact !== undefined && !/^(mailto:[^\s"\\@/]+@[^\s"\\@/]+|https:\/\/[^\s"\\]+)$/.test(contact))
  fail('--accessibility-contact must be a mailto: address or an https:// page');
const notice = values['privacy-notice'];
if (notice !== undefined && !/^https:\/\/[^\s"\\]+$/.test(notice)) fail('--privacy-notice must be an https:// page');
for (const path of [root, data]) if (/["\\\n]/.test(path)) fail(`paths may not contain quotes or backslashes: ${path}`);

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed`);
};

if (!existsSync('.output/web/index.html')) run('npx', ['vite', 'build', '-c', 'vite.web.config.ts']);
await rm(out, { recursive: true, force: true });
await mkdir(join(out, 'bin'), { recursive: true });
run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', join(out, 'worker')]);
await rm(join(out, 'worker', 'README.md'), { force: true });
await cp('.output/web', join(out, 'web'), { recursive: true });
await copyFile(resolve('node_modules/workerd/bin/workerd'), join(out, 'bin', 'workerd'));

// The same runtime settings as wrangler.toml.
const wrangler = await readFile('wrangler.toml', 'utf8');
const compatibilityDate = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(wrangler)?.[1] ?? fail('no compatibility_date');
const compatibilityFlags = [
  ...(/^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(wrangler)?.[1] ?? '').matchAll(/"([\w-]+)"/g),
]
  .map((match) => `"${match[1]}"`)
  .join(', ');

const text = (name: string, value: string) => `    (name = "${name}", text = "${value}"),\n`;
await writeFile(
  join(out, 'config.capnp'),
  `# Generated by scripts/selfhost.ts; regenerate instead of editing.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .syncWorker),
    (name = "web-app", disk = (path = "${join(root, 'web')}", writable = false)),
    (name = "board-storage", disk = (path = "${data}", writable = true)),
  ],
  sockets = [(name = "http", address = "${values.listen}", http = (), service = "main")],
);

const syncWorker :Workerd.Worker = (
  modules = [(name = "index.js", esModule = embed "worker/index.js")],
  compatibilityDate = "${compatibilityDate}",
  compatibilityFlags = [${compatibilityFlags}],
  bindings = [
    (name = "BOARDS", durableObjectNamespace = "BoardRoom"),
    (name = "CREATION_LIMITER", durableObjectNamespace = "CreationLimiter"),
    (name = "BOARD_DIRECTORY", durableObjectNamespace = "BoardDirectory"),
    (name = "ASSETS", service = "web-app"),
${text('CLIENT_ADDRESS_HEADER', values['client-address-header'])}${values.jurisdiction ? text('BOARD_JURISDICTION', values.jurisdiction) : ''}${maxRetention ? text('MAX_RETENTION_DAYS', maxRetention) : ''}${budget ? text('CREATION_BUDGET_PER_HOUR', budget) : ''}${legacyLookup ? text('LEGACY_BOARD_LOOKUP', 'on') : ''}${contact ? text('ACCESSIBILITY_CONTACT', contact) : ''}${notice ? text('PRIVACY_NOTICE', notice) : ''}  ],
  # The keys name the stored objects: changing them orphans every board.
  durableObjectNamespaces = [
    (className = "BoardRoom", uniqueKey = "team-rituals-board-room", enableSql = true),
    (className = "CreationLimiter", uniqueKey = "team-rituals-creation-limiter", enableSql = true),
    (className = "BoardDirectory", uniqueKey = "team-rituals-board-directory", enableSql = true),
  ],
  durableObjectStorage = (localDisk = "board-storage"),
);
`,
);

if (unlistedBoards && !values['legacy-board-lookup']) {
  console.log(`
Note: ${data} holds boards from before the board directory, so they are looked up on first
access (LEGACY_BOARD_LOOKUP). When you build the folder again, pass --legacy-board-lookup until the
retention period (365 days unless you set more) has passed (docs/self-hosting.md, "Upgrading").`);
}
console.log(`
Self-hosting folder written to ${out}
  boards are stored under  ${data}   (create it; the service's user must be able to write it)
  listening on             http://${values.listen}   (put a TLS reverse proxy in front)
Run:  ${join(root, 'bin', 'workerd')} serve ${join(root, 'config.capnp')}
`);
