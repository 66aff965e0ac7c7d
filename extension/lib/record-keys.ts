// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { fromBase64Url } from '../../shared/encoding/base64url';
import { type BoardKeys, deriveBoardKeys } from '../../shared/sync/crypto';
import type { TeamRecord } from './records';

/** A team's keys from its stored record: records stored before signatures are of version 1. */
export function recordKeys(crypto: Crypto, record: TeamRecord): Promise<BoardKeys> {
  return deriveBoardKeys(crypto, record.role, fromBase64Url(record.secret)!, {
    version: record.keyVersion ?? 1,
    verifyKey: record.verifyKey ? fromBase64Url(record.verifyKey) : null,
  });
}
