// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BoardRoom } from './board/board-room';
import type { BoardDirectory } from './board/board-directory';
import type { CreationLimiter } from './board/creation-limiter';

/** Bindings of the worker (from wrangler.toml). */
export interface Bindings {
  BOARDS: DurableObjectNamespace<BoardRoom>;
  CREATION_LIMITER: DurableObjectNamespace<CreationLimiter>;
  BOARD_DIRECTORY: DurableObjectNamespace<BoardDirectory>;
  /** The built web app (`.output/web`); absent where only the sync service runs. */
  ASSETS?: Fetcher;
  /** Header carrying the client's address behind a reverse proxy (self-hosting); else `CF-Connecting-IP`. */
  CLIENT_ADDRESS_HEADER?: string;
  /** `eu`: every new board lives in the EU jurisdiction, whatever the client asks for. */
  BOARD_JURISDICTION?: string;
  /** Cap on the days an inactive board is kept, whatever the client asks for (default 365, at most 3650). */
  MAX_RETENTION_DAYS?: string;
  /** Boards the whole server may create per hour, from all addresses together (default 300). */
  CREATION_BUDGET_PER_HOUR?: string;
  /** `on`: boards created before the board directory existed are found and listed on first access. */
  LEGACY_BOARD_LOOKUP?: string;
  /** Where people report barriers (§ 7 BITV 2.0): a `mailto:` address or an https page; the web app links to it. */
  ACCESSIBILITY_CONTACT?: string;
  /** The operator's own privacy notice (an https page); the web app links to it instead of the built-in one. */
  PRIVACY_NOTICE?: string;
}

/** The Hono environment of every route. */
export interface AppEnv {
  Bindings: Bindings;
}
