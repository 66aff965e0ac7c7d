// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The disk one team's board takes after a month of daily stand-ups (`bench/capacity.ts`): real
// stand-ups written with the product's own operations, sealed and signed as the extension does,
// sent through the real protocol, and compacted every 500 entries as the extension's clients do.
import * as Y from 'yjs';
import type { Bytes } from '../shared/encoding/bytes';
import { toHex } from '../shared/encoding/hex';
import { createBoard } from '../shared/sync/access';
import { sealEnvelope } from '../shared/sync/envelope';
import { MAX_CHUNK_BYTES } from '../shared/sync/frames';
import { PROTOCOL_VERSION } from '../shared/version';
import { DEFAULT_TEAM_SETTINGS } from '../shared/team/model';
import { addItem, initTeam, joinTeam, postUpdate } from '../shared/team/ops';
import { readStandup } from '../shared/team/standup';
import { endStandup, nextSpeaker, setNotes, startStandup } from '../shared/team/standup-ops';
import { type WireClient, openWireClient } from '../tests/support/wire-client';
import { sleep } from '../tests/support/stats';
import { until } from '../tests/support/until';

const WORKING_DAYS = 21;
const MEMBERS = 10;
/** The extension's clients upload a snapshot once this many entries gathered since the last. */
const COMPACT_AFTER = 500;
const NOTE = 'Vermerk: Termin mit IT zur VPN-Störung vereinbart; Vertretung im Januar geklärt; Schulung verschoben.';

/** A month of stand-ups as the Yjs updates the members' clients would send, in order. */
function monthOfUpdates(): Bytes[] {
  const doc = new Y.Doc();
  const updates: Bytes[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(new Uint8Array(update)));
  const start = Date.parse('2026-11-02T09:00:00Z');
  initTeam(doc, 'Referat Z 3', DEFAULT_TEAM_SETTINGS, start);
  const members = Array.from({ length: MEMBERS }, (_, i) => toHex(Uint8Array.of(i + 1, 0, 0, 0, 0, 0, 0, 0)));
  members.forEach((id, i) => joinTeam(doc, id, `Mitglied ${i + 1}`, start));
  for (let day = 0; day < WORKING_DAYS; day++) {
    const now = start + (day + 2 * Math.floor(day / 5)) * 86_400_000;
    const date = new Date(now).toISOString().slice(0, 10);
    // Two members post their answers before the meeting.
    for (const memberId of members.slice(0, 2))
      postUpdate(doc, { memberId, date, answers: ['Vorlage abgestimmt', 'Vermerk schreiben', ''], postedAt: now });
    startStandup(doc, {
      id: toHex(Uint8Array.of(day, 1, 2, 3, 4, 5, 6, 7)),
      date,
      now,
      order: members,
      settings: DEFAULT_TEAM_SETTINGS,
    });
    for (let turn = 0; turn < MEMBERS; turn++) {
      const at = now + (turn + 1) * 90_000;
      if (turn % 4 === 0)
        addItem(doc, {
          id: toHex(Uint8Array.of(day, turn, 9, 9, 9, 9, 9, 9)),
          kind: 'blocker',
          text: 'Zugriff auf das DMS fehlt',
          now: at,
        });
      nextSpeaker(doc, at, readStandup(doc)!.index);
    }
    // The minutes, typed: one update per keystroke.
    for (let length = 1; length <= NOTE.length; length++) setNotes(doc, NOTE.slice(0, length));
    endStandup(doc, now + 15 * 60_000);
  }
  return updates;
}

/**
 * Writes a month of stand-ups to a new board on `server` through ten members' connections (each
 * below the per-connection rate), compacting as the clients do, and measures the disk it takes
 * (`diskBytes`: the server's whole data folder, before and after).
 */
export async function monthOfStandups(server: string, diskBytes: () => number) {
  const updates = monthOfUpdates();
  const created = await createBoard((url, init) => fetch(url, init), crypto, server, { version: 2 });
  if (!created.ok) throw new Error(`create failed: ${created.error}`);
  const { invite, keys } = created.value;
  const before = diskBytes();
  const members: WireClient[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const member = await openWireClient(server, invite.boardId, keys.editToken!);
    member.send({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: 0 });
    await member.until(() => member.frames.some((frame) => frame.type === 'caughtUp'), 'caught up');
    members.push(member);
  }
  const acks = () =>
    members.reduce((sum, member) => sum + member.frames.filter((frame) => frame.type === 'ack').length, 0);
  const headSeq = () =>
    Math.max(
      ...members.flatMap((member) => member.frames.flatMap((frame) => (frame.type === 'ack' ? [frame.seq] : []))),
    );
  const applied = new Y.Doc();
  let payloadBytes = 0;
  let snapshots = 0;
  for (let from = 0; from < updates.length; from += COMPACT_AFTER) {
    const batch = updates.slice(from, from + COMPACT_AFTER);
    // Twenty updates a second per member: below the server's limit of 30.
    for (let i = 0; i < batch.length; i++) {
      const payload = await sealEnvelope(crypto, keys, invite.boardId, 'update', batch[i]!, true);
      payloadBytes += payload.length;
      members[i % MEMBERS]!.send({ type: 'update', messageId: crypto.getRandomValues(new Uint8Array(16)), payload });
      Y.applyUpdate(applied, batch[i]!);
      if (i % MEMBERS === MEMBERS - 1) await sleep(50);
    }
    // Acknowledgements arrive on ten sockets: checked by polling, not on one socket's frames.
    await until(() => acks() === from + batch.length, 'every update acknowledged', 60_000);
    if (batch.length < COMPACT_AFTER) break;
    const sealed = await sealEnvelope(
      crypto,
      keys,
      invite.boardId,
      'snapshot',
      new Uint8Array(Y.encodeStateAsUpdate(applied)),
      true,
    );
    const total = Math.ceil(sealed.length / MAX_CHUNK_BYTES);
    snapshots += 1;
    for (let index = 0; index < total; index++)
      members[0]!.send({
        type: 'snapshot',
        uploadId: snapshots,
        uptoSeq: headSeq(),
        index,
        total,
        payload: sealed.slice(index * MAX_CHUNK_BYTES, (index + 1) * MAX_CHUNK_BYTES),
      });
    await members[0]!.until(
      () => members[0]!.frames.filter((frame) => frame.type === 'snapshotSaved').length === snapshots,
      'the snapshot saved',
    );
  }
  for (const member of members) member.socket.close();
  return {
    workingDays: WORKING_DAYS,
    members: MEMBERS,
    updates: updates.length,
    sealedKb: Math.round(payloadBytes / 1024),
    snapshots,
    diskKb: Math.round((diskBytes() - before) / 1024),
  };
}
