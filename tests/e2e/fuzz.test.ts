// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { beforeAll, describe, expect, it } from 'vitest';
import { latency } from '../support/stats';
import type { Bytes } from '../../shared/encoding/bytes';
import { createBoard } from '../../shared/sync/access';
import { encodeClientFrame } from '../../shared/sync/codec';
import type { BoardKeys } from '../../shared/sync/crypto';
import { type ClientFrame } from '../../shared/sync/frames';
import { PROTOCOL_VERSION } from '../../shared/version';
import { openNodeBoard } from '../support/node-member';
import { openWireClient } from '../support/wire-client';
import { recordFigures, scaled, seedFor, seededRandom } from '../support/reliability';
import { type SelfHostedServer, selfHostedFixture } from '../support/selfhost';
import { until } from '../support/until';
import { answerOf, makeGenerator } from '../support/fuzz-frames';
import { type Tally, fuzzHttp } from '../support/fuzz-http';

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

const fixture = selfHostedFixture();
const boards = fixture.opened;
let server: SelfHostedServer;
beforeAll(() => {
  ({ server } = fixture);
});

/**
 * A ready connection (hello sent, catch-up received) and its marker: a frame whose one answer is
 * known and never rate-limited, sent after every fuzzed frame to tell where that frame's answers
 * end. An editor replays an update of its own (acknowledged again with its first number); a
 * read-only connection says hello again (refused as unexpected; `second hello` is then not fuzzed).
 */
async function readyConnection(boardId: string, token: Bytes, role: 'edit' | 'read') {
  const raw = await openWireClient(server.url, boardId, token);
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

async function preHello(boardId: string, token: Bytes, random: () => number, tally: Tally) {
  const raw = await openWireClient(server.url, boardId, token);
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
        fuzzHttp(server.url, access.boardId, access.keys, REQUESTS, seededRandom(seed + FUZZERS), tally),
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
