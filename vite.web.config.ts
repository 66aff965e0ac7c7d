// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { privacyNotice } from './scripts/privacy-notice.ts';

/**
 * The web app: the extension's team views in a second shell (`extension/web`), served by the sync
 * worker as static assets. Everything is a file of its own under `/assets/` (nothing inlined), so
 * the worker's Content-Security-Policy can stay at `'self'`.
 */
export default defineConfig({
  root: resolve('extension/web'),
  base: '/',
  publicDir: false,
  plugins: [preact(), privacyNotice()],
  build: {
    outDir: resolve('.output/web'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: resolve('extension/web/index.html'),
        retro: resolve('extension/web/retro.html'),
        privacy: resolve('extension/web/privacy.html'),
      },
    },
  },
});
