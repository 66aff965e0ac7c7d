import { type en } from './en';

type Catalogue = typeof en;

/** The shape every language's catalogue has: the same keys, the same parameters. */
export type Messages = {
  [K in keyof Catalogue]: Catalogue[K] extends string ? string : Catalogue[K];
};

export type MessageKey = keyof Messages;

/** Parameters a message takes: none for plain strings. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];

/** A message named by key and arguments, so a view renders it in its own language. */
export type MessageRef = { [K in MessageKey]: { key: K; args: MessageArgs<K> } }[MessageKey];
