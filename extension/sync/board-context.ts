// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStore } from '../lib/use-store';
import type { StoreApi } from 'zustand/vanilla';
import type { BoardView } from './board-store';

/**
 * The context plumbing of a board page (the team's, a retro's): a context for what the page
 * opened, and hooks that read its board's projection and health, re-rendering only when the
 * selected slice changes by reference.
 */
export function createBoardContext<Value, Data>(name: string, storeOf: (value: Value) => StoreApi<BoardView<Data>>) {
  const Context = createContext<Value | null>(null);
  const use = (): Value => {
    const value = useContext(Context);
    if (!value) throw new Error(`used outside ${name}`);
    return value;
  };
  return {
    Context,
    use,
    useData: <T>(selector: (data: Data) => T): T => useStore(storeOf(use()), (view) => selector(view.data)),
    useHealth: () => useStore(storeOf(use()), (view) => view.health),
  };
}
