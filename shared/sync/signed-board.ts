// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type * as Y from 'yjs';

/**
 * Whether a board has moved to editor signatures (key schedule 2). Every board keeps the mark in
 * its own `security` map: editors whose links are older see it and sign from then on, so a team
 * moves without new links for its editors (docs/protocol.md, "Moving a team to signatures").
 */
const securityMap = (doc: Y.Doc) => doc.getMap<unknown>('security');

export const boardSigns = (doc: Y.Doc): boolean => securityMap(doc).get('keyVersion') === 2;

/** Marks the board as signed; every editor's session then signs and re-sends what it holds. */
export function markBoardSigned(doc: Y.Doc): void {
  if (!boardSigns(doc)) securityMap(doc).set('keyVersion', 2);
}
