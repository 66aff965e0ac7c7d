// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type Bytes, concatBytes } from '../encoding/bytes';
import { MAX_CHUNK_BYTES } from './frames';

/** A snapshot chunk as the server sends it and as an editor uploads it. */
interface SnapshotChunk {
  index: number;
  total: number;
  payload: Bytes;
}

export interface CompactionDeps {
  /** Only editors upload snapshots. */
  mayUpload: boolean;
  /** Log entries since the last snapshot after which an editor uploads a new one. */
  compactAfter: number;
  /** The confirmed state (the server view), sealed as a snapshot. */
  sealConfirmed: () => Promise<Bytes>;
  /** The last sequence number the confirmed state includes. */
  lastSeq: () => number;
  send: (chunk: SnapshotChunk & { uploadId: number; uptoSeq: number }) => void;
}

/**
 * The session's snapshots: chunks of the server's snapshot put back together, and an editor's
 * upload of the confirmed state once the log since the last snapshot is long enough (or once
 * after moving to signatures). One upload at a time; the server's `snapshotSaved` ends it.
 */
export function createCompaction(deps: CompactionDeps) {
  let since = 0;
  let chunks: Bytes[] = [];
  let uploadId = 0;
  let uploading = false;
  let forced = false;
  return {
    /** A chunk from the server; the whole sealed snapshot once every chunk has arrived. */
    receive(chunk: SnapshotChunk): Bytes | null {
      chunks[chunk.index] = chunk.payload;
      if (chunks.filter(Boolean).length < chunk.total) return null;
      const whole = concatBytes(...chunks);
      chunks = [];
      since = 0;
      return whole;
    },
    /** `entries` more entries in the server's log (one, unless a catch-up page brought more). */
    counted(entries = 1) {
      since += entries;
    },
    /** The server saved an upload up to `uptoSeq`. */
    saved(uptoSeq: number) {
      uploading = false;
      since = deps.lastSeq() - uptoSeq;
    },
    /** Uploads at the next chance whatever the count (after moving to signatures). */
    force() {
      forced = true;
    },
    /** The server refused the upload: it is no longer in progress. */
    refused() {
      uploading = false;
    },
    /** The socket closed: chunks received and an upload in progress are void. */
    reset() {
      chunks = [];
      uploading = false;
    },
    async maybeUpload() {
      if (!deps.mayUpload || uploading || (since < deps.compactAfter && !forced)) return;
      uploading = true;
      forced = false;
      const sealed = await deps.sealConfirmed();
      const total = Math.ceil(sealed.length / MAX_CHUNK_BYTES);
      uploadId += 1;
      for (let index = 0; index < total; index++) {
        const payload = sealed.slice(index * MAX_CHUNK_BYTES, (index + 1) * MAX_CHUNK_BYTES);
        deps.send({ uploadId, uptoSeq: deps.lastSeq(), index, total, payload });
      }
    },
    uploading: () => uploading,
  };
}
