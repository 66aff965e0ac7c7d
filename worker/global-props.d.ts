// Tells the Workers types what the main module exports, so `exports` from `cloudflare:workers`
// (used by the tests and, later, for loopback calls) is typed.
import type * as MainModule from './index';

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof MainModule;
    }
  }
}
