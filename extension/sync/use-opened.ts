// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OpenBoard } from './open-board';

/**
 * Opens a board while the component is mounted and closes it after: the document lives in the
 * page that shows it (docs/architecture.md). Follows the browser's online/offline events: drops
 * the socket when the network goes (a half-dead socket may linger for minutes), and retries at
 * once when it is back instead of after the backoff. `null` while opening; 'failed' if it cannot
 * be opened (IndexedDB unavailable, e.g. disabled by policy). `early`, a board the page opened
 * before it rendered, is taken as it is by the first mount instead of opening it again.
 */
export function useOpened<T extends { board: OpenBoard; close: () => Promise<void> }>(
  open: (() => Promise<T>) | null,
  key: readonly unknown[],
  early: T | null = null,
): T | 'failed' | null {
  const [opened, setOpened] = useState<T | 'failed' | null>(early);
  const earlyRef = useRef(early);
  useEffect(() => {
    const taken = earlyRef.current;
    earlyRef.current = null;
    if (!open) return void taken?.close();
    let closed = false;
    let current: T | null = taken;
    const online = () => current?.board.session.reconnectNow();
    const offline = () => current?.board.session.drop();
    const close = () => void current?.close();
    if (!taken) {
      open().then(
        (result) => {
          if (closed) return void result.close();
          current = result;
          setOpened(result);
        },
        () => !closed && setOpened('failed'),
      );
    }
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    window.addEventListener('pagehide', close);
    return () => {
      closed = true;
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.removeEventListener('pagehide', close);
      close();
    };
    // The caller names what identifies the board; `open` itself changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, key);
  return opened;
}
