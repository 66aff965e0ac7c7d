// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useStatementText } from './use-statement-text';
import { type HealthRecord } from '../../../shared/checkin/board';
import { formatDate, formatNumber } from '../../../shared/i18n/format';
import { useLocale, useT } from '../../stores/use-t';
import { useTeamData } from '../../base/team-context';

const CHART = { width: 320, height: 160, pad: 28 };

/** Means per statement across rounds: a small SVG chart, and the same figures as a table. */
export function HealthTrends() {
  const t = useT();
  const locale = useLocale();
  // Rounds closed with too few answers have no figures to draw.
  const history = useTeamData((data) => data.checkin.history).filter((record) => record.dimensions.length > 0);
  const textOf = useStatementText();
  if (history.length === 0) return null;
  const ids = [...new Set(history.flatMap((record) => record.dimensions.map((dimension) => dimension.id)))];
  // A single round is a point in the middle; more spread over the width.
  const x = (index: number) =>
    history.length === 1 ? CHART.width / 2 : CHART.pad + (index * (CHART.width - 2 * CHART.pad)) / (history.length - 1);
  const y = (mean: number) => CHART.height - CHART.pad - ((mean - 1) / 4) * (CHART.height - 2 * CHART.pad);
  const meanOf = (record: HealthRecord, id: string) => record.dimensions.find((dimension) => dimension.id === id)?.mean;
  const formatMean = (mean: number | undefined) => (mean === undefined ? '–' : formatNumber(mean, locale));
  const textFor = (id: string) =>
    textOf(
      history.flatMap((record) => record.dimensions).find((dimension) => dimension.id === id) ?? { id, text: null },
    );
  return (
    <section class="card" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('health.trends')}</h2>
      <svg
        class="trend-chart"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={t('health.chartLabel', history.length)}
      >
        {[1, 2, 3, 4, 5].map((value) => (
          <g key={value}>
            <line x1={CHART.pad} x2={CHART.width - CHART.pad} y1={y(value)} y2={y(value)} class="trend-chart__grid" />
            <text x={4} y={y(value) + 4} class="trend-chart__label">
              {value}
            </text>
          </g>
        ))}
        {ids.map((id, line) => {
          const points = history.flatMap((record, index) => {
            const mean = meanOf(record, id);
            return mean === undefined ? [] : [[x(index), y(mean)] as const];
          });
          return (
            <g key={id} class={`trend-chart__line trend-chart__line--${line % 4}`}>
              <polyline points={points.map((point) => point.join(',')).join(' ')} />
              {points.map(([cx, cy]) => (
                <circle key={`${cx}`} cx={cx} cy={cy} r={3} class="trend-chart__point" />
              ))}
            </g>
          );
        })}
      </svg>
      <div class="scroll-x" tabIndex={0} role="region" aria-labelledby="trends-table-caption">
        <table class="health-table">
          <caption id="trends-table-caption">{t('health.trendsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('health.statement')}</th>
              {history.map((record) => (
                <th key={record.id} scope="col" class="nowrap">
                  {formatDate(record.date, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id}>
                <th scope="row">{textFor(id)}</th>
                {history.map((record) => (
                  <td key={record.id}>{formatMean(meanOf(record, id))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
