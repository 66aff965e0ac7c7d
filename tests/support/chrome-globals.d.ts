// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The few extension APIs the e2e tests and benchmarks call inside the service worker through `evaluate`.
declare namespace chrome {
  namespace storage.local {
    function get(key: string | null): Promise<Record<string, unknown>>;
    function set(items: Record<string, unknown>): Promise<void>;
  }
  namespace storage.onChanged {
    type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => void;
    function addListener(listener: Listener): void;
    function removeListener(listener: Listener): void;
  }
  namespace runtime {
    function sendMessage(message: unknown): Promise<unknown>;
    function getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]>;
  }
  namespace action {
    function getBadgeText(details: object): Promise<string>;
    function getBadgeBackgroundColor(details: object): Promise<number[]>;
  }
  namespace alarms {
    function getAll(): Promise<{ name: string; scheduledTime: number }[]>;
  }
  namespace notifications {
    function getAll(): Promise<Record<string, boolean>>;
  }
}
