import { Hono } from 'hono';
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from '../../shared/encoding/base64url';
import { hashToken } from '../../shared/sync/crypto';
import { BOARD_ID_PATTERN } from '../../shared/sync/invite';
import { boardStub, newBoardId } from '../board/board-id';
import { CREATION_LIMITER_NAME } from '../board/creation-limiter';
import { BOARD_LIMITS } from '../board/limits';
import type { AppEnv } from '../env';
import { ApiError, methodNotAllowed } from '../errors';

/** The subprotocol a sync client asks for; the token travels as a second one, `token.<base64url>`. */
export const SYNC_SUBPROTOCOL = 'team-rituals.v1';
const MAX_BODY_BYTES = 4096;

const tokenHash = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url SHA-256 hash'));
const CreateBoardSchema = v.object({
  editTokenHash: tokenHash,
  readTokenHash: tokenHash,
  retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)), 90),
  jurisdiction: v.optional(v.picklist(['eu'])),
});

/** The deployment's cap on how long an inactive board is kept (`MAX_RETENTION_DAYS`, 1–3650). */
function maxRetentionDays(env: AppEnv['Bindings']): number {
  const days = Number(env.MAX_RETENTION_DAYS);
  return Number.isInteger(days) && days >= 1 && days <= 3650 ? days : 3650;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new ApiError(400, 'bad_request', `Body larger than ${MAX_BODY_BYTES} bytes`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'bad_request', 'Body must be JSON');
  }
}

function boardIdOf(id: string): string {
  if (!BOARD_ID_PATTERN.test(id))
    throw new ApiError(400, 'bad_request', 'Board id must be 32 lower-case hex characters');
  return id;
}

/** The hash of a presented token; 401 if it is missing or not a token at all. */
async function presentedTokenHash(token: string | undefined): Promise<string> {
  const bytes = token === undefined ? null : fromBase64Url(token);
  if (!bytes || bytes.length !== 32) throw new ApiError(401, 'unauthorized', 'A board access token is required');
  return hashToken(crypto, bytes);
}

const bearerOf = (header: string | undefined) => /^Bearer (\S+)$/.exec(header ?? '')?.[1];

async function roleFor(env: AppEnv['Bindings'], boardId: string, hash: string) {
  const role = await boardStub(env, boardId).roleFor(hash);
  if (role === 'no-board') throw new ApiError(404, 'board_not_found', 'This board was deleted or has expired');
  if (role === null) throw new ApiError(403, 'forbidden', 'This token gives no access to this board');
  if (role === 'revoked') throw new ApiError(403, 'link_revoked', 'The team turned this read-only link off');
  return role;
}

const ReadAccessSchema = v.object({ enabled: v.boolean() });

/** Creating, erasing and connecting to boards. */
export const boards = new Hono<AppEnv>()
  .post('/', async (c) => {
    const parsed = v.safeParse(CreateBoardSchema, await readJson(c.req.raw));
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? 'body';
      throw new ApiError(400, 'bad_request', `${path}: ${issue.message}`);
    }
    // Behind a self-hosted reverse proxy, the proxy's header names the client (see docs/self-hosting.md).
    const address =
      c.req
        .header(c.env.CLIENT_ADDRESS_HEADER || 'CF-Connecting-IP')
        ?.split(',')
        .pop()
        ?.trim() || 'local';
    const addressHash = toBase64Url(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(address))),
    );
    if (!(await c.env.CREATION_LIMITER.getByName(CREATION_LIMITER_NAME).take(addressHash))) {
      throw new ApiError(429, 'rate_limited', 'Too many boards created from this address; try again later', {
        'Retry-After': '360',
      });
    }
    const { editTokenHash, readTokenHash, jurisdiction } = parsed.output;
    const retentionDays = Math.min(parsed.output.retentionDays, maxRetentionDays(c.env));
    const eu = jurisdiction === 'eu' || c.env.BOARD_JURISDICTION === 'eu';
    const boardId = newBoardId(eu);
    if (!(await boardStub(c.env, boardId).create(editTokenHash, readTokenHash, retentionDays))) {
      throw new Error('board id collision');
    }
    return c.json({ boardId, retentionDays, jurisdiction: eu ? 'eu' : null }, 201);
  })
  .all('/', () => methodNotAllowed(['POST']))
  // What a token may do: lets a client tell "no access" or "deleted" from "unreachable" after a
  // refused upgrade, which browsers only report as close code 1006.
  .get('/:id', async (c) => {
    const boardId = boardIdOf(c.req.param('id'));
    const role = await roleFor(c.env, boardId, await presentedTokenHash(bearerOf(c.req.header('Authorization'))));
    return c.json({ role }, 200, { 'Cache-Control': 'no-store' });
  })
  .delete('/:id', async (c) => {
    const boardId = boardIdOf(c.req.param('id'));
    const role = await roleFor(c.env, boardId, await presentedTokenHash(bearerOf(c.req.header('Authorization'))));
    if (role !== 'edit') throw new ApiError(403, 'forbidden', 'Only an edit token can erase a board');
    await boardStub(c.env, boardId).erase();
    return c.body(null, 204);
  })
  .all('/:id', () => methodNotAllowed(['GET', 'DELETE']))
  // The read-only link on or off; its token hash stays, so turning it on again restores the link.
  .put('/:id/read-access', async (c) => {
    const boardId = boardIdOf(c.req.param('id'));
    const role = await roleFor(c.env, boardId, await presentedTokenHash(bearerOf(c.req.header('Authorization'))));
    if (role !== 'edit') throw new ApiError(403, 'forbidden', 'Only an edit token can change the read-only link');
    const parsed = v.safeParse(ReadAccessSchema, await readJson(c.req.raw));
    if (!parsed.success) throw new ApiError(400, 'bad_request', 'Body must be { "enabled": true | false }');
    await boardStub(c.env, boardId).setReadAccess(parsed.output.enabled);
    return c.body(null, 204);
  })
  .all('/:id/read-access', () => methodNotAllowed(['PUT']))
  .get('/:id/socket', async (c) => {
    const boardId = boardIdOf(c.req.param('id'));
    if (c.req.header('Upgrade')?.toLowerCase() !== 'websocket') {
      throw new ApiError(426, 'upgrade_required', 'This route speaks WebSocket only');
    }
    // Browsers cannot set headers on a WebSocket, and query strings end up in logs: the token
    // rides in the subprotocol list instead.
    const protocols = (c.req.header('Sec-WebSocket-Protocol') ?? '').split(',').map((p) => p.trim());
    if (!protocols.includes(SYNC_SUBPROTOCOL)) {
      throw new ApiError(400, 'bad_request', `Subprotocol ${SYNC_SUBPROTOCOL} required`);
    }
    const token = protocols.find((p) => p.startsWith('token.'))?.slice('token.'.length);
    const role = await roleFor(c.env, boardId, await presentedTokenHash(token));
    const stub = boardStub(c.env, boardId);
    if ((await stub.connectionCount()) >= BOARD_LIMITS.maxConnections) {
      throw new ApiError(429, 'too_many_connections', 'This board has too many open connections');
    }
    const headers = new Headers(c.req.raw.headers);
    headers.set('X-Board-Role', role);
    headers.set('X-Board-Subprotocol', SYNC_SUBPROTOCOL);
    return stub.fetch(new Request(c.req.raw, { headers }));
  })
  .all('/:id/socket', () => methodNotAllowed(['GET']));
