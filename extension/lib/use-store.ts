// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/**
 * A slice of a zustand store; the component renders again only when the slice changes (by
 * `Object.is`). zustand's own hook does the same through React's `useSyncExternalStore`, which
 * here means `preact/compat`: 9 KB that the popup needs for nothing else.
 */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const value = selector(store.getState());
  const latestRef = useRef({ selector, value });
  useEffect(() => {
    latestRef.current = { selector, value };
  });
  useEffect(() => {
    const check = () => {
      const { selector: select, value: shown } = latestRef.current;
      if (!Object.is(select(store.getState()), shown)) rerender(0);
    };
    // A change between the render and this subscription is not missed.
    check();
    return store.subscribe(check);
  }, [store]);
  return value;
}
