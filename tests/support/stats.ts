// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/** Order statistics of measured values (milliseconds unless said otherwise). */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

const maxOf = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
const minOf = (values: readonly number[]) => values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);

export const spread = (values: readonly number[]): Spread => ({
  median: median(values),
  min: minOf(values),
  max: maxOf(values),
});

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const latency = (values: readonly number[]): Latency => ({
  count: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
  max: values.length ? maxOf(values) : Number.NaN,
});

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** `12.3 (11.0–14.2)`: a run's median with its spread. */
export const formatSpread = (s: Spread, unit = 'ms', digits = 1) =>
  `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
