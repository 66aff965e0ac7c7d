import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latency } from '../../bench/stats';
import type { OpenBoard } from '../../extension/sync/open-board';
import type { ApiErrorCode } from '../../shared/api/errors';
import { toBase64Url } from '../../shared/encoding/base64url';
import type { Bytes } from '../../shared/encoding/bytes';
import { toHex } from '../../shared/encoding/hex';
import { createBoard } from '../../shared/sync/access';
import { decodeClientFrame, encodeClientFrame } from '../../shared/sync/codec';
import type { BoardKeys } from '../../shared/sync/crypto';
import { type ClientFrame, MAX_FRAME_BYTES, type ServerFrame } from '../../shared/sync/frames';
import { PROTOCOL_VERSION } from '../../shared/version';
import { openNodeBoard } from '../support/node-member';
import { openRawSocket } from '../support/raw-socket';
import { recordFigures, scaled, seedFor, seededRandom } from '../support/reliability';
import { type SelfHostedServer, generateSelfHosted } from '../support/selfhost';
import { until } from '../support/until';

/**
 * Hostile input against the self-hosted server: fuzzing connections send malformed, truncated,
 * oversized, replayed and out-of-order frames while random HTTP requests arrive, and two members
 * with the real client keep working on the same board. Every frame must get its documented answer
 * (checked one by one: after each, a marker frame with a known answer tells where its answers
 * end), the server process must survive, and the members must neither drop nor notice. Their
 * edit-to-screen latency during the fuzz is measured (target of the sync service: p99 < 20 ms on
 * loopback).
 */
const FRAMES = scaled(10_000, 100_000);
const REQUESTS = scaled(1_000, 10_000);
const FUZZERS = 6;
const PROBE_EVERY_MS = 40;
/** Client times of fuzzed `time` frames stay below this. */
const MAX_FUZZED_TIME = 2 ** 40;

let server: SelfHostedServer;
const boards: OpenBoard[] = [];
beforeAll(async () => {
  server = await generateSelfHosted();
  await server.start();
});
afterAll(async () => {
  await Promise.all(boards.map((board) => board.close()));
  await server.dispose();
});

type Answer = string;
/** What the server answered to one frame, in a comparable form. */
function answerOf(frame: ServerFrame): Answer | null {
  switch (frame.type) {
    case 'error':
      return `error:${frame.code}${frame.fatal ? ':fatal' : ''}`;
    case 'ack':
      return `ack:${frame.seq}`;
    case 'time':
      return `time:${frame.clientTime}`;
    case 'welcome':
    case 'caughtUp':
    case 'snapshot':
    case 'snapshotSaved':
      return frame.type;
    default:
      // Broadcasts of other connections' updates, presence and departures are not answers.
      return null;
  }
}

interface Case {
  kind: string;
  data: Bytes | string;
  /** The documented answers, any one of which is right ([] = no answer). */
  expect: (answers: Answer[]) => boolean;
  /** For updates: remembered so that they can be replayed. */
  update?: { messageId: Bytes };
}

