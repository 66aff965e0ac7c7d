// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/preferences';

/**
 * Whether this is a store package (`npm run zip` builds with `--mode store`). Vite replaces the
 * mode at build time, so the development default below is not even in a store package's code.
 * (Typed here because Node-side tests, which import this, do not see Vite's types.)
 */
const STORE_BUILD = (import.meta as ImportMeta & { env: { MODE: string } }).env.MODE === 'store';

/** The sync server a new installation starts with: the local one `npm start` runs, or none. */
export const DEFAULT_SERVER = STORE_BUILD ? '' : 'http://127.0.0.1:8787';

/** A new installation's settings. */
export const INITIAL_PREFERENCES: Preferences = { ...DEFAULT_PREFERENCES, server: DEFAULT_SERVER };
