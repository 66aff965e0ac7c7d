// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { DurableObject } from 'cloudflare:workers';
import type { Bindings } from '../env';
import { type Bucket, takeToken } from './limits';

/** Boards one client network may create: a burst, refilled over an hour. */
export const CREATION_LIMIT = { burst: 10, perHour: 10 } as const;

/** Boards the whole server creates per hour unless the operator sets `CREATION_BUDGET_PER_HOUR`. */
export const DEFAULT_CREATION_BUDGET = 300;

/** The one limiter object's name. */
export const CREATION_LIMITER_NAME = 'creation';

const HOUR_MS = 3_600_000;
const PER_SECOND = CREATION_LIMIT.perHour / 3600;
/** After this long a bucket is full again and can be forgotten. */
const REFILL_MS = (CREATION_LIMIT.burst / PER_SECOND) * 1000;
/** How often the object looks for buckets to forget while it keeps itself in memory. */
const TIDY_EVERY_MS = 60_000;

/**
 * Rate limits on board creation: per hashed client network (an IPv4 address or an IPv6 /64), and
 * a budget for the whole server. Network buckets live in memory only and are forgotten once full
 * again: nothing about an address is stored, not even as the name of an object (a self-hosted
 * workerd keeps a file per object). An idle object would be evicted after seconds and forget every
 * bucket, so while it holds any it keeps itself in memory with a timer. The server's budget holds
 * nothing personal and is stored, so it also survives a restart.
 */
export class CreationLimiter extends DurableObject<Bindings> {
  private buckets = new Map<string, Bucket>();
  private tidying = false;

  take(networkHash: string, budgetPerHour: number): boolean {
    const now = Date.now();
    this.forgetFull(now);
    const own = takeToken(
      this.buckets.get(networkHash) ?? { tokens: CREATION_LIMIT.burst, refilledAt: now },
      now,
      PER_SECOND,
      CREATION_LIMIT.burst,
    );
    this.buckets.set(networkHash, own.bucket);
    this.keepInMemory();
    return own.allowed && this.takeFromBudget(now, budgetPerHour);
  }

  private takeFromBudget(now: number, budgetPerHour: number): boolean {
    const sql = this.ctx.storage.sql;
    sql.exec(
      'CREATE TABLE IF NOT EXISTS budget (id INTEGER PRIMARY KEY CHECK (id = 1), tokens REAL, refilled_at INTEGER)',
    );
    const row = sql.exec('SELECT tokens, refilled_at FROM budget').toArray()[0];
    const stored = row ? { tokens: row.tokens as number, refilledAt: row.refilled_at as number } : null;
    const { bucket, allowed } = takeToken(
      stored ?? { tokens: budgetPerHour, refilledAt: now },
      now,
      (budgetPerHour / HOUR_MS) * 1000,
      budgetPerHour,
    );
    sql.exec('INSERT OR REPLACE INTO budget VALUES (1, ?, ?)', bucket.tokens, bucket.refilledAt);
    return allowed;
  }

  private forgetFull(now: number) {
    for (const [key, bucket] of this.buckets) if (now - bucket.refilledAt >= REFILL_MS) this.buckets.delete(key);
  }

  private keepInMemory() {
    if (this.tidying) return;
    this.tidying = true;
    const tidy = () => {
      this.forgetFull(Date.now());
      this.tidying = this.buckets.size > 0;
      if (this.tidying) setTimeout(tidy, TIDY_EVERY_MS);
    };
    setTimeout(tidy, TIDY_EVERY_MS);
  }
}
