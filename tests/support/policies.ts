// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Policy files as IT writes them, from the examples in docs/rollout/. Installing the extension by
 * policy (`ExtensionSettings`) needs a store or an update server, which a test machine has not:
 * the tests load the build themselves and take the rest of each example as it is.
 */

/** Where Debian's Chromium reads machine policies; every JSON file there is merged. */
export const CHROMIUM_POLICY_FILE = '/etc/chromium/policies/managed/team-rituals-test.json';
/** Where Firefox on Linux reads machine policies, whatever its installation folder. */
export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

type Values = Record<string, unknown>;

/** The example's policy file for Chromium; `values` replaces the extension's settings if given. */
export async function chromiumPolicy(values?: Values): Promise<string> {
  const example = JSON.parse(await readFile('docs/rollout/chromium-policy.json', 'utf8')) as {
    ExtensionSettings?: unknown;
    '3rdparty': { extensions: Record<string, Values> };
  };
  delete example.ExtensionSettings;
  if (values) for (const id of Object.keys(example['3rdparty'].extensions)) example['3rdparty'].extensions[id] = values;
  return JSON.stringify(example, null, 2);
}

/** The example's policies.json for Firefox; `values` replaces the extension's settings if given. */
export async function firefoxPolicy(values?: Values): Promise<string> {
  const example = JSON.parse(await readFile('docs/rollout/firefox-policies.json', 'utf8')) as {
    policies: { ExtensionSettings?: unknown; '3rdparty': { Extensions: Record<string, Values> } };
  };
  delete example.policies.ExtensionSettings;
  if (values) {
    for (const id of Object.keys(example.policies['3rdparty'].Extensions)) {
      example.policies['3rdparty'].Extensions[id] = values;
    }
  }
  return JSON.stringify(example, null, 2);
}

/** The settings the examples set for the extension (the same in both). */
export async function exampleValues(): Promise<Values> {
  const example = JSON.parse(await chromiumPolicy()) as { '3rdparty': { extensions: Record<string, Values> } };
  return Object.values(example['3rdparty'].extensions)[0]!;
}

/** Writes a machine policy file (as root, as IT's tools do). */
export async function writePolicy(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, content);
}

export const removePolicy = (file: string) => rm(file, { force: true });
