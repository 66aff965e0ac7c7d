// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/** What each artifact is built from: its entry points, as `npm run build` and wrangler bundle them. */
export const ARTIFACTS = {
  extension: {
    title: 'Team Rituals browser extension',
    entries: [
      'extension/entrypoints/background/index.ts',
      'extension/entrypoints/popup/main.tsx',
      'extension/entrypoints/options/main.tsx',
      'extension/entrypoints/sidepanel/main.tsx',
      'extension/entrypoints/retro/main.tsx',
      'extension/entrypoints/offscreen/main.ts',
    ],
  },
  'web-app': { title: 'Team Rituals web app', entries: ['extension/web/main.tsx', 'extension/web/retro-main.tsx'] },
  worker: { title: 'Team Rituals sync server', entries: ['worker/index.ts'] },
} as const;
export type Artifact = keyof typeof ARTIFACTS;

/**
 * The npm packages whose code ends up in an artifact: bundled the way the build does (Preact for
 * React, JSX through Preact), and read from the bundler's list of inputs. A package that is only
 * a build tool, or that tree-shaking leaves out entirely, is not in it.
 */
export async function shippedPackages(artifact: Artifact): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: [...ARTIFACTS[artifact].entries],
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'unused',
    format: 'esm',
    platform: artifact === 'worker' ? 'neutral' : 'browser',
    mainFields: ['browser', 'module', 'main'],
    conditions: artifact === 'worker' ? ['workerd', 'worker', 'import'] : ['browser', 'import'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    loader: { '.css': 'empty', '.png': 'empty', '.svg': 'empty', '.html': 'empty' },
    external: ['cloudflare:*', 'node:*'],
    define: { 'import.meta.env.FIREFOX': 'false', 'import.meta.env.MODE': '"production"' },
    logLevel: 'silent',
  });
  const packages = new Map<string, string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.slice(input.lastIndexOf('node_modules/')));
    if (!match) continue;
    const root = input.slice(0, input.lastIndexOf('node_modules/')) + `node_modules/${match[1]}`;
    const { name, version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
      name: string;
      version: string;
    };
    packages.set(name, version);
  }
  return packages;
}
