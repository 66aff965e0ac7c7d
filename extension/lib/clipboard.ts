// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type Block, toHtml, toPlainText } from '../../shared/export/document';

/**
 * Puts a summary on the clipboard twice: as HTML, which Word and Outlook paste formatted, and as
 * plain text for everything else. Where a browser cannot write HTML, the plain text alone.
 */
export async function copyFormatted(blocks: readonly Block[]): Promise<void> {
  const plain = toPlainText(blocks);
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard.write) {
    await navigator.clipboard.writeText(plain);
    return;
  }
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([toHtml(blocks)], { type: 'text/html' }),
      'text/plain': new Blob([plain], { type: 'text/plain' }),
    }),
  ]);
}
