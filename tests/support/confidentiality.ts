// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Which of `texts` the server kept in the clear: searched byte for byte (UTF-8) in every file of
 * its state folder (SQLite files, write-ahead logs, metadata) and in its log. Returns where each
 * was found, so that an empty list is the pass.
 */
export async function plaintextOnServer(state: string, log: string, texts: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const files = (await readdir(state, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  if (files.length === 0) throw new Error(`no files in ${state}: nothing was searched`);
  const haystacks: [string, Buffer][] = [['the log', Buffer.from(log)]];
  for (const file of files) {
    const path = join(file.parentPath, file.name);
    haystacks.push([path.slice(state.length), await readFile(path)]);
  }
  for (const text of texts) {
    for (const [where, bytes] of haystacks) if (bytes.includes(Buffer.from(text))) found.push(`"${text}" in ${where}`);
  }
  return found;
}
