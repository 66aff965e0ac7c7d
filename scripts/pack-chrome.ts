// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// `npm run pack:chrome -- --key <agency.pem> --url <https://…/extension>`: the Chrome/Edge package
// for agencies that host the extension themselves instead of installing it from a store
// (docs/rollout.md, "Selbst bereitstellen"). From the store build of `npm run zip` it writes:
//
//   <out>/team-rituals-<version>.crx   the extension, signed with the agency's key by Chromium
//   <out>/updates.xml                  the update manifest that ExtensionSettings' update_url names
//
// and prints the extension ID, which follows from the key. Options (defaults in brackets):
//   --key <file>        the agency's private key (PEM; `openssl genrsa -out agency.pem 2048`), kept safe
//   --url <base URL>    where <out> will be served, without a trailing slash
//   --out <dir>         [.output/chrome-selfhosted]
//   --chromium <path>   the Chromium that packs [/usr/bin/chromium]
import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Chrome's extension ID of a public key: the first 128 bits of its SHA-256, written with a–p. */
export function extensionId(spki: Uint8Array): string {
  const hex = createHash('sha256').update(spki).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function fail(message: string): never {
  console.error(`pack:chrome: ${message}`);
  process.exit(1);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');

async function main() {
  const { values } = parseArgs({
    options: {
      key: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string', default: '.output/chrome-selfhosted' },
      chromium: { type: 'string', default: '/usr/bin/chromium' },
    },
  });
  if (!values.key || !existsSync(values.key)) fail('--key must name the agency’s private key (PEM)');
  if (!values.url || !/^https?:\/\/[^\s'<>&]+$/.test(values.url)) fail('--url must be the address <out> is served at');
  const store = resolve('.output/chrome-mv3-store');
  if (!existsSync(join(store, 'manifest.json'))) fail('no store build: run `npm run zip` first');

  const key = resolve(values.key);
  let spki: Uint8Array;
  try {
    spki = createPublicKey(await readFile(key)).export({ type: 'spki', format: 'der' });
  } catch {
    fail(`${values.key} is not a private key in PEM form`);
  }
  const id = extensionId(spki);
  const { version } = JSON.parse(await readFile(join(store, 'manifest.json'), 'utf8')) as { version: string };
  const out = resolve(values.out);
  const name = `team-rituals-${version}`;
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  // Chromium writes <dir>.crx beside the folder it packs.
  await cp(store, join(out, name), { recursive: true });
  const packed = spawnSync(
    values.chromium,
    ['--headless', '--no-sandbox', `--pack-extension=${join(out, name)}`, `--pack-extension-key=${key}`],
    { encoding: 'utf8' },
  );
  await rm(join(out, name), { recursive: true, force: true });
  if (!existsSync(join(out, `${name}.crx`))) fail(`Chromium did not pack the extension: ${packed.stderr}`);
  const base = values.url.replace(/\/+$/, '');
  await writeFile(
    join(out, 'updates.xml'),
    `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'>
    <updatecheck codebase='${escapeXml(`${base}/${name}.crx`)}' version='${escapeXml(version)}' />
  </app>
</gupdate>
`,
  );
  console.log(`Extension ID: ${id}\nServe ${out} at ${base}/ and name ${base}/updates.xml as update_url.`);
}

if (import.meta.main) await main();
