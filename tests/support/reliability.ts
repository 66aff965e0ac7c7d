// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { mkdir, writeFile } from 'node:fs/promises';

/**
 * The reliability tests run scaled down in CI and at full length under `npm run soak` (`SOAK=1`).
 * They print what they measured and keep it in `.output/reliability/<name>.json` for the report.
 */
export const SOAK = process.env.SOAK === '1';

/** `ci` in the test command, `soak` under `npm run soak`. */
export const scaled = (ci: number, soak: number) => (SOAK ? soak : ci);

export async function recordFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  const text = JSON.stringify({ name, soak: SOAK, at: new Date().toISOString(), ...figures }, null, 2);
  console.log(`[reliability] ${name}: ${text}`);
  await mkdir('.output/reliability', { recursive: true });
  await writeFile(`.output/reliability/${name}.json`, `${text}\n`);
}

/** A small seeded generator (mulberry32), so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed from `SEED`, or a fresh one; printed so that a failure can be replayed. */
export function seedFor(name: string): number {
  const seed = process.env.SEED ? Number(process.env.SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`[reliability] ${name}: seed ${seed} (repeat with SEED=${seed})`);
  return seed;
}
