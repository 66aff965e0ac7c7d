// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { toHex } from '../../../shared/encoding/hex';
import { useHost } from '../../lib/host';

/**
 * What stays on this member's device during a retro: card drafts until the reveal, and votes
 * until voting closes (others' votes stay hidden because they are not sent before). The ballot id
 * is random per retro, so a published ballot does not name its member.
 */
export interface RetroLocal {
  drafts: { id: string; column: number; text: string; createdAt: number }[];
  votes: Record<string, number>;
  ballotId: string;
  cardsPublished: boolean;
  ballotPublished: boolean;
}

const RetroLocalSchema = v.object({
  drafts: v.array(v.object({ id: v.string(), column: v.number(), text: v.string(), createdAt: v.number() })),
  votes: v.record(v.string(), v.number()),
  ballotId: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
  cardsPublished: v.boolean(),
  ballotPublished: v.boolean(),
});

const fresh = (): RetroLocal => ({
  drafts: [],
  votes: {},
  ballotId: toHex(crypto.getRandomValues(new Uint8Array(16))),
  cardsPublished: false,
  ballotPublished: false,
});

/** The key of a retro's local state. */
export const retroLocalKey = (retroId: string) => `retro:${retroId}`;

const parseLocal = (raw: unknown): RetroLocal => {
  const parsed = v.safeParse(RetroLocalSchema, raw);
  return parsed.success ? parsed.output : fresh();
};

/**
 * The local retro state, loaded from and saved to this device (a damaged record starts fresh).
 * `stored` is what the page read before its first render, if it did (`openRetroPage`).
 */
export function useRetroLocal(
  retroId: string,
  stored?: { raw: unknown },
): [RetroLocal | null, (change: (local: RetroLocal) => RetroLocal) => void] {
  const [local, setLocal] = useState<RetroLocal | null>(() => (stored ? parseLocal(stored.raw) : null));
  const { local: store } = useHost();
  const key = retroLocalKey(retroId);
  const storedRef = useRef(stored);
  useEffect(() => {
    // What the page read is this retro's: read again only for another.
    const given = storedRef.current;
    storedRef.current = undefined;
    if (given) return;
    void store.get(key).then((raw) => setLocal(parseLocal(raw)));
  }, [key, store]);
  // The same function while the key is: hooks that depend on it do not run again on every render.
  const update = useCallback(
    (change: (current: RetroLocal) => RetroLocal) =>
      setLocal((current) => {
        if (!current) return current;
        const next = change(current);
        void store.set(key, next);
        return next;
      }),
    [key, store],
  );
  return [local, update];
}
