// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { en } from './en';
import type { enCore } from './en-core';

type Catalogue = typeof en;

/** The shape every language's catalogue has: the same keys, the same parameters. */
export type Messages = {
  [K in keyof Catalogue]: Catalogue[K] extends string ? string : Catalogue[K];
};

export type MessageKey = keyof Messages;

/** The keys every page has; the rest belong to the team views and are loaded by their pages. */
export type CoreKey = keyof typeof enCore;

/** Parameters a message takes: none for plain strings. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];

/** A message named by key and arguments, so a view renders it in its own language. */
export type MessageRef = { [K in MessageKey]: { key: K; args: MessageArgs<K> } }[MessageKey];
