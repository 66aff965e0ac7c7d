import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { toHex } from '../../../shared/encoding/hex';

/**
 * This member's random ballot id for a health round, kept on this device only: answering again
 * replaces the earlier answer, and nobody else can tell whose ballot it is.
 */
export function useBallotId(roundId: string | null): string | null {
  const [ballotId, setBallotId] = useState<string | null>(null);
  useEffect(() => {
    if (!roundId) return setBallotId(null);
    const item = storage.defineItem<string | null>(`local:healthBallot:${roundId}`, { fallback: null });
    void item.getValue().then(async (stored) => {
      if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return setBallotId(stored);
      const fresh = toHex(crypto.getRandomValues(new Uint8Array(16)));
      await item.setValue(fresh);
      setBallotId(fresh);
    });
  }, [roundId]);
  return ballotId;
}
