// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { fromBase64Url, toBase64Url } from '../encoding/base64url';
import { type Bytes, concatBytes } from '../encoding/bytes';
import { type Result, err, ok } from '../result';

/** What a link lets its holder do with a board. */
export type BoardRole = 'edit' | 'read';

/** A board id: 128 random bits as 32 lower-case hex characters. */
export const BOARD_ID_PATTERN = /^[0-9a-f]{32}$/;

/** Length of the secrets carried in a link's fragment. */
export const SECRET_BYTES = 32;

/**
 * An invite: where the board lives, which board, and the secret from which the member's keys are
 * derived. The secret travels only in the URL fragment, which browsers never send to a server.
 */
export interface Invite {
  /** The sync server's base URL, without a trailing slash (it may have a path, behind a proxy). */
  server: string;
  boardId: string;
  role: BoardRole;
  /** The key schedule: 1 before editors signed, 2 with signatures (`KeyVersion`). */
  version: 1 | 2;
  secret: Bytes;
  /** Version-2 read-only links: the editors' public key, to check their signatures with. */
  verifyKey: Bytes | null;
}

export type InviteError =
  'not-a-link' | 'not-an-invite' | 'bad-board-id' | 'missing-secret' | 'unsupported-version' | 'bad-secret';

/** Fragment prefix: the role's letter and the version of the key schedule, then a dot. */
const ROLE_LETTER: Record<BoardRole, string> = { edit: 'e', read: 'r' };
const FRAGMENT = /^([er])([12])\.(.*)$/s;

const LINK = /^(https?:\/\/[^\s/?#@]+(?:\/[^\s?#]*?)?)\/join\/([^/?#\s]*)\/?(?:\?[^#\s]*)?(?:#(\S*))?$/i;

/**
 * The link a member shares: `https://<server>/join/<boardId>#<role><version>.<key>`, where the key
 * is the secret, and for a version-2 read-only link the secret followed by the editors' public key.
 */
export function formatInvite(invite: Invite): string {
  const key = invite.verifyKey && invite.role === 'read' ? concatBytes(invite.secret, invite.verifyKey) : invite.secret;
  const prefix = `${ROLE_LETTER[invite.role]}${invite.version}.`;
  return `${invite.server.replace(/\/+$/, '')}/join/${invite.boardId}#${prefix}${toBase64Url(key)}`;
}

/** Reads a pasted or opened link, telling exactly what is wrong with a bad one. */
export function parseInvite(text: string): Result<Invite, InviteError> {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return err('not-a-link');
  const match = LINK.exec(trimmed);
  if (!match) return err('not-an-invite');
  const [, server, boardId, fragment] = match as unknown as [string, string, string, string | undefined];
  if (!BOARD_ID_PATTERN.test(boardId)) return err('bad-board-id');
  if (!fragment) return err('missing-secret');
  const parts = FRAGMENT.exec(fragment);
  if (!parts) return /^[er]\d+\./.test(fragment) ? err('unsupported-version') : err('bad-secret');
  const role: BoardRole = parts[1] === 'e' ? 'edit' : 'read';
  const version = parts[2] === '2' ? 2 : 1;
  const key = fromBase64Url(parts[3]!);
  const withVerifyKey = role === 'read' && version === 2;
  if (!key || key.length !== (withVerifyKey ? 2 * SECRET_BYTES : SECRET_BYTES)) return err('bad-secret');
  return ok({
    server,
    boardId,
    role,
    version,
    secret: key.slice(0, SECRET_BYTES),
    verifyKey: withVerifyKey ? key.slice(SECRET_BYTES) : null,
  });
}

/** The query an invite link carries when its holder chose the web app over the extension. */
const IN_BROWSER = 'in=browser';

/** The same link, marked so the extension lets the web app open it. */
export function inviteInBrowser(link: string): string {
  const hash = link.indexOf('#');
  const [base, fragment] = hash < 0 ? [link, ''] : [link.slice(0, hash), link.slice(hash)];
  return `${base}${base.includes('?') ? '&' : '?'}${IN_BROWSER}${fragment}`;
}

/** Whether a link was marked by `inviteInBrowser`. */
export function isInviteInBrowser(link: string): boolean {
  const query = /\?([^#]*)/.exec(link)?.[1] ?? '';
  return query.split('&').includes(IN_BROWSER);
}
