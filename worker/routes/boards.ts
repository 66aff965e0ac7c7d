// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from '../../shared/encoding/base64url';
import { hashToken } from '../../shared/sync/crypto';
import { BOARD_ID_PATTERN } from '../../shared/sync/invite';
import { SYNC_SUBPROTOCOL, readSocketProtocols } from '../../shared/sync/socket-protocol';
import { concatBytes } from '../../shared/encoding/bytes';
import { directoryStub } from '../board/board-directory';
import { boardStub, newBoardId } from '../board/board-id';
import { SUBPROTOCOL_HEADER, TOKEN_HASH_HEADER } from '../board/board-room';
import { clientNetwork } from '../board/client-network';
import { CREATION_LIMITER_NAME, DEFAULT_CREATION_BUDGET } from '../board/creation-limiter';
import type { AppEnv } from '../env';
import { ApiError, methodNotAllowed } from '../errors';

const MAX_BODY_BYTES = 4096;

const tokenHash = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url SHA-256 hash'));
const CreateBoardSchema = v.object({
  editTokenHash: tokenHash,
  readTokenHash: tokenHash,
  retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)), 90),
  jurisdiction: v.optional(v.picklist(['eu'])),
});

/** How long an inactive board is kept at most unless the operator allows more (`MAX_RETENTION_DAYS`). */
export const DEFAULT_MAX_RETENTION_DAYS = 365;

/** A positive integer setting of the deployment, within `max`, or the default. */
function setting(value: string | undefined, fallback: number, max: number): number {
  const number = Number(value);
  return value !== undefined && Number.isInteger(number) && number >= 1 && number <= max ? number : fallback;
}

const tooLarge = () => new ApiError(413, 'payload_too_large', `Body larger than ${MAX_BODY_BYTES} bytes`);

/**
 * Reads a JSON body of at most `MAX_BODY_BYTES`, refusing it as soon as it passes the limit (a
 * declared length or the bytes read so far), never after reading it whole.
 */
