// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LocalStore } from './local-store';

/** What the views get from the shell that runs them: the extension or the web app. */
export interface Host {
  /** Features that need the extension (notifications, focus timer) are absent in the web app. */
  shell: 'extension' | 'web';
  local: LocalStore;
}

export const HostContext = createContext<Host | null>(null);

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost needs a HostContext provider');
  return host;
}
