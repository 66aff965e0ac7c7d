// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { toHex } from '../../shared/encoding/hex';

/** A random 64-bit id for items, stand-ups and members, as 16 hex characters. */
export const newId = (): string => toHex(crypto.getRandomValues(new Uint8Array(8)));

/** Today's date in the person's time zone, as yyyy-mm-dd. */
export function localDate(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
