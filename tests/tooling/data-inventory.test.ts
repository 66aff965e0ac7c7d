// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The staff council's data inventory (`docs/de/personalrat/dateninventar.md`, and its English
 * version) against the code:
 * every place the product stores data is derived from the source (the boards' Yjs types, the
 * device's storage keys and IndexedDB stores, the server's SQLite columns), and each must have a
 * row in the inventory, as each row must name something that still exists.
 */
const INVENTORIES = ['docs/de/personalrat/dateninventar.md', 'docs/en/staff-council/data-inventory.md'];

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

/** Every stored datum, as the inventory names it: `board:<type>`, `device:<key>`, `server:<table>.<column>`. */
export function storedData(): string[] {
  const found = new Set<string>();
  const shared = sources('shared');
  const extension = sources('extension');
  // Yjs types of the team and retro boards, named where the model opens them.
  for (const text of shared) {
    for (const match of text.matchAll(/\.get(?:Map|Array|Text|XmlFragment)(?:<[^(]*>)?\(\s*'([A-Za-z]+)'\s*\)/g))
      found.add(`board:${match[1]}`);
    // The stand-up machinery opens one map per round, named by `RoundName`.
    const rounds = /export type RoundName = ([^;]+);/.exec(text);
    for (const round of rounds?.[1]!.matchAll(/'([A-Za-z]+)'/g) ?? []) found.add(`board:${round[1]}`);
  }
  for (const text of extension) {
    // The extension's typed storage items, and the keys pages keep through `LocalStore`.
    for (const match of text.matchAll(/defineItem<[^(]*>\(\s*'local:([A-Za-z]+)'/g)) found.add(`device:${match[1]}`);
    for (const match of text.matchAll(/const [A-Z_]*KEY = '([A-Za-z]+)'/g)) found.add(`device:${match[1]}`);
    // `const key = `retro:${…}``, or a function that gives such keys (`const retroLocalKey = (id) => `retro:${id}``).
    for (const match of text.matchAll(/const (?:key|[a-z]\w*Key) = (?:\([^)]*\) => )?`([A-Za-z]+):\$\{/g))
      found.add(`device:${match[1]}:*`);
    // IndexedDB: the database and its object stores.
    for (const match of text.matchAll(/createObjectStore\((\w+)/g)) {
      const value = new RegExp(`const ${match[1]} = '([A-Za-z-]+)'`).exec(text)?.[1];
      if (value) found.add(`device:indexeddb.${value}`);
    }
  }
  // The server's tables and columns, from its schema and migrations.
  for (const text of sources('worker')) {
    for (const match of text.matchAll(/CREATE TABLE IF NOT EXISTS (\w+) \(([^;`']*?)\)\s*(?:;|'|`)/g)) {
      for (const column of match[2]!.split(',')) {
        const name = /^\s*([a-z_]+)\s+(?:INTEGER|TEXT|BLOB|REAL)/i.exec(column)?.[1];
        if (name) found.add(`server:${match[1]}.${name}`);
      }
    }
    for (const match of text.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+)/g))
      found.add(`server:${match[1]}.${match[2]}`);
  }
  return [...found].sort();
}

/** The identifiers in the inventory's first column (`board:…`, `device:…`, `server:…` in backticks). */
function documented(inventory: string): string[] {
  const rows = readFileSync(inventory, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  return [
    ...new Set(
      rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`((?:board|device|server):[^`]+)`/g)].map((m) => m[1]!)),
    ),
  ].sort();
}

describe.each(INVENTORIES)('the data inventory %s', (inventory) => {
  it('names every datum the code stores, and nothing it no longer stores', () => {
    const code = storedData();
    const doc = documented(inventory);
    expect(code.length).toBeGreaterThan(30);
    expect(
      code.filter((datum) => !doc.includes(datum)),
      'stored, but not in the inventory',
    ).toEqual([]);
    expect(
      doc.filter((datum) => !code.includes(datum)),
      'in the inventory, but not stored',
    ).toEqual([]);
  });
});
