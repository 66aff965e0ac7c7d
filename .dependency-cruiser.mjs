// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// Dependency direction inside the extension (docs/architecture.md, "The map"), checked by
// `npm run lint:deps` and verified to fire by tests/tooling/dependency-rules.test.ts.

/** The extension's floors, lowest first: a folder may import its own floor and those below it. */
export const FLOORS = ['lib', 'stores', 'components', 'sync', 'base', 'features', 'app', '(entrypoints|web)'];

const floorRules = FLOORS.slice(0, -1).map((floor, index) => ({
  name: `no-upward-import-from-${floor.replace(/\W/g, '')}`,
  comment: `extension/${floor}/ may import only the floors below it: ${FLOORS.slice(0, index).join(', ') || 'none'}.`,
  severity: 'error',
  from: { path: `^extension/${floor}/` },
  to: { path: `^extension/(${FLOORS.slice(index + 1).join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules never import each other in a circle, not even for types.',
      severity: 'error',
      from: { path: '^(extension|shared)/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-at-run-time',
      comment:
        "The worker's typed bindings (worker/env.ts) name its Durable Object classes; only type imports may close a circle.",
      severity: 'error',
      from: { path: '^worker/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-feature-to-feature',
      comment: 'A feature imports the base, sync, components, stores and lib, never another feature.',
      severity: 'error',
      from: { path: '^extension/features/([^/]+)/' },
      to: { path: '^extension/features/', pathNot: '^extension/features/$1/' },
    },
    {
      name: 'no-entrypoint-to-entrypoint',
      comment: 'Pages share code through app/ and below, never through another page.',
      severity: 'error',
      from: { path: '^extension/(entrypoints/[^/]+|web)/' },
      to: { path: '^extension/(entrypoints|web)/', pathNot: '^extension/$1/' },
    },
    {
      name: 'no-test-to-bench',
      comment: 'Benchmarks may use tests/support; tests never import a benchmark.',
      severity: 'error',
      from: { path: '^tests/' },
      to: { path: '^bench/' },
    },
    ...floorRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
