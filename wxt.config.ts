// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { ChunkingContext } from 'rolldown';
import { defineConfig } from 'wxt';
import { TOGGLE_COMMAND } from './extension/features/focus/commands';
import { privacyNotice } from './scripts/privacy-notice.ts';

/** The mode of store packages: no development leftovers (extension/lib/build-mode.ts). */
const STORE_MODE = 'store';

// Gecko id for the Firefox build; AMO requires a stable one.
const GECKO_ID = 'team-rituals@team-rituals.example';

/**
 * The public key that fixes the Chrome extension ID to `kmngpgelollnhkfefceablfoldkclkgm`, so that
 * policies can name it (docs/rollout.md). Its private key signs the project's own CRX packages and
 * is not in the repository. The Chrome Web Store refuses a `key`: store packages leave it out.
 */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7Qb1OeK/JjSkxhJZehObpMvCFGRhNXQT5rZYpYZps7ryMcMB7QDPuRufy5SX5y2JRuZsvKwEsom0UlxgY5xIzxcE+qt3BDJXScnwcIO3dZzfTAOJdymLXfUqQWfvcREuxyXFTzUeH2l6GNcXc82Ut1wqrbWPZn/kEDwXtVJMDLACdMcYsW3W6SKZK7ASuCBwmq4ns78R3KqnE3Zxst/ipyEiJWLPjbLLG96otuB/i3gUKI9vSMi2dlpX05DFS8UxKddAbTlqlNmupb2eu9Vxu4HrGMfjIKrXqpnLMtGj7CV8+xzTHzTfsySsk40WBz1EQ0NfT5PLK6mS1z7DdG2nawIDAQAB';

const page = (name: string) => resolve(`extension/entrypoints/${name}/index.html`);
const POPUP = page('popup');
/** The pages that load all of what they share with the popup anyway. */
const WITH_POPUP = new Set([POPUP, page('options'), page('sidepanel'), page('retro')]);

/**
 * The code the popup shares with the other pages, in one chunk (`popup-base`), not in the several
 * that Rolldown's splitting by sets of importers makes: the popup opens dozens of times a day, and
 * each module is one more fetch before its first paint (issue #22, docs/benchmarks.md). Only code
 * that no small page (offscreen document, privacy notice) imports, so none of them loads more.
 */
function popupChunk(id: string, context: ChunkingContext): string | null {
  // The pages (and lazily loaded chunks) whose code this module is.
  const roots = new Set<string>();
  const seen = new Set<string>();
  const climb = (module: string) => {
    if (seen.has(module)) return;
    seen.add(module);
    const importers = context.getModuleInfo(module)?.importers ?? [];
    if (importers.length === 0) roots.add(module);
    importers.forEach(climb);
  };
  climb(id);
  const shared = roots.has(POPUP) && roots.size > 1 && [...roots].every((root) => WITH_POPUP.has(root));
  return shared ? 'popup-base' : null;
}

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  // Explicit imports everywhere: ESLint and tsc see every dependency.
  imports: false,
  vite: () => ({
    plugins: [preact(), privacyNotice()],
    // Extension pages run in browsers that know `modulepreload`: no polyfill module.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // Only the build of the pages splits code (the background and scripts are single files).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'popup')) return;
      config.build = {
        ...config.build,
        rolldownOptions: {
          ...config.build?.rolldownOptions,
          output: {
            ...config.build?.rolldownOptions?.output,
            // Not what those modules import from the small pages' code (`wxt/browser`): it stays
            // where it was, a leaf that imports nothing back, so execution order is kept.
            codeSplitting: { groups: [{ name: popupChunk, includeDependenciesRecursively: false }] },
          },
        },
      };
    },
  },
  manifest: ({ browser, mode }) => ({
    ...(browser !== 'firefox' && mode !== STORE_MODE ? { key: CHROME_KEY } : {}),
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['offscreen', 'sidePanel'])],
    // Development builds: the local sync server, so its invite links are recognised when opened.
    // Store builds (`npm run zip`, mode `store`) have none; every server is asked for when it is
    // set in the options (all ports: match patterns ignore them).
    host_permissions: mode === STORE_MODE ? [] : ['http://127.0.0.1/*', 'http://localhost/*'],
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    commands: {
      [TOGGLE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandToggleFocus__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The oldest ESR still in Debian's main archive, common in agencies.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android knows `data_collection_permissions` only from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // What IT may set by policy; Firefox takes any `3rdparty` values without a schema.
        { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
