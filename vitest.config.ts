// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The four test layers of the architecture brief, run together by `npm test`. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          include: ['tests/shared/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins: [WxtVitest()],
        // The stores' zustand hooks, as in the build (@preact/preset-vite aliases the same).
        resolve: { alias: { react: 'preact/compat' } },
        test: {
          name: 'extension',
          // Bundled by Vite, not loaded by Node, so that the alias above applies to zustand.
          server: { deps: { inline: ['zustand'] } },
          include: ['tests/extension/**/*.test.ts', 'tests/extension/**/*.test.tsx'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['tests/worker/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        // Node-side members use the extension's stores, whose zustand hooks need the alias too.
        resolve: { alias: { react: 'preact/compat' } },
        test: {
          name: 'e2e',
          server: { deps: { inline: ['zustand'] } },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Browser tests run after the other layers, not beside them, on a 2-core machine.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A poll waits for a state, not for a time: vitest's 1 s default is a guess about speed
          // that a loaded machine breaks (a synced phase change took longer in a loaded CI run).
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
