// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_POLICY, POLICY_KEYS, effectivePreferences, readPolicy, serverAllowed } from '../../shared/policy';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';

const LOCAL = 'http://127.0.0.1:8787';

describe('an organisation’s policy (storage.managed)', () => {
  it('reads every setting of docs/rollout’s example', () => {
    const example = JSON.parse(readFileSync('docs/rollout/chromium-policy.json', 'utf8')) as {
      '3rdparty': { extensions: Record<string, unknown> };
    };
    const [values] = Object.values(example['3rdparty'].extensions);
    const read = readPolicy(values);
    expect(read.problems).toEqual([]);
    expect(read.set.toSorted()).toEqual([...POLICY_KEYS].toSorted());
    expect(read.policy.syncServerLocked).toBe(true);
  });

  it('the schema Chrome checks names exactly the settings the extension reads', () => {
    const schema = JSON.parse(readFileSync('extension/public/managed-schema.json', 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toEqual([...POLICY_KEYS]);
  });

  it('reports a bad value by name and falls back for it alone', () => {
    const read = readPolicy({
      syncServer: 'http://sync.intranet.example', // plain http to another computer
      syncServerLocked: true,
      defaultRetentionDays: 'ninety',
      maxRetentionDays: 60,
      language: 'fr',
      accessibilityContact: 'javascript:alert(1)',
      privacyNotice: 'mailto:datenschutz@behoerde.example', // a notice is a page, not an address
      keepFocusStatistics: 'no',
      allowedServers: ['https://a.example', 'ftp://b.example'],
      sycnServer: 'https://typo.example',
    });
    expect(read.problems.map((problem) => `${problem.key}: ${problem.kind}`).toSorted()).toEqual([
      'accessibilityContact: invalid',
      'allowedServers: invalid',
      'defaultRetentionDays: invalid',
      'keepFocusStatistics: invalid',
      'language: invalid',
      'privacyNotice: invalid',
      'sycnServer: unknown',
      'syncServer: invalid',
      'syncServerLocked: invalid',
    ]);
    // A list keeps its valid entries; a lock without a server is no lock; the rest are defaults.
    expect(read.policy).toEqual({
      syncServerLocked: false,
      allowedServers: ['https://a.example'],
      maxRetentionDays: 60,
      keepFocusStatistics: true,
    });
  });

  it('reads nothing from a policy that is not an object', () => {
    for (const raw of [null, undefined, 'x', 3, ['syncServer']]) expect(readPolicy(raw).policy).toEqual(NO_POLICY);
  });

  it('a default retention above the maximum is refused', () => {
    const read = readPolicy({ defaultRetentionDays: 400, maxRetentionDays: 180 });
    expect(read.problems).toEqual([{ key: 'defaultRetentionDays', kind: 'invalid' }]);
    expect(effectivePreferences(DEFAULT_PREFERENCES, read.policy, LOCAL).retentionDays).toBe(90);
  });

  it('a locked server wins over the member’s; an unlocked one only fills the build’s default', () => {
    const own = { ...DEFAULT_PREFERENCES, server: 'https://mine.example' };
    const locked = readPolicy({ syncServer: 'https://sync.bund.example/', syncServerLocked: true }).policy;
    const unlocked = readPolicy({ syncServer: 'https://sync.bund.example' }).policy;
    expect(effectivePreferences(own, locked, LOCAL).server).toBe('https://sync.bund.example');
    expect(effectivePreferences(own, unlocked, LOCAL).server).toBe('https://mine.example');
    expect(effectivePreferences({ ...own, server: LOCAL }, unlocked, LOCAL).server).toBe('https://sync.bund.example');
    expect(effectivePreferences({ ...own, server: '' }, unlocked, '').server).toBe('https://sync.bund.example');
  });

  it('language and retention: the policy’s language wins, the member’s days are capped by the maximum', () => {
    const policy = readPolicy({ language: 'de', defaultRetentionDays: 30, maxRetentionDays: 60 }).policy;
    expect(effectivePreferences({ ...DEFAULT_PREFERENCES, language: 'en' }, policy, '')).toMatchObject({
      language: 'de',
      retentionDays: 30,
    });
    expect(effectivePreferences({ ...DEFAULT_PREFERENCES, retentionDays: 200 }, policy, '').retentionDays).toBe(60);
    expect(effectivePreferences({ ...DEFAULT_PREFERENCES, retentionDays: 200 }, NO_POLICY, '').retentionDays).toBe(200);
    expect(effectivePreferences(DEFAULT_PREFERENCES, NO_POLICY, '').retentionDays).toBe(90);
  });

  it('allowed servers include the organisation’s own server; no list allows any', () => {
    const policy = readPolicy({
      syncServer: 'https://sync.bund.example',
      allowedServers: ['https://partner.example'],
    }).policy;
    expect(serverAllowed(policy, 'https://sync.bund.example')).toBe(true);
    expect(serverAllowed(policy, 'https://partner.example')).toBe(true);
    expect(serverAllowed(policy, 'https://elsewhere.example')).toBe(false);
    expect(serverAllowed(NO_POLICY, 'https://elsewhere.example')).toBe(true);
  });
});

describe('docs/rollout (German and English) for IT', () => {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const chromium = read('docs/rollout/chromium-policy.json') as {
    '3rdparty': { extensions: Record<string, Record<string, unknown>> };
  };
  const [[id, values]] = Object.entries(chromium['3rdparty'].extensions) as [[string, Record<string, unknown>]];

  /** A value as a .reg file writes it: strings quoted, numbers and booleans as DWORDs. */
  const registryLine = (name: string, value: unknown) =>
    typeof value === 'string'
      ? `"${name}"="${value}"`
      : `"${name}"=dword:${Number(value).toString(16).padStart(8, '0')}`;

  for (const doc of ['docs/rollout.md', 'docs/rollout.en.md']) {
    it(`${doc} shows the very examples the tests write, and the registry form of the same values`, () => {
      const text = readFileSync(doc, 'utf8');
      const json = [...text.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1]!) as unknown);
      expect(json).toEqual([chromium, read('docs/rollout/firefox-policies.json')]);
      const registry = /```reg\n([\s\S]*?)\n```/.exec(text)![1]!;
      const key = `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${id}\\policy`;
      expect(registry).toContain(`${key}]`);
      for (const [name, value] of Object.entries(values)) {
        if (Array.isArray(value)) {
          expect(registry).toContain(`${key}\\${name}]`);
          value.forEach((entry, index) => expect(registry).toContain(registryLine(String(index + 1), entry)));
        } else {
          expect(registry).toContain(registryLine(name, value));
        }
      }
    });
  }
});
