// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { PROTOCOL_VERSION, SERVICE_VERSION } from '../../shared/version';
import type { AppEnv } from '../env';
import { methodNotAllowed } from '../errors';

/** Liveness and versions, for monitoring and for clients checking compatibility. */
export const health = new Hono<AppEnv>()
  .get('/', (c) =>
    c.json({ status: 'ok', service: 'team-rituals-sync', version: SERVICE_VERSION, protocolVersion: PROTOCOL_VERSION }),
  )
  .all('/', () => methodNotAllowed(['GET', 'HEAD']));
