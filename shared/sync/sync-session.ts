// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type {
  ConfirmedState,
  SocketLike,
  SyncErrorReason,
  SyncSessionDeps,
  SyncSessionOptions,
  SyncStatus,
} from './session-types';
import { REMOTE, createPresence } from './presence';
import { socketProtocols } from './socket-protocol';
import * as Y from 'yjs';
import type { Bytes } from '../encoding/bytes';
import { toHex } from '../encoding/hex';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../version';
import { backoffDelay } from './backoff';
import { createCompaction } from './compaction';
import { type ClockSample, addSample, clockOffset } from './clock';
import { decodeServerFrame, encodeClientFrame } from './codec';
import type { PayloadKind } from './crypto';
import { openEnvelope, sealEnvelope } from './envelope';
import { boardSigns } from './signed-board';
import { type ErrorCode, MAX_CHUNK_BYTES, MESSAGE_ID_BYTES, type ServerFrame } from './frames';

const FATAL: Partial<Record<ErrorCode, SyncErrorReason>> = {
  'board-deleted': 'board-deleted',
  'unsupported-version': 'incompatible-version',
  'access-revoked': 'revoked',
};
const TIME_SAMPLE_EVERY_MS = 60_000;
/** Failed connection attempts in a row after which an online device calls the server unreachable. */
const UNREACHABLE_AFTER = 2;

/**
 * Keeps a Yjs document in sync with its board through the relay. Beside the document it keeps a
 * second one, the server view: exactly what the server has confirmed. After every (re)connect it
 * sends the difference between the two as one update, so nothing edited offline is lost and
 * nothing needs an outbox; Yjs updates are idempotent, so a repeat is harmless.
 */
