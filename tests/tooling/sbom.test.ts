// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { licenceAllowed, licenceOf } from '../../scripts/sbom/licences';
import { shippedPackages } from '../../scripts/sbom/shipped';

/** `npm run sbom`: which packages ship in which artifact, and the licence check that can fail. */
describe('the SBOM and its licence check', () => {
  it('refuses what is not on the allow-list, and reads an SPDX expression as SPDX means it', () => {
    for (const allowed of ['MIT', '(MIT OR GPL-3.0-only)', 'Apache-2.0 AND BSD-3-Clause', 'MPL-2.0'])
      expect(licenceAllowed(allowed), allowed).toBe(true);
    for (const refused of [
      null,
      '',
      'GPL-3.0-only',
      'MIT AND GPL-2.0-only',
      'SEE LICENSE IN LICENSE.md',
      'AGPL-3.0-or-later',
      'GPL-2.0-only WITH Classpath-exception-2.0',
    ])
      expect(licenceAllowed(refused), String(refused)).toBe(false);
    expect(licenceOf({ licenses: [{ license: { id: 'MIT' } }] })).toBe('MIT');
    expect(licenceOf({ licenses: [{ expression: '(MIT OR Apache-2.0)' }] })).toBe('(MIT OR Apache-2.0)');
    expect(licenceOf({ licenses: [{ license: { id: 'MIT' } }, { license: { id: 'GPL-3.0-only' } }] })).toBe(
      '(MIT) AND (GPL-3.0-only)',
    );
    expect(
      licenceAllowed(licenceOf({ licenses: [{ license: { id: 'MIT' } }, { license: { id: 'GPL-3.0-only' } }] })),
    ).toBe(false);
    expect(licenceOf({})).toBeNull();
  });

  it('lists what the bundles are made of: the relay ships Hono and no Yjs, the pages Preact and Yjs, none a build tool', async () => {
    const [extension, web, worker] = await Promise.all([
      shippedPackages('extension'),
      shippedPackages('web-app'),
      shippedPackages('worker'),
    ]);
    expect([...worker.keys()].sort()).toEqual(['hono', 'valibot']);
    for (const pages of [extension, web]) {
      expect(pages.has('preact') && pages.has('yjs') && pages.has('zustand')).toBe(true);
      expect(pages.has('hono')).toBe(false);
    }
    for (const tool of ['vitest', 'vite', 'esbuild', 'playwright-core', 'typescript'])
      expect([...extension.keys(), ...web.keys(), ...worker.keys()]).not.toContain(tool);
  });
});