function makeGenerator(random: () => number, keys: { role: 'edit' | 'read' }) {
  const int = (max: number) => Math.floor(random() * max);
  const bytes = (length: number) => Uint8Array.from({ length }, () => int(256));
  const is = (expected: string) => (answers: Answer[]) => answers.length === 1 && answers[0] === expected;
  const malformed = is('error:malformed-frame');
  const limited = is('error:rate-limited');
  const acked = new Map<string, { messageId: Bytes; seq: number }>();

  const validFrame = (): ClientFrame => {
    switch (int(5)) {
      case 0:
        return { type: 'hello', version: PROTOCOL_VERSION, lastSeq: int(1000) };
      case 1:
        return { type: 'update', messageId: bytes(16), payload: bytes(int(200)) };
      case 2:
        return {
          type: 'snapshot',
          uploadId: int(9),
          uptoSeq: int(99),
          index: int(3),
          total: int(3),
          payload: bytes(40),
        };
      case 3:
        return { type: 'presence', payload: bytes(int(100)) };
      default:
        return { type: 'time', clientTime: int(MAX_FUZZED_TIME) };
    }
  };
  /** Bytes that must not decode: anything that happens to be a valid frame is drawn again. */
  const undecodable = (make: () => Bytes): Bytes => {
    for (;;) {
      const candidate = make();
      if (!decodeClientFrame(candidate).ok) return candidate;
    }
  };

  const cases: [number, () => Case][] = [
    [20, () => ({ kind: 'random bytes', data: undecodable(() => bytes(int(64))), expect: malformed })],
    [
      15,
      () => ({
        kind: 'truncated',
        data: undecodable(() => {
          const whole = encodeClientFrame(validFrame());
          return whole.slice(0, int(whole.length));
        }),
        expect: malformed,
      }),
    ],
    [
      10,
      () => ({
        kind: 'bit flips',
        data: undecodable(() => {
          const frame = encodeClientFrame(validFrame());
          const at = int(frame.length);
          frame[at] = frame[at]! ^ (1 << int(8));
          return frame;
        }),
        expect: malformed,
      }),
    ],
    [
      5,
      () => ({
        kind: 'trailing bytes',
        data: Uint8Array.from([...encodeClientFrame(validFrame()), ...bytes(1 + int(8))]),
        expect: malformed,
      }),
    ],
    [5, () => ({ kind: 'text frame', data: 'x'.repeat(int(100)), expect: malformed })],
    [
      0.5,
      () => ({
        kind: 'oversized',
        data: new Uint8Array(MAX_FRAME_BYTES + 1 + int(64 * 1024)).fill(0x02),
        expect: is('error:frame-too-large'),
      }),
    ],
    [
      keys.role === 'edit' ? 5 : 0,
      () => ({
        kind: 'second hello',
        data: encodeClientFrame({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: int(99) }),
        expect: is('error:unexpected-frame'),
      }),
    ],
    [
      8,
      () => {
        const total = int(2) === 0 ? 0 : 1 + int(300);
        const bad = [
          { uptoSeq: 0, index: total + int(3), total }, // index past the end, or no chunks at all
          { uptoSeq: 10_000_000 + int(1000), index: 0, total: 2 }, // beyond the head
        ][int(2)]!;
        return {
          kind: 'snapshot out of order',
          data: encodeClientFrame({ type: 'snapshot', uploadId: int(99), payload: bytes(int(64)), ...bad }),
          expect: is(keys.role === 'edit' ? 'error:snapshot-rejected' : 'error:read-only'),
        };
      },
    ],
    [
      2,
      () => ({
        kind: 'oversized presence',
        data: encodeClientFrame({ type: 'presence', payload: bytes(16 * 1024 + 1 + int(1024)) }),
        expect: is('error:frame-too-large'),
      }),
    ],
    [
      8,
      () => ({
        kind: 'presence (undecryptable)',
        data: encodeClientFrame({ type: 'presence', payload: bytes(int(200)) }),
        // Relayed without an answer, or refused once the connection's presence rate is used up.
        expect: (answers) => answers.length === 0 || limited(answers),
      }),
    ],
    [
      5,
      () => {
        const clientTime = int(MAX_FUZZED_TIME);
        return {
          kind: 'time',
          data: encodeClientFrame({ type: 'time', clientTime }),
          expect: (answers) => is(`time:${clientTime}`)(answers) || limited(answers),
        };
      },
    ],
    [
      10,
      () => {
        const messageId = bytes(16);
        return {
          kind: 'update (undecryptable)',
          data: encodeClientFrame({ type: 'update', messageId, payload: bytes(1 + int(200)) }),
          expect: (answers) =>
            answers.length === 1 &&
            (keys.role === 'read'
              ? answers[0] === 'error:read-only'
              : answers[0]!.startsWith('ack:') || answers[0] === 'error:rate-limited'),
          update: { messageId },
        };
      },
    ],
    [
      6,
      () => {
        const known = [...acked.values()];
        if (known.length === 0 || keys.role === 'read') {
          return {
            kind: 'time',
            data: encodeClientFrame({ type: 'time', clientTime: 7 }),
            expect: (answers) => is('time:7')(answers) || limited(answers),
          };
        }
        const { messageId, seq } = known[int(known.length)]!;
        return {
          kind: 'replayed update',
          // The same message id, whatever the payload: acknowledged again with its first number.
          data: encodeClientFrame({ type: 'update', messageId, payload: bytes(1 + int(50)) }),
          expect: is(`ack:${seq}`),
        };
      },
    ],
  ];
  const total = cases.reduce((sum, [weight]) => sum + weight, 0);
  return {
    next(): Case {
      let pick = random() * total;
      for (const [weight, make] of cases) {
        pick -= weight;
        if (pick < 0) return make();
      }
      return cases[0]![1]();
    },
    acknowledged(messageId: Bytes, answers: Answer[]) {
      const seq = answers[0]?.startsWith('ack:') ? Number(answers[0].slice(4)) : null;
      if (seq !== null) acked.set(toHex(messageId), { messageId, seq });
    },
  };
}

