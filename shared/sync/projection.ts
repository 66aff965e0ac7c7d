// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type * as Y from 'yjs';

/**
 * Returns `next`, except that every part deep-equal to the part at the same place in `previous`
 * is that part of `previous`. A view that compares by reference then re-renders only what changed.
 * Both are plain JSON (what Yjs' `toJSON` gives). New parts are frozen, so no one can edit them in
 * place; shared parts were frozen when they were new.
 */
export function shareEqual<T>(previous: unknown, next: T): T {
  return share(previous, next) as T;
}

function share(previous: unknown, next: unknown): unknown {
  if (previous === next || typeof next !== 'object' || next === null) return next;
  if (Array.isArray(next)) {
    const before: unknown[] = Array.isArray(previous) ? previous : [];
    const items = next.map((item: unknown, index) => share(before[index], item));
    const same =
      before === previous && items.length === before.length && items.every((item, index) => item === before[index]);
    return same ? before : Object.freeze(items);
  }
  const isRecord = typeof previous === 'object' && previous !== null && !Array.isArray(previous);
  const before = isRecord ? (previous as Record<string, unknown>) : {};
  const entries = Object.entries(next as Record<string, unknown>).map(
    ([key, value]) => [key, share(before[key], value)] as const,
  );
  const same =
    isRecord &&
    entries.length === Object.keys(before).length &&
    entries.every(([key, value]) => Object.hasOwn(before, key) && before[key] === value);
  return same ? before : Object.freeze(Object.fromEntries(entries));
}

/**
 * Keeps an immutable projection of a document: rebuilt after every transaction that changed
 * something, with unchanged parts kept referentially stable. `onChange` runs only when the
 * projection really differs. Returns the first projection and a function that stops observing.
 */
export function observeProjection<T>(
  doc: Y.Doc,
  project: (doc: Y.Doc) => T,
  onChange: (projection: T) => void,
): { initial: T; stop: () => void } {
  let current = shareEqual(undefined, project(doc));
  const afterTransaction = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    const next = shareEqual(current, project(doc));
    if (next === current) return;
    current = next;
    onChange(current);
  };
  doc.on('afterTransaction', afterTransaction);
  return { initial: current, stop: () => doc.off('afterTransaction', afterTransaction) };
}
