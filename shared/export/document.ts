// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { escapeMarkdown } from './markdown';

/**
 * A summary for the minutes as a few kinds of block, written once and rendered three ways: shown
 * formatted on screen, as Markdown (download, copy), and as HTML with a plain-text twin for the
 * clipboard, so that it pastes formatted into Word or Outlook. Block texts are plain member text;
 * each rendering escapes them for its own format.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'list'; items: { text: string; done?: boolean }[] }
  | { kind: 'paragraph'; text: string; multiline?: boolean };

export function toMarkdown(blocks: readonly Block[]): string {
  const rendered = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
      case 'list':
        return block.items
          .map((item) => `- ${item.done === undefined ? '' : item.done ? '[x] ' : '[ ] '}${escapeMarkdown(item.text)}`)
          .join('\n');
      case 'paragraph':
        return escapeMarkdown(block.text, block.multiline);
    }
  });
  return `${rendered.join('\n\n')}\n`;
}

/** Text for HTML, in content and in double-quoted attributes. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);

/** Check boxes as characters, so that they survive a paste into any program. */
const box = (done: boolean | undefined) => (done === undefined ? '' : done ? '☑ ' : '☐ ');

export function toHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${box(item.done)}${escapeHtml(item.text)}</li>`).join('')}</ul>`;
        case 'paragraph':
          return `<p>${escapeHtml(block.text).split(/\r?\n/).join('<br>')}</p>`;
      }
    })
    .join('\n');
}

export function toPlainText(blocks: readonly Block[]): string {
  const rendered = blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return block.text;
      case 'list':
        return block.items.map((item) => `${item.done === undefined ? '• ' : box(item.done)}${item.text}`).join('\n');
      case 'paragraph':
        return block.text;
    }
  });
  return `${rendered.join('\n\n')}\n`;
}
