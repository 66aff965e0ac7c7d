// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { observeProjection, shareEqual } from '../../../shared/sync/projection';

/** Every place in `next` equal to the same place in `previous` must be that very object. */
function expectShared(previous: unknown, result: unknown) {
  if (typeof result !== 'object' || result === null) return;
  if (JSON.stringify(previous) === JSON.stringify(result)) {
    expect(result).toBe(previous);
    return;
  }
  expect(Object.isFrozen(result)).toBe(true);
  if (typeof previous !== 'object' || previous === null) return;
  for (const [key, value] of Object.entries(result)) {
    if (Array.isArray(previous) !== Array.isArray(result)) continue;
    if (Object.hasOwn(previous, key)) expectShared((previous as Record<string, unknown>)[key], value);
  }
}

describe('shareEqual', () => {
  it('returns a value equal to the new one that reuses every unchanged part of the old one', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, json, json, (a, b, c) => {
        const previous = shareEqual(undefined, { keep: a, change: b, list: [a, b] });
        const next = structuredClone({ keep: a, change: c, list: [a, c] });
        const result = shareEqual(previous, next);
        expect(result).toEqual(next);
        expect(result.keep).toBe(previous.keep);
        expect(result.list[0]).toBe(previous.list[0]);
        expectShared(previous, result);
      }),
    );
  });

  it('keeps the whole old value when nothing changed', () => {
    const previous = shareEqual(undefined, { cards: [{ id: 'a', text: 'x' }], title: 't' });
    expect(shareEqual(previous, { cards: [{ id: 'a', text: 'x' }], title: 't' })).toBe(previous);
  });
});

describe('observeProjection', () => {
  const project = (doc: Y.Doc) => ({
    title: doc.getText('title').toJSON(),
    cards: doc.getMap<Y.Map<string>>('cards').toJSON() as Record<string, { text: string }>,
  });

  it('rebuilds per transaction and keeps unchanged cards referentially stable', () => {
    const doc = new Y.Doc();
    const cards = doc.getMap<Y.Map<string>>('cards');
    doc.transact(() => {
      for (const id of ['a', 'b']) {
        const card = new Y.Map<string>();
        card.set('text', id);
        cards.set(id, card);
      }
    });
    const seen: ReturnType<typeof project>[] = [];
    const { initial, stop } = observeProjection(doc, project, (projection) => seen.push(projection));
    cards.get('a')!.set('text', 'changed');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.cards.a).toEqual({ text: 'changed' });
    expect(seen[0]!.cards.b).toBe(initial.cards.b);
    expect(() => {
      (seen[0]!.cards.b as { text: string }).text = 'mutated';
    }).toThrow();

    // A change outside the projection, or one undone in the same transaction, notifies nobody.
    doc.getMap('elsewhere').set('x', 1);
    doc.transact(() => {
      doc.getText('title').insert(0, 'x');
      doc.getText('title').delete(0, 1);
    });
    expect(seen).toHaveLength(1);

    // Remote changes arrive as updates, each its own transaction.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText('title').insert(0, 'Retro');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(seen.at(-1)!.title).toBe('Retro');
    expect(seen.at(-1)!.cards).toBe(seen[0]!.cards);

    stop();
    doc.getText('title').insert(0, '!');
    expect(seen).toHaveLength(2);
  });
});
