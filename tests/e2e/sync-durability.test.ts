// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiBytes } from '../../shared/encoding/hex';
import { encodeClientFrame } from '../../shared/sync/codec';
import { deriveBoardKeys, hashToken, newBoardSecret, openPayload, sealPayload } from '../../shared/sync/crypto';
import { openWireClient } from '../support/wire-client';
import { type DevServer, startWranglerDev } from '../support/wrangler-dev';

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

    const writer = await openWireClient(first.url, boardId, keys.editToken!);
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
    const reader = await openWireClient(second.url, boardId, keys.readToken);
    reader.socket.send(encodeClientFrame({ type: 'hello', version: 1, lastSeq: 0 }));
    await reader.until(() => reader.frames.some((f) => f.type === 'caughtUp'));
    const texts = [];
    for (const frame of reader.frames) {
      if (frame.type !== 'update') continue;
      const opened = await openPayload(crypto, keys.contentKey, boardId, 'update', frame.payload);
      if (opened.ok) texts.push(new TextDecoder().decode(opened.value.plaintext));
    }
    expect(texts).toEqual(Array.from({ length: count }, (_, i) => `edit ${i}`));
    reader.socket.close();
  });
});
