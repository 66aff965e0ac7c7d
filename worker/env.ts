import type { BoardRoom } from './board/board-room';
import type { CreationLimiter } from './board/creation-limiter';

/** Bindings of the worker (from wrangler.toml). */
export interface Bindings {
  BOARDS: DurableObjectNamespace<BoardRoom>;
  CREATION_LIMITER: DurableObjectNamespace<CreationLimiter>;
  /** The built web app (`.output/web`); absent where only the sync service runs. */
  ASSETS?: Fetcher;
  /** Header carrying the client's address behind a reverse proxy (self-hosting); else `CF-Connecting-IP`. */
  CLIENT_ADDRESS_HEADER?: string;
  /** `eu`: every new board lives in the EU jurisdiction, whatever the client asks for. */
  BOARD_JURISDICTION?: string;
  /** Cap on the days an inactive board is kept, whatever the client asks for (default: none). */
  MAX_RETENTION_DAYS?: string;
}

/** The Hono environment of every route. */
export interface AppEnv {
  Bindings: Bindings;
}