export function createSyncSession(options: SyncSessionOptions, deps: SyncSessionDeps) {
  const { doc, keys, boardId } = options;
  const serverView = new Y.Doc();
  if (options.confirmed) Y.applyUpdate(serverView, options.confirmed.state);
  let lastSeq = options.confirmed?.lastSeq ?? 0;
  let socket: SocketLike | null = null;
  /** Closes the current socket and handles it as closed without waiting for its close event. */
  let abandon: (() => void) | null = null;
  let ready = false;
  let stopped = false;
  let attempt = 0;
  /** Sockets in a row that closed without ever opening. */
  let failures = 0;
  let timer: unknown = null;
  /** The protocol this session speaks: the newest, or the oldest if the server knows no newer one. */
  let version = PROTOCOL_VERSION;
  let reconnectAtOnce = false;
  const differs = () => !Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(serverView));
  let unconfirmed = differs() ? Math.max(1, options.pending ?? 1) : 0;
  let status: SyncStatus = { state: 'connecting', pending: unconfirmed };
  const inFlight = new Map<string, { update: Bytes; edits: number }>();
  let samples: ClockSample[] = [];
  let queue: Promise<void> = Promise.resolve();
  const listeners = new Set<(status: SyncStatus) => void>();

  const fail = (reason: SyncErrorReason) => {
    stopped = true;
    deps.clearTimeout(timer);
    setStatus({ state: 'error', pending: unconfirmed, reason });
  };
  const setStatus = (next: SyncStatus) => {
    status = next;
    listeners.forEach((listener) => listener(status));
  };
  const refresh = () => setStatus({ ...status, pending: unconfirmed });
  /** Frames and edits are handled strictly one after another: decryption is asynchronous. */
  const enqueue = (task: () => void | Promise<void>) => {
    queue = queue.then(task).catch(() => undefined);
  };
  /**
   * Editor signatures (key schedule 2): a member signs (if an editor) once its link is of version 2
   * or the board says it moved; it accepts only signed updates and snapshots once it signs and
   * holds the editors' public key (every editor does; read-only members from version-2 links).
   */
  const signing = () => keys.version === 2 || (keys.signingKey !== null && boardSigns(doc));
  const requireSigned = () => keys.verifyKey !== null && signing();
  const seal = (kind: PayloadKind, plaintext: Bytes) =>
    sealEnvelope(deps.crypto, keys, boardId, kind, plaintext, signing());
  /**
   * On moving to signatures, an editor re-sends everything it holds, signed: members who check
   * signatures skip what was written unsigned before, so this is what lets them see it. The
   * whole board as one update if it fits in a frame, and in any case a signed compaction.
   */
  let signed = signing();
  let resendSigned = false;
  const noticeSigning = () => {
    if (signed || !signing()) return;
    signed = true;
    if (keys.role !== 'edit') return;
    resendSigned = true;
    enqueue(resendIfReady);
  };
  async function resendIfReady() {
    if (!ready || !resendSigned) return;
    resendSigned = false;
    compaction.force();
    const whole = new Uint8Array(Y.encodeStateAsUpdate(doc));
    if (whole.length <= MAX_CHUNK_BYTES - 1024) await sendUpdate(whole, 0);
    await compaction.maybeUpload();
  }
  const send = (frame: Parameters<typeof encodeClientFrame>[0]) => socket?.send(encodeClientFrame(frame));
  const compaction = createCompaction({
    mayUpload: keys.role === 'edit',
    compactAfter: options.compactAfter ?? 500,
    sealConfirmed: () => seal('snapshot', new Uint8Array(Y.encodeStateAsUpdate(serverView))),
    lastSeq: () => lastSeq,
    send: (chunk) => send({ type: 'snapshot', ...chunk }),
  });
  const presence = options.awareness
    ? createPresence(options.awareness, {
        ready: () => ready,
        seal: (plaintext) => seal('presence', plaintext),
        send: (payload) => send({ type: 'presence', payload }),
        open: async (payload) => {
          const opened = await openEnvelope(deps.crypto, keys, boardId, 'presence', payload, requireSigned());
          return opened.ok ? opened.value : null;
        },
        requireSigned,
        enqueue,
      })
    : null;

  async function sendUpdate(update: Bytes, edits: number) {
    const messageId = deps.crypto.getRandomValues(new Uint8Array(MESSAGE_ID_BYTES));
    inFlight.set(toHex(messageId), { update, edits });
    send({ type: 'update', messageId, payload: await seal('update', update) });
  }

  const onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE) return;
    unconfirmed += 1;
    refresh();
    noticeSigning();
    if (keys.role !== 'edit') return;
    const copy = new Uint8Array(update);
    enqueue(async () => {
      if (ready) await sendUpdate(copy, 1);
    });
  };

  /**
   * What the catch-up after a (re)connect delivered, decrypted and applied as one merged update
   * when it ends (or the socket closes): one transaction instead of thousands, so views rebuild
   * once and a joiner does not watch the board assemble itself.
   */
  let catchUp: Bytes[] = [];
  /** What the server sent is in the document and, being confirmed, in the server view. */
  const applyFromServer = (update: Uint8Array) => {
    Y.applyUpdate(doc, update, REMOTE);
    Y.applyUpdate(serverView, update);
    noticeSigning();
  };
  /**
   * Applied in one transaction per document, not merged first: `Y.mergeUpdates` of 2,000 small
   * updates took 55–80 ms here, applying them in one transaction 4–10 ms.
   */
  const flushCatchUp = () => {
    if (catchUp.length === 0) return;
    const updates = catchUp;
    catchUp = [];
    doc.transact(() => updates.forEach((update) => Y.applyUpdate(doc, update, REMOTE)), REMOTE);
    serverView.transact(() => updates.forEach((update) => Y.applyUpdate(serverView, update)));
    noticeSigning();
  };

  /** Starts decrypting at once, so a burst of frames decrypts in parallel; applied in order. */
  const decrypt = (kind: PayloadKind, payload: Bytes) =>
    openEnvelope(deps.crypto, keys, boardId, kind, payload, requireSigned());

  async function applyRemote(opening: ReturnType<typeof decrypt>): Promise<boolean> {
    const opened = await opening;
    // A payload that does not decrypt, or lacks an editor's signature where one is required, was
    // not written by an editor: it is skipped, never applied.
    if (!opened.ok) return false;
    if (ready) applyFromServer(opened.value.plaintext);
    else catchUp.push(opened.value.plaintext);
    return true;
  }

  async function handle(frame: ServerFrame, openings: ReturnType<typeof decrypt>[] | null) {
    switch (frame.type) {
      case 'welcome':
        return;
      case 'snapshot': {
        const whole = compaction.receive(frame);
        if (!whole) return;
        await applyRemote(decrypt('snapshot', whole));
        lastSeq = frame.uptoSeq;
        return;
      }
      case 'update':
      case 'updates': {
        for (const opening of openings ?? []) await applyRemote(opening);
        lastSeq = Math.max(lastSeq, frame.type === 'update' ? frame.seq : frame.uptoSeq);
        compaction.counted(openings?.length);
        return ready ? compaction.maybeUpload() : undefined;
      }
      case 'caughtUp': {
        flushCatchUp();
        ready = true;
        attempt = 0;
        setStatus({ state: 'online', pending: unconfirmed });
        await presence?.sendSelf();
        const unsent = unconfirmed - [...inFlight.values()].reduce((sum, entry) => sum + entry.edits, 0);
        if (keys.role === 'edit' && differs()) {
          const diff = new Uint8Array(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(serverView)));
          await sendUpdate(diff, Math.max(unsent, 0));
        } else if (unsent > 0 && keys.role === 'edit') {
          unconfirmed -= unsent;
          refresh();
        }
        await resendIfReady();
        return compaction.maybeUpload();
      }
      case 'ack': {
        const entry = inFlight.get(toHex(frame.messageId));
        if (entry) {
          inFlight.delete(toHex(frame.messageId));
          Y.applyUpdate(serverView, entry.update);
          unconfirmed = Math.max(0, unconfirmed - entry.edits);
          refresh();
        }
        // A resent update is acknowledged again with its first number: never move backwards.
        lastSeq = Math.max(lastSeq, frame.seq);
        compaction.counted();
        return compaction.maybeUpload();
      }
      case 'snapshotSaved':
        return compaction.saved(frame.uptoSeq);
      case 'time':
        samples = addSample(samples, {
          sentAt: frame.clientTime,
          receivedAt: deps.now(),
          serverTime: frame.serverTime,
        });
        return;
      case 'presence':
        return presence?.receive(frame.connectionId, frame.payload);
      case 'left':
        return presence?.left(frame.connectionId);
      case 'error': {
        if (frame.code === 'unsupported-version' && version > MIN_PROTOCOL_VERSION) {
          // A server older than this client: speak its version, at once on the socket that follows.
          version = MIN_PROTOCOL_VERSION;
          reconnectAtOnce = true;
          return;
        }
        const reason = FATAL[frame.code];
        if (reason) fail(reason);
        else if (frame.code === 'rate-limited' || frame.code === 'snapshot-rejected') {
          // The refused frame is not known by id: reconnecting re-sends whatever the server lacks.
          compaction.refused();
          socket?.close(1000, frame.code);
        }
      }
    }
  }

  function sampleClock() {
    if (!ready) return;
    send({ type: 'time', clientTime: deps.now() });
    timer = deps.setTimeout(sampleClock, TIME_SAMPLE_EVERY_MS);
  }

  function retryLater(state: 'offline' | 'unreachable') {
    const delay = backoffDelay(attempt++, deps.random());
    const retryAt = deps.now() + delay;
    setStatus(
      state === 'unreachable'
        ? { state: 'error', pending: unconfirmed, reason: 'unreachable', retryAt }
        : { state: 'offline', pending: unconfirmed, retryAt },
    );
    deps.clearTimeout(timer);
    timer = deps.setTimeout(connect, delay);
  }

  function connect() {
    if (stopped) return;
    // Without any network there is nothing to try; `reconnectNow` runs when it is back.
    if (deps.online?.() === false) return retryLater('offline');
    setStatus({ state: 'connecting', pending: unconfirmed });
    const token = keys.editToken ?? keys.readToken;
    const current = deps.openSocket(options.socketUrl, socketProtocols(token));
    current.binaryType = 'arraybuffer';
    socket = current;
    let opened = false;
    current.addEventListener('open', () => {
      opened = true;
      send({ type: 'hello', version, lastSeq });
      send({ type: 'time', clientTime: deps.now() });
    });
    current.addEventListener('message', (event) => {
      if (socket !== current || !(event.data instanceof ArrayBuffer)) return;
      const decoded = decodeServerFrame(new Uint8Array(event.data));
      if (!decoded.ok) return;
      const frame = decoded.value;
      // Updates start decrypting at once, in parallel; `handle` applies them in order.
      const payloads = frame.type === 'update' ? [frame.payload] : frame.type === 'updates' ? frame.payloads : null;
      const openings = payloads?.map((payload) => decrypt('update', payload)) ?? null;
      enqueue(() => handle(frame, openings));
    });
    const closed = () => {
      if (socket !== current) return;
      socket = null;
      abandon = null;
      enqueue(async () => {
        // A catch-up cut short still counts: the server sent these, and `lastSeq` says so.
        flushCatchUp();
        ready = false;
        inFlight.clear();
        presence?.forgetAll();
        compaction.reset();
        if (stopped) return;
        if (reconnectAtOnce) {
          reconnectAtOnce = false;
          return connect();
        }
        failures = opened ? 0 : failures + 1;
        const access = opened || !deps.probe ? 'ok' : await deps.probe();
        if (stopped) return;
        if (access === 'board-deleted' || access === 'no-access' || access === 'revoked') return fail(access);
        const unreachable = access === 'unreachable' && failures >= UNREACHABLE_AFTER && deps.online?.() !== false;
        retryLater(unreachable ? 'unreachable' : 'offline');
      });
    };
    current.addEventListener('close', closed);
    // A dropped socket counts as closed at once: a half-dead one may not report its close for minutes.
    abandon = () => {
      current.close(1000, 'dropped');
      closed();
    };
    enqueue(() => {
      deps.clearTimeout(timer);
      timer = deps.setTimeout(sampleClock, TIME_SAMPLE_EVERY_MS);
    });
  }

  doc.on('update', onLocalUpdate);

  return {
    start: connect,
    /** Ends the session for good: closes the socket and stops reconnecting. */
    stop() {
      stopped = true;
      deps.clearTimeout(timer);
      doc.off('update', onLocalUpdate);
      presence?.stop();
      socket?.close(1000, 'stopped');
    },
    /** Retries at once instead of at `retryAt`, e.g. when the browser reports it is back online. */
    reconnectNow() {
      if (stopped || socket) return;
      deps.clearTimeout(timer);
      attempt = 0;
      connect();
    },
    /**
     * Has the server's log replaced by a snapshot of the confirmed state at the next chance (an
     * editor's session; others cannot upload): the snapshot keeps only current values, so what was
     * overwritten, such as each stand-up turn's start, is gone from the server afterwards.
     */
    compactSoon() {
      compaction.force();
      if (ready) enqueue(() => compaction.maybeUpload());
    },
    /** Drops the connection as a network failure would; the session reconnects by itself. */
    drop() {
      abandon?.();
    },
    status: () => status,
    onStatus(listener: (status: SyncStatus) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Server time minus local time, or null before the first sample. */
    clockOffset: () => clockOffset(samples),
    confirmed: (): ConfirmedState => ({ lastSeq, state: new Uint8Array(Y.encodeStateAsUpdate(serverView)) }),
    /** Resolves once every frame received so far has been handled. */
    settled: () => queue,
    /** Whether updates or a compaction upload are still waiting for the server's answer. */
    busy: () => inFlight.size > 0 || compaction.uploading() || resendSigned,
  };
}

export type SyncSession = ReturnType<typeof createSyncSession>;
