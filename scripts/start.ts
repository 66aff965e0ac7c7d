// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// `npm start`: builds the extension for Chrome and Firefox and the web app, then runs the local
// sync server, which also serves the web app.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const PORT = process.env.PORT ?? '8787';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
run('npx', ['vite', 'build', '-c', 'vite.web.config.ts']);

console.log(`
────────────────────────────────────────────────────────────────────────
 Team Rituals is built. Load the extension:

 Chrome / Chromium / Edge
   1. open chrome://extensions and switch on "Developer mode"
   2. "Load unpacked" → choose ${resolve('.output/chrome-mv3')}

 Firefox
   1. open about:debugging#/runtime/this-firefox
   2. "Load Temporary Add-on…" → choose ${resolve('.output/firefox-mv2/manifest.json')}

 The local sync server starts now on http://127.0.0.1:${PORT}
 (health check: http://127.0.0.1:${PORT}/health). Stop it with Ctrl+C.
${PORT === '8787' ? '' : ` New teams use the server set in the extension's Settings: set it to http://127.0.0.1:${PORT}.\n`}
 Then: toolbar icon → "Today's stand-up" opens the side panel. Create a team there and share
 its invite link (Invite tab) with a second browser profile to try syncing.

 Without the extension: the web app is at http://127.0.0.1:${PORT}/ and opens every invite link
 of this server (a browser with the extension offers the choice).
────────────────────────────────────────────────────────────────────────
`);

const server = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', PORT], {
  stdio: 'inherit',
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
