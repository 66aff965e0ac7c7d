// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKOFF, backoffDelay } from '../../../shared/sync/backoff';
import { addSample, clockOffset } from '../../../shared/sync/clock';

describe('reconnect backoff', () => {
  it('stays within the exponential ceiling and the cap, whatever the attempt', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, random) => {
        const delay = backoffDelay(attempt, random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** attempt));
      }),
    );
  });

  it('spreads clients over the whole window (full jitter)', () => {
    expect(backoffDelay(3, 0)).toBe(0);
    expect(backoffDelay(3, 0.999)).toBe(3996);
    expect(backoffDelay(40, 0.5)).toBe(15_000);
  });
});

describe('clock offset', () => {
  it('trusts the sample with the lowest round trip', () => {
    let samples = addSample([], { sentAt: 1000, receivedAt: 1400, serverTime: 5300 });
    samples = addSample(samples, { sentAt: 2000, receivedAt: 2020, serverTime: 6010 });
    samples = addSample(samples, { sentAt: 3000, receivedAt: 3300, serverTime: 7000 });
    expect(clockOffset(samples)).toBe(4000);
    expect(clockOffset([])).toBeNull();
  });

  it('is off by at most half the best round trip, for any true offset and path delays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(fc.tuple(fc.nat(500), fc.nat(500)), { minLength: 1, maxLength: 20 }),
        (trueOffset, delays) => {
          let samples: ReturnType<typeof addSample> = [];
          let t = 1_000_000;
          for (const [up, down] of delays) {
            samples = addSample(samples, { sentAt: t, serverTime: t + up + trueOffset, receivedAt: t + up + down });
            t += 10_000;
          }
          const bestRoundTrip = Math.min(...samples.map((s) => s.receivedAt - s.sentAt));
          expect(Math.abs(clockOffset(samples)! - trueOffset)).toBeLessThanOrEqual(bestRoundTrip / 2);
        },
      ),
    );
  });
});
