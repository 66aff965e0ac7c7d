// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode } from '../shared/api/errors';

/** An expected failure with its status and code; thrown by handlers, shaped once in onError. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  headers: Record<string, string> = {},
) {
  const body: ApiErrorBody = { error: { code, message } };
  return c.json(body, status, headers);
}

/** Turns anything thrown into the one error shape; a 500 never shows internals. */
export function handleError(error: Error, c: Context) {
  if (error instanceof ApiError) return errorResponse(c, error.status, error.code, error.message, error.headers);
  if (error instanceof HTTPException && error.status < 500) {
    return errorResponse(c, error.status, 'bad_request', error.message || 'Bad request');
  }
  // Log the error's kind and message only: requests may carry nothing that identifies a person.
  console.error(`internal error: ${error.name}: ${error.message}`);
  return errorResponse(c, 500, 'internal', 'Internal server error');
}

export function handleNotFound(c: Context) {
  return errorResponse(c, 404, 'not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}`);
}

/** A 405 for a known path requested with a method it does not support. */
export function methodNotAllowed(allowed: readonly string[]): never {
  throw new ApiError(405, 'method_not_allowed', `Allowed methods: ${allowed.join(', ')}`, {
    Allow: allowed.join(', '),
  });
}
