// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { escapeMarkdown } from '../../../shared/export/markdown';
import { createTranslator } from '../../../shared/i18n/locale';
import '../../../shared/i18n/teams-all';
import { retroCardsCsv, retroJson, retroMarkdown } from '../../../shared/retro/export';
import { readRetro } from '../../../shared/retro/model';
import { createGroup, initRetro, publishCards } from '../../../shared/retro/ops';
import type { TeamItem } from '../../../shared/team/model';
import { toCsv } from '../../../shared/export/csv';
import { parseCsv } from '../../support/csv';
import { INJECTION_CORPUS } from '../../support/injection-corpus';

/**
 * The exports against the injection corpus. Markdown is rendered by markdown-it with raw HTML and
 * link detection switched on (more permissive than most viewers): escaped member text must come out
 * as one plain paragraph of the same characters. CSV is parsed back: no cell starts a formula.
 */
const markdown = new MarkdownIt({ html: true, linkify: true });
const en = createTranslator('en');

/** The characters a reader sees, from rendered HTML. */
function visibleText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return html
    .replace(/<br>\n?/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => entities[name]!)
    .trim();
}

/** Tags markdown-it produced; only paragraphs and line breaks may come from member text. */
const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((match) => match[1]!);

describe('member text in the exports', () => {
  it('renders every corpus entry as one inert paragraph of the same words', () => {
    for (const payload of INJECTION_CORPUS) {
      for (const multiline of [false, true]) {
        const html = markdown.render(escapeMarkdown(payload, multiline));
        expect(new Set(tagsOf(html)), `${payload} → ${html}`).toEqual(
          new Set(html.includes('<br>') ? ['p', 'br'] : ['p']),
        );
        const words = payload.replace(/\s+/g, ' ').trim();
        expect(visibleText(html).replace(/\s+/g, ' '), payload).toBe(words);
      }
    }
  });

  it('keeps the structure of a retro record whatever members wrote', () => {
    const doc = new Y.Doc();
    const corpus = INJECTION_CORPUS;
    initRetro(
      doc,
      {
        title: corpus[0]!,
        goal: corpus[7]!,
        format: 'custom',
        columns: [corpus[15]!, corpus[19]!],
        anonymous: false,
        checkin: corpus[1]!,
        voteLimit: 3,
        cardVoteLimit: null,
      },
      0,
    );
    const cards = corpus.map((text, n) => ({
      id: n.toString(16).padStart(16, '0'),
      column: n % 2,
      text,
      createdAt: n,
    }));
    publishCards(doc, cards, { memberId: 'a1a1a1a1a1a1a1a1' });
    createGroup(doc, { id: 'f'.repeat(16), name: corpus[9]!, column: 0, now: 1 }, [cards[0]!.id, cards[2]!.id]);
    const retro = readRetro(doc);
    const actions: TeamItem[] = corpus.slice(0, 5).map((text, n) => ({
      id: `${n}`.padStart(16, '0'),
      kind: 'action',
      text,
      createdAt: 0,
      doneAt: null,
      owner: corpus[n + 10]!,
      due: null,
      standupId: null,
      retroId: null,
    }));
    const input = { retro, columns: [corpus[15]!, corpus[19]!], actions, date: '2026-11-23' };

    const html = markdown.render(retroMarkdown(en, input));
    const tags = new Set(tagsOf(html));
    for (const tag of ['a', 'img', 'script', 'svg', 'table', 'code', 'pre', 'blockquote', 'em', 'strong', 's', 'hr'])
      expect(tags.has(tag), `<${tag}> in the record`).toBe(false);
    // One title, two sections, one heading per topic: nothing a member wrote added or removed one.
    const topics = corpus.length - 1;
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html.match(/<h3>/g)).toHaveLength(topics);
    expect(html).not.toContain('__pwned = 1</script>');

    // In both spreadsheet dialects: commas (English) and semicolons (German).
    const rows = parseCsv(retroCardsCsv(en, 'en', input), ',');
    expect(parseCsv(retroCardsCsv(en, 'de', input), ';')).toEqual(rows);
    expect(rows).toHaveLength(cards.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(4);
      for (const cell of row) expect(cell, 'a formula').not.toMatch(/^[=+\-@\t\r]/);
    }
    // The text itself survives (cards are stored trimmed), behind the apostrophe where one was needed.
    const stored = corpus.map((text) => text.trim());
    expect(rows.slice(1).map((row) => row[1]!.replace(/^'(?=[=+\-@\t\r])/, ''))).toEqual(stored);

    const json = JSON.parse(retroJson(input)) as { cards: { text: string }[]; settings: { title: string } };
    expect(json.cards.map((card) => card.text)).toEqual(stored);
    expect(json.settings.title).toBe(corpus[0]);
  });

  it('neutralises every formula trigger in any CSV cell, in both dialects', () => {
    const rows = INJECTION_CORPUS.map((text) => [text, `x${text}`]);
    for (const [locale, separator] of [
      ['en', ','],
      ['de', ';'],
    ] as const) {
      const parsed = parseCsv(toCsv(locale, ['a', 'b'], rows), separator);
      expect(parsed).toHaveLength(rows.length + 1);
      for (const [index, [first, second]] of parsed.slice(1).entries()) {
        const original = INJECTION_CORPUS[index]!;
        expect(first).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
        expect(second).toBe(`x${original}`);
      }
    }
  });
});
