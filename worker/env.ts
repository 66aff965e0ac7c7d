/** Bindings of the worker (from wrangler.toml). Durable Objects join here with the sync service. */
export type Bindings = Record<string, never>;

/** The Hono environment of every route. */
export interface AppEnv {
  Bindings: Bindings;
}
