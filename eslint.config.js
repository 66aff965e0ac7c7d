// @ts-check
// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FRAMEWORKS_OF_THE_EXTENSION = ['preact', 'preact/*', 'zustand', 'zustand/*', 'wxt', 'wxt/*', '@wxt-dev/*'];
const FRAMEWORKS_OF_THE_WORKER = ['hono', 'hono/*', 'cloudflare:*', '@cloudflare/*'];

/** Dependency direction: extension → shared ← worker, never extension ↔ worker. */
const restrict = (patterns) => ['error', { patterns }];

export default defineConfig(
  { ignores: ['.output/', '.wxt/', '.wrangler/', 'node_modules/', 'bench/results/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.worker.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/extension/**', '**/worker/**'],
          message: 'shared/ imports neither the extension nor the worker.',
        },
        { group: [...FRAMEWORKS_OF_THE_EXTENSION, ...FRAMEWORKS_OF_THE_WORKER], message: 'shared/ is framework-free.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'browser', 'chrome', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in: shared/ is pure.' },
        { object: 'Math', property: 'random', message: 'Pass randomness in: shared/ is pure.' },
      ],
    },
  },
  {
    files: ['extension/**'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/worker/**'], message: 'The extension never imports the worker; share code through shared/.' },
        { group: FRAMEWORKS_OF_THE_WORKER, message: 'Worker frameworks do not belong in the extension.' },
      ]),
    },
  },
  {
    files: ['extension/{components,sync,base}/**', 'extension/features/**/*.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Components get browser APIs through stores.' },
        'chrome',
      ],
      'no-restricted-imports': restrict([
        { group: ['wxt/browser'], message: 'Components never touch browser.* directly; use a store.' },
        { group: ['**/worker/**'], message: 'The extension never imports the worker.' },
      ]),
    },
  },
  {
    // The team views run in the extension and in the web app, where no WebExtension API exists:
    // they reach their host through `HostContext` (lib/host.ts).
    files: [
      'extension/{components,sync,base}/**',
      'extension/features/{team,retro,standup,checkin}/**',
      'extension/app/team-space-page.tsx',
      'extension/web/**',
    ],
    ignores: ['extension/features/team/invite-links.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': restrict([
        {
          group: ['wxt', 'wxt/*', '**/lib/storage', '**/lib/runtime-messages', '**/stores/page-store'],
          message: 'Team views also run in the web app: use HostContext, not the extension.',
        },
        { group: ['**/worker/**'], message: 'The extension never imports the worker.' },
      ]),
    },
  },
  {
    // Service-worker code has no window or document.
    files: ['extension/entrypoints/background/**', 'extension/features/**/*.ts'],
    ignores: ['extension/features/**/use-*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage'] },
  },
  {
    files: ['worker/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/extension/**'], message: 'The worker never imports the extension; share code through shared/.' },
        { group: FRAMEWORKS_OF_THE_EXTENSION, message: 'UI and extension frameworks do not belong in the worker.' },
      ]),
    },
  },
);
