// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * Team health checks: statements answered anonymously on a 1–5 scale. Results exist only as
 * aggregates, and only once enough people answered, so no one's answer can be read off them.
 */
export const MIN_ANSWERS = 3;
export const SCALE = [1, 2, 3, 4, 5] as const;

export interface Dimension {
  id: string;
  de: string;
  en: string;
}

/** The default statements: agree (5) or disagree (1). */
export const DEFAULT_DIMENSIONS: readonly Dimension[] = [
  { id: 'collaboration', de: 'Wir arbeiten gut zusammen.', en: 'We work well together.' },
  { id: 'workload', de: 'Meine Arbeitsmenge ist zu schaffen.', en: 'My workload is manageable.' },
  { id: 'goals', de: 'Ich weiß, woran wir arbeiten und wozu.', en: 'I know what we are working on and why.' },
  { id: 'learning', de: 'Ich lerne bei der Arbeit dazu.', en: 'I keep learning at work.' },
  { id: 'support', de: 'Ich bekomme Unterstützung, wenn ich sie brauche.', en: 'I get support when I need it.' },
  {
    id: 'process',
    de: 'Unsere Abläufe helfen uns mehr, als sie uns bremsen.',
    en: 'Our procedures help us more than they slow us down.',
  },
  { id: 'fun', de: 'Die Arbeit im Team macht mir Freude.', en: 'I enjoy working in this team.' },
];

export interface HealthBallot {
  /** Dimension id → 1..5; a skipped statement is absent. */
  answers: Record<string, number>;
}

export interface DimensionResult {
  id: string;
  answered: number;
  mean: number;
  /** How many answered 1, 2, 3, 4, 5. */
  distribution: [number, number, number, number, number];
}

export type HealthResult =
  { shown: true; answers: number; dimensions: DimensionResult[] } | { shown: false; answers: number; needed: number };

/** The threshold a team may raise but never lower below three. */
export const effectiveThreshold = (threshold: number) =>
  Math.max(MIN_ANSWERS, Number.isFinite(threshold) ? Math.floor(threshold) : MIN_ANSWERS);

const valid = (value: unknown): value is number => typeof value === 'number' && SCALE.includes(value as 1);

/** The ballots that answered at least one of the statements. */
export const answeringBallots = (ballots: readonly HealthBallot[], dimensions: readonly string[]) =>
  ballots.filter((ballot) => dimensions.some((id) => valid(ballot.answers[id])));

/**
 * Aggregates ballots. Nothing is shown until `threshold` people (at least three) answered; a
 * statement that fewer than that answered is left out, so a skipped statement cannot single
 * anyone out either. Invalid answers are ignored.
 */
export function aggregateHealth(
  ballots: readonly HealthBallot[],
  dimensions: readonly string[],
  threshold: number,
): HealthResult {
  const needed = effectiveThreshold(threshold);
  const answering = answeringBallots(ballots, dimensions);
  if (answering.length < needed) return { shown: false, answers: answering.length, needed };
  const results: DimensionResult[] = [];
  for (const id of dimensions) {
    const values = answering.map((ballot) => ballot.answers[id]).filter(valid);
    if (values.length < needed) continue;
    const distribution: DimensionResult['distribution'] = [0, 0, 0, 0, 0];
    for (const value of values) distribution[value - 1] = (distribution[value - 1] ?? 0) + 1;
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    results.push({ id, answered: values.length, mean: Math.round(mean * 100) / 100, distribution });
  }
  return { shown: true, answers: answering.length, dimensions: results };
}

/** How many chose each value of a scale, for mood checks and fist-of-five polls. */
export function distribution(values: readonly unknown[], scale: readonly number[]): number[] {
  return scale.map((point) => values.filter((value) => value === point).length);
}
