import type { BoardRoom } from './board/board-room';
import type { CreationLimiter } from './board/creation-limiter';

/** Bindings of the worker (from wrangler.toml). */
export interface Bindings {
  BOARDS: DurableObjectNamespace<BoardRoom>;
  CREATION_LIMITER: DurableObjectNamespace<CreationLimiter>;
}

/** The Hono environment of every route. */
export interface AppEnv {
  Bindings: Bindings;
}