/**
 * A ready connection (hello sent, catch-up received) and its marker: a frame whose one answer is
 * known and never rate-limited, sent after every fuzzed frame to tell where that frame's answers
 * end. An editor replays an update of its own (acknowledged again with its first number); a
 * read-only connection says hello again (refused as unexpected; `second hello` is then not fuzzed).
 */
async function readyConnection(boardId: string, token: Uint8Array, role: 'edit' | 'read') {
  const raw = await openRawSocket(server.url, boardId, token);
  raw.socket.send(encodeClientFrame({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: 0 }));
  await raw.until(() => raw.frames.some((frame) => frame.type === 'caughtUp'));
  raw.frames.length = 0;
  if (role === 'read') {
    const marker = encodeClientFrame({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: 0 });
    return { raw, marker, end: 'error:unexpected-frame' };
  }
  const messageId = crypto.getRandomValues(new Uint8Array(16));
  const marker = encodeClientFrame({ type: 'update', messageId, payload: Uint8Array.of(1) });
  raw.socket.send(marker);
  await raw.until(() => raw.frames.some((frame) => frame.type === 'ack'));
  const end = answerOf(raw.frames.find((frame) => frame.type === 'ack')!)!;
  raw.frames.length = 0;
  return { raw, marker, end };
}

interface Tally {
  sent: number;
  byKind: Record<string, number>;
  wrong: string[];
}

/** One fuzzing connection: sends its share of cases, each followed by a marker, and checks every answer. */
async function fuzzConnection(
  boardId: string,
  keys: BoardKeys,
  role: 'edit' | 'read',
  count: number,
  random: () => number,
  tally: Tally,
) {
  const token = role === 'edit' ? keys.editToken! : keys.readToken;
  const generator = makeGenerator(random, { role });
  let { raw, marker, end } = await readyConnection(boardId, token, role);
  for (let i = 0; i < count; i++) {
    // Now and then a fresh connection that breaks the handshake: frames before hello, a bad version.
    if (random() < 0.01) {
      await preHello(boardId, token, random, tally);
      continue;
    }
    const sent = generator.next();
    const from = raw.frames.length;
    raw.socket.send(sent.data);
    raw.socket.send(marker);
    await raw.until(() => raw.frames.slice(from).some((frame) => answerOf(frame) === end) || raw.closed !== null);
    if (raw.closed) {
      tally.wrong.push(`${sent.kind}: the server closed the connection (${raw.closed.code} ${raw.closed.reason})`);
      ({ raw, marker, end } = await readyConnection(boardId, token, role));
      continue;
    }
    const answers = raw.frames.slice(from).flatMap((frame) => answerOf(frame) ?? []);
    answers.pop(); // the marker's own answer
    raw.frames.length = 0;
    tally.sent += 1;
    tally.byKind[sent.kind] = (tally.byKind[sent.kind] ?? 0) + 1;
    if (!sent.expect(answers)) tally.wrong.push(`${sent.kind}: answered ${JSON.stringify(answers)}`);
    if (sent.update) generator.acknowledged(sent.update.messageId, answers);
  }
  raw.socket.close();
}

