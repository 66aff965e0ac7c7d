// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../shared/encoding/hex';
import {
  type Invite,
  formatInvite,
  inviteInBrowser,
  isInviteInBrowser,
  parseInvite,
} from '../../../shared/sync/invite';

const BOARD = '0123456789abcdef0123456789abcdef';
const SECRET = new Uint8Array(32).fill(7);
const edit: Invite = {
  server: 'https://sync.example.org',
  boardId: BOARD,
  role: 'edit',
  version: 1,
  secret: SECRET,
  verifyKey: null,
};
const KEY = new Uint8Array(32).fill(9);

describe('invite links', () => {
  it('formats the secret into the fragment only', () => {
    const link = formatInvite(edit);
    expect(link).toBe(`https://sync.example.org/join/${BOARD}#e1.BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc`);
    expect(link.split('#')[0]).not.toContain('BwcH');
    expect(formatInvite({ ...edit, version: 2 })).toContain('#e2.BwcH');
  });

  it('carries the editors’ public key in a version-2 read-only link, after the secret', () => {
    const link = formatInvite({ ...edit, role: 'read', version: 2, verifyKey: KEY });
    expect(link.split('#')[1]).toMatch(/^r2\.BwcH[A-Za-z0-9_-]{82}$/);
    expect(parseInvite(link)).toEqual({
      ok: true,
      value: { ...edit, role: 'read', version: 2, verifyKey: KEY },
    });
    // Without the key, or with half of one, it is not a version-2 read-only link.
    expect(parseInvite(link.slice(0, -43))).toEqual({ ok: false, error: 'bad-secret' });
    expect(parseInvite(link.slice(0, -10))).toEqual({ ok: false, error: 'bad-secret' });
  });

  it('round-trips edit and read-only links, also behind a path prefix and on the local dev server', () => {
    const servers = fc.constantFrom(
      'https://sync.example.org',
      'https://intranet.bund.example/rituale',
      'http://127.0.0.1:8787',
    );
    const invites = fc.record({
      server: servers,
      boardId: fc.uint8Array({ minLength: 16, maxLength: 16 }).map(toHex),
      role: fc.constantFrom('edit' as const, 'read' as const),
      version: fc.constantFrom(1 as const, 2 as const),
      secret: fc.uint8Array({ minLength: 32, maxLength: 32 }),
      key: fc.uint8Array({ minLength: 32, maxLength: 32 }),
    });
    fc.assert(
      fc.property(invites, ({ key, ...fields }) => {
        const invite: Invite = { ...fields, verifyKey: fields.role === 'read' && fields.version === 2 ? key : null };
        expect(parseInvite(formatInvite(invite))).toEqual({ ok: true, value: invite });
      }),
    );
  });

  it('accepts what pasting adds: whitespace, a trailing slash, a query', () => {
    const link = formatInvite({ ...edit, role: 'read' });
    const [base, fragment] = link.split('#') as [string, string];
    expect(parseInvite(`  ${link}\n`)).toMatchObject({ ok: true, value: { role: 'read' } });
    expect(parseInvite(`${base}/?utm=x#${fragment}`)).toMatchObject({ ok: true, value: { boardId: BOARD } });
  });

  it('names what is wrong with a bad link', () => {
    const good = formatInvite(edit);
    const cases: [string, string][] = [
      ['team board', 'not-a-link'],
      ['ftp://sync.example.org/join/x', 'not-a-link'],
      ['https://sync.example.org/boards/123', 'not-an-invite'],
      [good.replace(BOARD, 'xyz'), 'bad-board-id'],
      [good.replace(BOARD, BOARD.toUpperCase()), 'bad-board-id'],
      [good.split('#')[0]!, 'missing-secret'],
      [`${good.split('#')[0]}#`, 'missing-secret'],
      [good.replace('#e1.', '#e3.'), 'unsupported-version'],
      [good.replace('#e1.', '#r2.'), 'bad-secret'],
      [good.replace('#e1.', '#x1.'), 'bad-secret'],
      [good.slice(0, -4), 'bad-secret'],
      [`${good}AAAA`, 'bad-secret'],
      [good.replace('#e1.Bw', '#e1.B+'), 'bad-secret'],
    ];
    for (const [text, error] of cases) expect(parseInvite(text), text).toEqual({ ok: false, error });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(typeof parseInvite(text).ok).toBe('boolean');
        expect(typeof parseInvite(`https://a.b/join/${BOARD}#e1.${text}`).ok).toBe('boolean');
      }),
    );
  });

  it('marks a link for the web app without changing what it invites to', () => {
    const link = formatInvite(edit);
    const marked = inviteInBrowser(link);
    expect(marked).toBe(`https://sync.example.org/join/${BOARD}?in=browser#${link.split('#')[1]}`);
    expect(isInviteInBrowser(marked)).toBe(true);
    expect(isInviteInBrowser(link)).toBe(false);
    expect(parseInvite(marked)).toEqual(parseInvite(link));
    expect(inviteInBrowser(`https://a.b/join/${BOARD}?x=1#e1.k`)).toBe(`https://a.b/join/${BOARD}?x=1&in=browser#e1.k`);
    // Only the query counts: the fragment (the secret) cannot switch the extension off.
    expect(isInviteInBrowser(`https://a.b/join/${BOARD}#in=browser`)).toBe(false);
    expect(isInviteInBrowser(`https://a.b/join/${BOARD}?within=browser#e1.k`)).toBe(false);
  });
});