async function readJson(request: Request): Promise<unknown> {
  if (Number(request.headers.get('Content-Length') ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const read: ReadableStreamReadResult<Uint8Array> | undefined = await reader?.read();
    if (!read || read.done) break;
    size += read.value.length;
    if (size > MAX_BODY_BYTES) {
      void reader!.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  try {
    return JSON.parse(new TextDecoder().decode(concatBytes(...chunks))) as unknown;
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

const notFound = () => new ApiError(404, 'board_not_found', 'This board was deleted or has expired');

/**
 * The board's object, for a board the directory lists. An unknown or erased board is answered
 * from the directory alone: starting its object would leave a file behind on a self-hosted server.
 * With `LEGACY_BOARD_LOOKUP=on`, boards created before the directory existed are looked up in
 * their own object once and listed (see docs/self-hosting.md, "Upgrading").
 */
async function listedBoard(env: AppEnv['Bindings'], boardId: string) {
  const directory = directoryStub(env, boardId);
  if (await directory.has(boardId)) return boardStub(env, boardId);
  if (env.LEGACY_BOARD_LOOKUP !== 'on' || (await boardStub(env, boardId).roleFor('')) === 'no-board') throw notFound();
  await directory.add(boardId);
  return boardStub(env, boardId);
}

async function roleFor(env: AppEnv['Bindings'], boardId: string, hash: string) {
  const board = await listedBoard(env, boardId);
  const role = await board.roleFor(hash);
  if (role === 'no-board') throw notFound();
  if (role === null) throw new ApiError(403, 'forbidden', 'This token gives no access to this board');
  if (role === 'revoked') throw new ApiError(403, 'link_revoked', 'The team turned this read-only link off');
  return { role, board };
}

const ReadAccessSchema = v.object({ enabled: v.boolean() });

/** What a request's bearer token may do on the board its path names. */
interface BoardAccessEnv extends AppEnv {
  Variables: { access: Awaited<ReturnType<typeof roleFor>> };
}

/** Resolves the bearer token of a `/:id…` request to its role on that board, or answers 400–404. */
const boardAccess = createMiddleware<BoardAccessEnv>(async (c, next) => {
  const boardId = boardIdOf(c.req.param('id') ?? '');
  c.set('access', await roleFor(c.env, boardId, await presentedTokenHash(bearerOf(c.req.header('Authorization')))));
  await next();
});

/** The board, if the request may change it (edit token); 403 with `refusal` otherwise. */
function editable(access: BoardAccessEnv['Variables']['access'], refusal: string) {
  if (access.role !== 'edit') throw new ApiError(403, 'forbidden', refusal);
  return access.board;
}

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
    const networkHash = toBase64Url(
      new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(clientNetwork(address)))),
    );
    const budget = setting(c.env.CREATION_BUDGET_PER_HOUR, DEFAULT_CREATION_BUDGET, 1_000_000);
    if (!(await c.env.CREATION_LIMITER.getByName(CREATION_LIMITER_NAME).take(networkHash, budget))) {
      throw new ApiError(429, 'rate_limited', 'Too many boards created from this network; try again later', {
        'Retry-After': '360',
      });
    }
    const { editTokenHash, readTokenHash, jurisdiction } = parsed.output;
    const maxRetention = setting(c.env.MAX_RETENTION_DAYS, DEFAULT_MAX_RETENTION_DAYS, 3650);
    const retentionDays = Math.min(parsed.output.retentionDays, maxRetention);
    const eu = jurisdiction === 'eu' || c.env.BOARD_JURISDICTION === 'eu';
    const boardId = newBoardId(eu);
    // Listed first: a board that exists is always listed (a failure here leaves no board behind).
    await directoryStub(c.env, boardId).add(boardId);
    if (!(await boardStub(c.env, boardId).create(boardId, editTokenHash, readTokenHash, retentionDays))) {
      throw new Error('board id collision');
    }
    return c.json({ boardId, retentionDays, jurisdiction: eu ? 'eu' : null }, 201);
  })
  .all('/', () => methodNotAllowed(['POST']))
  // What a token may do: lets a client tell "no access" or "deleted" from "unreachable" after a
  // refused upgrade, which browsers only report as close code 1006.
  .get('/:id', boardAccess, (c) => c.json({ role: c.var.access.role }, 200, { 'Cache-Control': 'no-store' }))
  .delete('/:id', boardAccess, async (c) => {
    await editable(c.var.access, 'Only an edit token can erase a board').erase();
    return c.body(null, 204);
  })
  .all('/:id', () => methodNotAllowed(['GET', 'DELETE']))
  // The read-only link on or off; its token hash stays, so turning it on again restores the link.
  .put('/:id/read-access', boardAccess, async (c) => {
    const board = editable(c.var.access, 'Only an edit token can change the read-only link');
    const parsed = v.safeParse(ReadAccessSchema, await readJson(c.req.raw));
    if (!parsed.success) throw new ApiError(400, 'bad_request', 'Body must be { "enabled": true | false }');
    await board.setReadAccess(parsed.output.enabled);
    return c.body(null, 204);
  })
  .all('/:id/read-access', () => methodNotAllowed(['PUT']))
  .get('/:id/socket', async (c) => {
    const boardId = boardIdOf(c.req.param('id'));
    if (c.req.header('Upgrade')?.toLowerCase() !== 'websocket') {
      throw new ApiError(426, 'upgrade_required', 'This route speaks WebSocket only');
    }
    const { speaksSync, token } = readSocketProtocols(c.req.header('Sec-WebSocket-Protocol'));
    if (!speaksSync) throw new ApiError(400, 'bad_request', `Subprotocol ${SYNC_SUBPROTOCOL} required`);
    const hash = await presentedTokenHash(token);
    // The board checks the token, the revocation and its connection limits itself, in the same
    // turn as it accepts the socket (docs/security.md).
    const headers = new Headers(c.req.raw.headers);
    headers.set(TOKEN_HASH_HEADER, hash);
    headers.set(SUBPROTOCOL_HEADER, SYNC_SUBPROTOCOL);
    const response = await (await listedBoard(c.env, boardId)).fetch(new Request(c.req.raw, { headers }));
    // A refusal comes back as the board wrote it; copied, so the shared headers can be added.
    return response.status === 101 ? response : new Response(response.body, response);
  })
  .all('/:id/socket', () => methodNotAllowed(['GET']));
