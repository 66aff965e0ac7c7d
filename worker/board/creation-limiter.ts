import { DurableObject } from 'cloudflare:workers';
import type { Bindings } from '../env';
import { type Bucket, takeToken } from './limits';

/** Boards one client address may create: a burst, refilled over an hour. */
export const CREATION_LIMIT = { burst: 10, perHour: 10 } as const;

/** The one limiter object's name. */
export const CREATION_LIMITER_NAME = 'creation';

const PER_SECOND = CREATION_LIMIT.perHour / 3600;
/** After this long a bucket is full again and can be forgotten. */
const REFILL_MS = (CREATION_LIMIT.burst / PER_SECOND) * 1000;

/**
 * Rate limit on board creation per hashed client address. One object holds every bucket, in
 * memory only, and forgets a bucket once it is full again: nothing about an address is stored,
 * not even as the name of an object (a self-hosted workerd keeps a file per object).
 */
export class CreationLimiter extends DurableObject<Bindings> {
  private buckets = new Map<string, Bucket>();

  take(addressHash: string): boolean {
    const now = Date.now();
    for (const [key, bucket] of this.buckets) if (now - bucket.refilledAt >= REFILL_MS) this.buckets.delete(key);
    const bucket = this.buckets.get(addressHash) ?? { tokens: CREATION_LIMIT.burst, refilledAt: now };
    const result = takeToken(bucket, now, PER_SECOND, CREATION_LIMIT.burst);
    this.buckets.set(addressHash, result.bucket);
    return result.allowed;
  }
}
