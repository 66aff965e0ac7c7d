import { DurableObject } from 'cloudflare:workers';
import type { Bindings } from '../env';
import { type Bucket, takeToken } from './limits';

/** Boards one client address may create: a burst, refilled over an hour. */
export const CREATION_LIMIT = { burst: 10, perHour: 10 } as const;

/**
 * Rate limit on board creation, one object per hashed client address. It keeps its bucket in
 * memory only: nothing about an address is ever stored.
 */
export class CreationLimiter extends DurableObject<Bindings> {
  private bucket: Bucket = { tokens: CREATION_LIMIT.burst, refilledAt: Date.now() };

  take(): boolean {
    const result = takeToken(this.bucket, Date.now(), CREATION_LIMIT.perHour / 3600, CREATION_LIMIT.burst);
    this.bucket = result.bucket;
    return result.allowed;
  }
}