async function preHello(boardId: string, token: Uint8Array, random: () => number, tally: Tally) {
  const raw = await openRawSocket(server.url, boardId, token);
  const badVersion = random() < 0.5;
  const frame: ClientFrame = badVersion
    ? { type: 'hello', version: PROTOCOL_VERSION + 1 + Math.floor(random() * 1000), lastSeq: 0 }
    : { type: 'time', clientTime: 1 };
  raw.socket.send(encodeClientFrame(frame));
  const expected = badVersion ? 'error:unsupported-version:fatal' : 'error:unexpected-frame';
  await raw.until(() => raw.frames.length > 0 && (!badVersion || raw.closed !== null));
  const answers = raw.frames.flatMap((f) => answerOf(f) ?? []);
  const kind = badVersion ? 'hello with another version' : 'frame before hello';
  tally.sent += 1;
  tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1;
  if (answers.join() !== expected || (badVersion && raw.closed?.code !== 4000)) {
    tally.wrong.push(`${kind}: answered ${JSON.stringify(answers)}, closed ${JSON.stringify(raw.closed)}`);
  }
  raw.socket.close();
}

const STATUS_CODES: Record<number, ApiErrorCode[]> = {
  400: ['bad_request'],
  401: ['unauthorized'],
  403: ['forbidden', 'link_revoked'],
  404: ['not_found', 'board_not_found'],
  405: ['method_not_allowed'],
  413: ['payload_too_large'],
  426: ['upgrade_required'],
  429: ['rate_limited', 'too_many_connections'],
};

/** Random HTTP requests; every answer is a success of a real route or the one documented error shape. */
async function fuzzHttp(boardId: string, keys: BoardKeys, count: number, random: () => number, tally: Tally) {
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const noise = (length: number) =>
    Array.from({ length }, () => pick([...'abcdef0123456789-_.~%2F%00Aé/:;,=+!*()[]@$']))
      .join('')
      .replace(/%(?![0-9A-F]{2})/g, '%25');
  const hex = (length: number) => Array.from({ length }, () => pick([...'0123456789abcdef'])).join('');
  const tokenHash = () => toBase64Url(Uint8Array.from({ length: 32 }, () => int(256)));
  for (let i = 0; i < count; i++) {
    const method = pick(['GET', 'GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD']);
    const id = pick([boardId, hex(32), hex(int(40)), noise(int(40)), boardId.toUpperCase()]);
    const path = pick([
      '/api/boards',
      `/api/boards/${id}`,
      `/api/boards/${id}/socket`,
      `/api/boards/${id}/read-access`,
      `/api/boards/${id}/${noise(int(10))}`,
      `/join/${id}`,
      `/assets/${noise(int(30))}`,
      `/${noise(int(200))}`,
      '/health',
      '/retro.html',
      `/api/${noise(int(20))}`,
    ]);
    const headers: Record<string, string> = {};
    if (random() < 0.5) {
      headers.Authorization = pick([
        `Bearer ${toBase64Url(keys.readToken)}`,
        `Bearer ${tokenHash()}`,
        `Bearer ${noise(int(60))}`,
        'Bearer',
        `Basic ${noise(20)}`,
      ]);
    }
    if (random() < 0.3) headers['Sec-WebSocket-Protocol'] = pick(['team-rituals.v1', `token.${noise(43)}`, noise(30)]);
    if (random() < 0.3)
      headers.Origin = pick(['https://evil.example', 'chrome-extension://' + 'a'.repeat(32), noise(10)]);
    let body: string | undefined;
    if (method !== 'GET' && method !== 'HEAD' && random() < 0.7) {
      headers['Content-Type'] = pick(['application/json', 'text/plain', noise(10)]);
      body = pick([
        JSON.stringify({ editTokenHash: tokenHash(), readTokenHash: tokenHash(), retentionDays: int(5000) - 10 }),
        JSON.stringify({ editTokenHash: noise(43), readTokenHash: 5, jurisdiction: pick(['eu', 'us', null]) }),
        JSON.stringify({ editTokenHash: tokenHash(), readTokenHash: tokenHash() }),
        noise(int(300)),
        '{"a":'.repeat(int(2000)),
        'x'.repeat(4000 + int(2000)),
      ]);
    }
    const response = await fetch(`${server.url}${path}`, { method, headers, body });
    const text = await response.text();
    tally.sent += 1;
    tally.byKind[`HTTP ${method}`] = (tally.byKind[`HTTP ${method}`] ?? 0) + 1;
    const what = `HTTP ${method} ${path.slice(0, 60)} → ${response.status}`;
    if (response.status >= 500) {
      tally.wrong.push(`${what}: ${text.slice(0, 200)}`);
    } else if (response.status >= 400 && method !== 'HEAD') {
      const parsed = (() => {
        try {
          return JSON.parse(text) as { error?: { code?: string; message?: string } };
        } catch {
          return null;
        }
      })();
      const codes = STATUS_CODES[response.status] ?? [];
      if (!parsed?.error?.message || !codes.includes(parsed.error.code as ApiErrorCode)) {
        tally.wrong.push(`${what}: not the documented error shape: ${text.slice(0, 200)}`);
      }
    } else if (response.status === 204 && method !== 'OPTIONS') {
      // Only an edit token erases, and the fuzzer never has one.
      tally.wrong.push(`${what}: erased a board`);
    } else if (response.status === 201 && !(method === 'POST' && path === '/api/boards')) {
      tally.wrong.push(`${what}: created something`);
    }
  }
}

