// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { type Block, toHtml, toMarkdown, toPlainText } from '../../../shared/export/document';
import { INJECTION_CORPUS } from '../../support/injection-corpus';

/** The three renderings of a summary: Markdown (escaped), HTML for Word/Outlook (escaped), plain. */
const blocks: Block[] = [
  { kind: 'heading', level: 1, text: 'Stand-up 02.12.2026 – Referat Z 3' },
  { kind: 'list', items: [{ text: 'Anwesend: 3 von 3' }] },
  { kind: 'heading', level: 2, text: 'Hindernisse' },
  {
    kind: 'list',
    items: [
      { text: 'VPN <bricht> ab & mehr', done: false },
      { text: 'Zugang da', done: true },
    ],
  },
  { kind: 'paragraph', text: 'Erste Zeile\nzweite Zeile', multiline: true },
];

describe('a summary for the minutes', () => {
  it('as HTML: headings, lists with check boxes, line breaks; member text escaped', () => {
    expect(toHtml(blocks)).toBe(
      [
        '<h1>Stand-up 02.12.2026 – Referat Z 3</h1>',
        '<ul><li>Anwesend: 3 von 3</li></ul>',
        '<h2>Hindernisse</h2>',
        '<ul><li>☐ VPN &lt;bricht&gt; ab &amp; mehr</li><li>☑ Zugang da</li></ul>',
        '<p>Erste Zeile<br>zweite Zeile</p>',
      ].join('\n'),
    );
  });

  it('as plain text and as Markdown', () => {
    expect(toPlainText(blocks)).toBe(
      'Stand-up 02.12.2026 – Referat Z 3\n\n• Anwesend: 3 von 3\n\nHindernisse\n\n☐ VPN <bricht> ab & mehr\n☑ Zugang da\n\nErste Zeile\nzweite Zeile\n',
    );
    expect(toMarkdown(blocks)).toBe(
      '# Stand-up 02.12.2026 – Referat Z 3\n\n- Anwesend: 3 von 3\n\n## Hindernisse\n\n- [ ] VPN \\<bricht\\> ab \\& mehr\n- [x] Zugang da\n\nErste Zeile  \nzweite Zeile\n',
    );
  });

  it('lets no member text add an element to the HTML', () => {
    for (const text of INJECTION_CORPUS) {
      const html = toHtml([
        { kind: 'paragraph', text },
        { kind: 'list', items: [{ text, done: false }] },
      ]);
      expect([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((match) => match[1]).sort(), text).toEqual(
        // One line break per line break in a paragraph, and nothing else the text could add.
        [...Array<string>(text.split(/\r?\n/).length - 1).fill('br'), 'li', 'li', 'p', 'p', 'ul', 'ul'].sort(),
      );
    }
  });
});
