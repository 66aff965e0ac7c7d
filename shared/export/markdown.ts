// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes text from a person safe inside Markdown (CommonMark and GitHub's extensions): it renders as
 * the same words and can start no heading, list, quote or table, and make no link (bare URLs and
 * e-mail addresses included), image, emphasis, code, raw HTML or character reference (`&amp;`).
 * Only what could do harm is escaped, so the minutes stay readable as plain text. Line breaks
 * become spaces unless `multiline`, in which case each line is escaped on its own and kept as a
 * hard break.
 */
export function escapeMarkdown(text: string, multiline = false): string {
  const lines = multiline ? text.split(/\r?\n/) : [text.replace(/\s+/g, ' ')];
  return lines
    .map((line) =>
      line
        .trim()
        .replace(/[\\`*_[\]<>|~@&]/g, (character) => `\\${character}`)
        .replace(/:\/\//g, ':\\/\\/')
        .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
        // At the start of a line: headings, quotes, lists, setext underlines, numbered lists.
        .replace(/^([#>+=-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('  \n');
}
