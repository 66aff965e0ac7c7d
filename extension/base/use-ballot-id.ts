// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'preact/hooks';
import { toHex } from '../../shared/encoding/hex';
import { useHost } from '../lib/host';

/**
 * This member's random ballot id for a health round, kept on this device only: answering again
 * replaces the earlier answer, and nobody else can tell whose ballot it is.
 */
export function useBallotId(roundId: string | null): string | null {
  const { local } = useHost();
  const [ballotId, setBallotId] = useState<string | null>(null);
  useEffect(() => {
    if (!roundId) return setBallotId(null);
    const key = `healthBallot:${roundId}`;
    void local.get(key).then(async (stored) => {
      if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return setBallotId(stored);
      const fresh = toHex(crypto.getRandomValues(new Uint8Array(16)));
      await local.set(key, fresh);
      setBallotId(fresh);
    });
  }, [roundId, local]);
  return ballotId;
}
