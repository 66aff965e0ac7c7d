import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../shared/encoding/base64url';
import { asciiBytes } from '../../shared/encoding/hex';
import { decodeServerFrame, encodeClientFrame } from '../../shared/sync/codec';
import { deriveBoardKeys, hashToken, newBoardSecret, openPayload, sealPayload } from '../../shared/sync/crypto';
import type { ServerFrame } from '../../shared/sync/frames';
import { type DevServer, startWranglerDev } from '../support/wrangler-dev';

/** A raw protocol client over Node's WebSocket. */
async function open(server: DevServer, boardId: string, token: Uint8Array) {
  const url = `${server.url.replace('http', 'ws')}/api/boards/${boardId}/socket`;
  const socket = new WebSocket(url, ['team-rituals.v1', `token.${toBase64Url(token)}`]);
  socket.binaryType = 'arraybuffer';
  const frames: ServerFrame[] = [];
  socket.addEventListener('message', (event) => {
    const decoded = decodeServerFrame(new Uint8Array(event.data as ArrayBuffer));
    if (decoded.ok) frames.push(decoded.value);
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  const until = async (done: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    if (!done()) throw new Error('timed out waiting for frames');
  };
  return { socket, frames, until };
}

describe('durability against a real wrangler dev with on-disk state', () => {
  const servers: DevServer[] = [];
  let state = '';
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    if (state) await rm(state, { recursive: true, force: true });
  });

  it('keeps every acknowledged update across a hard kill of the server', async () => {
    state = await mkdtemp(join(tmpdir(), 'team-rituals-state-'));
    const first = await startWranglerDev({ persistTo: state });
    servers.push(first);
    const keys = await deriveBoardKeys(crypto, 'edit', newBoardSecret(crypto));
    const created = await fetch(`${first.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        editTokenHash: await hashToken(crypto, keys.editToken!),
        readTokenHash: await hashToken(crypto, keys.readToken),
      }),
    });
    const { boardId } = (await created.json()) as { boardId: string };

    const writer = await open(first, boardId, keys.editToken!);
    writer.socket.send(encodeClientFrame({ type: 'hello', version: 1, lastSeq: 0 }));
    await writer.until(() => writer.frames.some((f) => f.type === 'caughtUp'));
    const count = 40;
    for (let i = 0; i < count; i++) {
      const payload = await sealPayload(crypto, keys.contentKey, boardId, 'update', asciiBytes(`edit ${i}`));
      const messageId = new Uint8Array(16);
      messageId[0] = i;
      writer.socket.send(encodeClientFrame({ type: 'update', messageId, payload }));
    }
    await writer.until(() => writer.frames.filter((f) => f.type === 'ack').length === count);

    // Hard kill right after the acks: no shutdown, no flush.
    await first.kill();

    const second = await startWranglerDev({ persistTo: state });
    servers.push(second);
    const reader = await open(second, boardId, keys.readToken);
    reader.socket.send(encodeClientFrame({ type: 'hello', version: 1, lastSeq: 0 }));
    await reader.until(() => reader.frames.some((f) => f.type === 'caughtUp'));
    const texts = [];
    for (const frame of reader.frames) {
      if (frame.type !== 'update') continue;
      const opened = await openPayload(crypto, keys.contentKey, boardId, 'update', frame.payload);
      if (opened.ok) texts.push(new TextDecoder().decode(opened.value));
    }
    expect(texts).toEqual(Array.from({ length: count }, (_, i) => `edit ${i}`));
    reader.socket.close();
  });
});
