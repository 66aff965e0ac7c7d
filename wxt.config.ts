// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import preact from '@preact/preset-vite';
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

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  // Explicit imports everywhere: ESLint and tsc see every dependency.
  imports: false,
  vite: () => ({ plugins: [preact(), privacyNotice()] }),
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
