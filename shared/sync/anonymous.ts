// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as Y from 'yjs';

/**
 * Runs `write` so that what it adds does not carry this person's Yjs client id: Yjs stamps every
 * item with its creator's id, and each member's id is visible to the others through presence. The
 * change is made in a throw-away document under `clientId` (random, chosen by the caller) and
 * merged in. Used for anonymous retro cards and health-check answers (docs/security.md).
 */
export function writeAnonymously(doc: Y.Doc, clientId: number, write: (target: Y.Doc) => void): void {
  const scratch = new Y.Doc();
  scratch.clientID = clientId;
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(scratch);
  scratch.transact(() => write(scratch));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, before));
  scratch.destroy();
}
