// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// One worker thread of the capacity run (`bench/capacity.ts`): the members of some boards, each a
// raw protocol connection, sending stand-up traffic and noting when each update and presence
// message arrives. The server never opens payloads, so they carry the send time and the sender.
import { parentPort } from 'node:worker_threads';
import { fromBase64Url } from '../shared/encoding/base64url';
import { decodeServerFrame, encodeClientFrame } from '../shared/sync/codec';
import { boardEndpoints } from '../shared/sync/access';
import { socketProtocols } from '../shared/sync/socket-protocol';
import type { ClientFrame } from '../shared/sync/frames';
import { PROTOCOL_VERSION } from '../shared/version';

export interface CapacityBoard {
  boardId: string;
  /** base64url */
  editToken: string;
  /** A retro in its card-writing phase: bursts of cards besides the stand-up traffic. */
  retro: boolean;
}

export type ToMembers =
  | { type: 'connect'; server: string; boards: CapacityBoard[]; members: number }
  | { type: 'run'; seconds: number; traffic: Traffic }
  | { type: 'close' };

export type FromMembers =
  | { type: 'connected'; sockets: number; failed: number }
  | {
      type: 'done';
      updates: number[];
      /** Updates on the retro boards alone (their bursts). */
      retroUpdates: number[];
      presence: number[];
      sent: number;
      expected: number;
      lost: number;
      refused: number;
    }
  | { type: 'closed' };

/** Stand-up traffic per board (means, in seconds). */
export interface Traffic {
  speakerChangeEvery: number;
  noteEvery: number;
  presenceEvery: number;
  /** Cards each member of a retro publishes at once, once per run. */
  retroCards: number;
}

/** Sealed-update size of a typical stand-up change (a speaker change, a note) on the wire. */
const UPDATE_BYTES = 160;
const PRESENCE_BYTES = 120;
const now = () => performance.timeOrigin + performance.now();

interface Member {
  socket: WebSocket;
  index: number;
  sent: number;
  /** Own updates the server acknowledged: stored, and sent on to every other member. */
  acked: number;
  /** Others' updates that arrived. */
  received: number;
}

interface Board {
  members: Member[];
  retro: boolean;
}

function payload(bytes: number, member: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  view.setFloat64(0, now());
  view.setUint32(8, member);
  return out;
}

const boards: Board[] = [];
const latency = { updates: [] as number[], retroUpdates: [] as number[], presence: [] as number[] };
let refused = 0;
let timers: ReturnType<typeof setTimeout>[] = [];

function connectMember(server: string, board: CapacityBoard, index: number, into: Board): Promise<void> {
  const { socket: url } = boardEndpoints(server, board.boardId);
  const socket = new WebSocket(url, socketProtocols(fromBase64Url(board.editToken)!));
  socket.binaryType = 'arraybuffer';
  const member: Member = { socket, index, sent: 0, acked: 0, received: 0 };
  into.members.push(member);
  return new Promise((resolve, reject) => {
    socket.addEventListener('open', () => {
      socket.send(encodeClientFrame({ type: 'hello', version: PROTOCOL_VERSION, lastSeq: 0 }));
    });
    socket.addEventListener('error', () => reject(new Error(`member ${index} of ${board.boardId} could not connect`)));
    socket.addEventListener('message', (event) => {
      const decoded = decodeServerFrame(new Uint8Array(event.data as ArrayBuffer));
      if (!decoded.ok) return;
      const frame = decoded.value;
      if (frame.type === 'caughtUp') resolve();
      else if (frame.type === 'ack') member.acked += 1;
      else if (frame.type === 'update') {
        member.received += 1;
        const delivery = now() - new DataView(frame.payload.buffer, frame.payload.byteOffset).getFloat64(0);
        (board.retro ? latency.retroUpdates : latency.updates).push(delivery);
      } else if (frame.type === 'presence') {
        latency.presence.push(now() - new DataView(frame.payload.buffer, frame.payload.byteOffset).getFloat64(0));
      } else if (frame.type === 'error' && frame.code === 'rate-limited') refused += 1;
    });
  });
}