describe('hostile input against the self-hosted server', () => {
  it(
    `answers ${FRAMES} fuzzed frames and ${REQUESTS} random requests as documented, while members keep working`,
    async () => {
      const seed = seedFor('fuzz');
      const created = await createBoard(fetch, crypto, server.url);
      if (!created.ok) throw new Error(created.error);
      const access = { server: server.url, boardId: created.value.invite.boardId, keys: created.value.keys };
      const member = async () => {
        const board = await openNodeBoard(access);
        boards.push(board);
        return board;
      };
      const [anna, ben] = [await member(), await member()];
      await until(() => anna.health().status.state === 'online' && ben.health().status.state === 'online', 'online');
      // Anna writes the time into the board now and then; Ben notes when each arrives.
      const arrivals: number[] = [];
      ben.doc.getArray<number>('probe').observe((event) => {
        const now = performance.now();
        for (const item of event.changes.added)
          for (const at of item.content.getContent() as number[]) arrivals.push(now - at);
      });
      const wentAway: string[] = [];
      for (const [name, board] of [
        ['anna', anna],
        ['ben', ben],
      ] as const) {
        board.onHealth((health) => {
          if (health.status.state !== 'online') wentAway.push(`${name}: ${JSON.stringify(health.status)}`);
        });
      }
      const probe = setInterval(() => anna.doc.getArray<number>('probe').push([performance.now()]), PROBE_EVERY_MS);

      const started = performance.now();
      const tally: Tally = { sent: 0, byKind: {}, wrong: [] };
      const perConnection = Math.ceil(FRAMES / FUZZERS);
      await Promise.all([
        ...Array.from({ length: FUZZERS }, (_, index) =>
          fuzzConnection(
            access.boardId,
            access.keys,
            index === 0 ? 'read' : 'edit',
            perConnection,
            seededRandom(seed + index),
            tally,
          ),
        ),
        fuzzHttp(access.boardId, access.keys, REQUESTS, seededRandom(seed + FUZZERS), tally),
      ]);
      const seconds = (performance.now() - started) / 1000;
      clearInterval(probe);

      expect(tally.wrong.slice(0, 20)).toEqual([]);
      expect(tally.sent).toBeGreaterThanOrEqual(FRAMES + REQUESTS);
      // The server never went down, and the members never noticed anything.
      expect(server.running()).toBe(true);
      expect((await fetch(`${server.url}/health`)).ok).toBe(true);
      expect(server.log()).not.toMatch(/uncaught|internal error|frame failed/i);
      expect(wentAway).toEqual([]);
      const sent = anna.doc.getArray<number>('probe').length;
      await until(() => ben.doc.getArray<number>('probe').length === sent, 'Ben has all of Anna’s edits');
      expect(arrivals.length).toBeGreaterThan(seconds * (1000 / PROBE_EVERY_MS) * 0.8);

      await recordFigures('fuzz', {
        frames: FRAMES,
        requests: REQUESTS,
        seconds: Number(seconds.toFixed(1)),
        framesPerSecond: Math.round((FRAMES + REQUESTS) / seconds),
        byKind: tally.byKind,
        memberLatencyMs: latency(arrivals.map((value) => Number(value.toFixed(1)))),
        targetP99Ms: 20,
      });
    },
    scaled(180_000, 1_800_000),
  );
});
