// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type ReadPolicy, readPolicy } from '../../shared/policy';
import type { BrowserApi } from './browser-api';

/**
 * The organisation's policy from `storage.managed`. Firefox refuses the read when no policy names
 * the extension, Chrome answers `{}`: both mean no policy.
 */
export async function readManaged(browser: BrowserApi): Promise<ReadPolicy> {
  try {
    return readPolicy(await browser.storage.managed.get());
  } catch {
    return readPolicy({});
  }
}

/** Calls `onChange` with the new policy whenever the browser reports one (Chrome and Edge do, live). */
export function watchManaged(browser: BrowserApi, onChange: (policy: ReadPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManaged(browser).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
