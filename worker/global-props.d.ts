// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// Tells the Workers types what the main module exports, so `exports` from `cloudflare:workers`
// (used by the tests and, later, for loopback calls) is typed.
import type { Bindings } from './env';
import type * as MainModule from './index';

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof MainModule;
      durableNamespaces: 'BoardRoom' | 'CreationLimiter';
    }
    // The bindings, as `env` from `cloudflare:workers` sees them. Merging needs an interface.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Env extends Bindings {}
  }
}