function send(member: Member, frame: ClientFrame) {
  if (member.socket.readyState === WebSocket.OPEN) member.socket.send(encodeClientFrame(frame));
}

function sendUpdate(member: Member) {
  member.sent += 1;
  send(member, {
    type: 'update',
    messageId: crypto.getRandomValues(new Uint8Array(16)),
    payload: payload(UPDATE_BYTES, member.index),
  });
}

/** Runs `action` at random times, `every` seconds apart on average (exponential gaps), until `end`. */
function poisson(everySeconds: number, end: number, action: () => void) {
  const next = () => {
    const gap = -Math.log(1 - Math.random()) * everySeconds * 1000;
    if (now() + gap > end) return;
    timers.push(
      setTimeout(() => {
        action();
        next();
      }, gap),
    );
  };
  next();
}

async function run(seconds: number, traffic: Traffic) {
  latency.updates = [];
  latency.retroUpdates = [];
  latency.presence = [];
  refused = 0;
  const end = now() + seconds * 1000;
  for (const board of boards) {
    const [facilitator] = board.members;
    poisson(traffic.speakerChangeEvery, end, () => sendUpdate(facilitator!));
    poisson(traffic.noteEvery, end, () => sendUpdate(board.members[Math.floor(Math.random() * board.members.length)]!));
    for (const member of board.members)
      poisson(traffic.presenceEvery, end, () =>
        send(member, { type: 'presence', payload: payload(PRESENCE_BYTES, member.index) }),
      );
    if (board.retro) {
      const at = Math.random() * seconds * 500;
      timers.push(
        setTimeout(() => {
          for (const member of board.members) for (let card = 0; card < traffic.retroCards; card++) sendUpdate(member);
        }, at),
      );
    }
  }
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  // Every acknowledged update must reach every other member of its board: wait for it, 20 s at most.
  const deadline = now() + 20_000;
  while (missing() > 0 && now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const sent = boards.reduce((sum, board) => sum + board.members.reduce((inner, member) => inner + member.sent, 0), 0);
  const expected = boards.reduce(
    (sum, board) => sum + board.members.reduce((inner, member) => inner + expectedBy(board, member), 0),
    0,
  );
  return { sent, expected, lost: missing() };
}

/** What `member` should have received: every update of the others that the server acknowledged. */
const expectedBy = (board: Board, member: Member) =>
  board.members.reduce((sum, other) => sum + (other === member ? 0 : other.acked), 0);
const missing = () =>
  boards.reduce(
    (sum, board) =>
      sum +
      board.members.reduce((inner, member) => inner + Math.max(0, expectedBy(board, member) - member.received), 0),
    0,
  );

parentPort!.on('message', (message: ToMembers) => void handle(message));

async function handle(message: ToMembers) {
  if (message.type === 'connect') {
    let failed = 0;
    for (const board of message.boards) {
      const into: Board = { members: [], retro: board.retro };
      boards.push(into);
      const connected = await Promise.allSettled(
        Array.from({ length: message.members }, (_, index) => connectMember(message.server, board, index, into)),
      );
      failed += connected.filter((result) => result.status === 'rejected').length;
    }
    const reply: FromMembers = { type: 'connected', sockets: boards.length * message.members, failed };
    parentPort!.postMessage(reply);
  } else if (message.type === 'run') {
    const result = await run(message.seconds, message.traffic);
    const reply: FromMembers = {
      type: 'done',
      updates: latency.updates,
      retroUpdates: latency.retroUpdates,
      presence: latency.presence,
      refused,
      ...result,
    };
    parentPort!.postMessage(reply);
  } else {
    timers.forEach(clearTimeout);
    timers = [];
    for (const board of boards) for (const member of board.members) member.socket.close();
    boards.length = 0;
    parentPort!.postMessage({ type: 'closed' } satisfies FromMembers);
  }
}
