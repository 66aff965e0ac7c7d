// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type ICruiseResult, cruise } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import rules from '../../.dependency-cruiser.mjs';

/**
 * The dependency rules of `npm run lint:deps` fire: each forbidden import, planted in a small tree
 * laid out like the repository, is reported by its rule, and the allowed ones are not.
 */
const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** Cruises a tree of files (path → source) with the project's rules; returns "rule: from → to" lines. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'dep-rules-'));
  roots.push(root);
  for (const [path, source] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), source);
  }
  await writeFile(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true } }));
  const folders = [...new Set(Object.keys(files).map((path) => path.split('/')[0]!))];
  const result = await cruise(folders, {
    ...rules.options,
    baseDir: root,
    tsConfig: { fileName: join(root, 'tsconfig.json') },
    ruleSet: { forbidden: rules.forbidden },
    validate: true,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((found) => `${found.rule.name}: ${found.from} → ${found.to}`).sort();
}

describe('dependency rules', () => {
  it('let every floor import the floors below it', async () => {
    expect(
      await violations({
        'extension/lib/ids.ts': 'export const id = 1;',
        'extension/stores/app.ts': "import { id } from '../lib/ids'; export const app = id;",
        'extension/components/field.tsx': "import { app } from '../stores/app'; export const field = app;",
        'extension/sync/board.ts': "import { field } from '../components/field'; export const board = field;",
        'extension/base/team.ts': "import { board } from '../sync/board'; export const team = board;",
        'extension/features/standup/view.tsx': "import { team } from '../../base/team'; export const view = team;",
        'extension/app/page.tsx': "import { view } from '../features/standup/view'; export const page = view;",
        'extension/entrypoints/sidepanel/main.tsx': "import { page } from '../../app/page'; export default page;",
        'extension/web/main.tsx': "import { page } from '../app/page'; export default page;",
      }),
    ).toEqual([]);
  });

  it('report a feature that imports another feature', async () => {
    expect(
      await violations({
        'extension/features/standup/runner.tsx': 'export const Countdown = 1;',
        'extension/features/checkin/round.tsx':
          "import { Countdown } from '../standup/runner'; export const r = Countdown;",
      }),
    ).toEqual(['no-feature-to-feature: extension/features/checkin/round.tsx → extension/features/standup/runner.tsx']);
  });

  it('report an import from a lower floor upwards', async () => {
    expect(
      await violations({
        'extension/features/sync/open-board.ts': 'export const open = 1;',
        'extension/stores/board-store.ts': "import { open } from '../features/sync/open-board'; export const s = open;",
        'extension/base/team.ts': "import { page } from '../app/page'; export const team = page;",
        'extension/app/page.tsx': 'export const page = 1;',
      }),
    ).toEqual([
      'no-upward-import-from-base: extension/base/team.ts → extension/app/page.tsx',
      'no-upward-import-from-stores: extension/stores/board-store.ts → extension/features/sync/open-board.ts',
    ]);
  });

  it('report circles, in the worker only when they run', async () => {
    const found = await violations({
      'extension/lib/a.ts': "import { b } from './b'; export const a = () => b;",
      'extension/lib/b.ts': "import type { a } from './a'; export const b: typeof a | null = null;",
      'worker/env.ts': "import type { Room } from './room'; export interface Env { room: Room }",
      'worker/room.ts': "import type { Env } from './env'; export class Room { env?: Env }",
      'worker/c.ts': "import { d } from './d'; export const c = () => d;",
      'worker/d.ts': "import { c } from './c'; export const d = () => c;",
    });
    expect(found).toContain('no-circular: extension/lib/a.ts → extension/lib/b.ts');
    expect(found).toContain('no-circular-at-run-time: worker/c.ts → worker/d.ts');
    expect(found.filter((line) => line.includes('worker/env.ts') || line.includes('worker/room.ts'))).toEqual([]);
  });

  it('report one page importing another', async () => {
    expect(
      await violations({
        'extension/entrypoints/popup/app.tsx': 'export const App = 1;',
        'extension/entrypoints/options/main.tsx': "import { App } from '../popup/app'; export default App;",
      }),
    ).toEqual([
      'no-entrypoint-to-entrypoint: extension/entrypoints/options/main.tsx → extension/entrypoints/popup/app.tsx',
    ]);
  });

  it('report a test that imports a benchmark, not a benchmark that uses tests/support', async () => {
    expect(
      await violations({
        'bench/stats.ts': 'export const median = 1;',
        'bench/main.ts': "import { until } from '../tests/support/until'; export const run = until;",
        'tests/support/until.ts': 'export const until = 1;',
        'tests/e2e/crash.test.ts': "import { median } from '../../bench/stats'; export const m = median;",
      }),
    ).toEqual(['no-test-to-bench: tests/e2e/crash.test.ts → bench/stats.ts']);
  });
});
