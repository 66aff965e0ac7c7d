// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { summarizeFocus } from '../../../shared/focus/stats';
import { useNow } from '../../lib/use-now';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';

/** Today's and this week's completed sessions and focused minutes. */
export function FocusStats() {
  const t = useT();
  const records = useApp((state) => state.records);
  const kept = useApp((state) => state.policy.policy.keepFocusStatistics);
  // The day and week are those of when the view opened; records added later still count.
  const now = useNow(false, null);
  const summary = summarizeFocus(records, now);
  // The organisation keeps no statistics: the options page says so.
  if (!kept) return null;
  const rows = [
    { id: 'today', label: t('stats.today'), totals: summary.today },
    { id: 'week', label: t('stats.week'), totals: summary.week },
  ];
  return (
    <section class="stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t('stats.heading')}</h2>
      <dl class="stats__list">
        {rows.map((row) => (
          <div class="stats__row" key={row.id} data-testid={`stats-${row.id}`}>
            <dt>{row.label}</dt>
            <dd>
              {t('stats.sessions', row.totals.sessions)} · {t('stats.minutes', row.totals.minutes)}
            </dd>
          </div>
        ))}
      </dl>
      <p class="muted">{t('stats.local')}</p>
    </section>
  );
}
