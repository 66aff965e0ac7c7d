// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { isOverdue } from '../../shared/team/model';
import { useT } from '../stores/use-t';
import { ItemRow } from './item-row';
import { useTeamData, useToday } from './team-context';

/**
 * Action items past their due date and not done, at the start of a stand-up, where the team can
 * tick them off or give them a new date.
 */
export function OverdueActions({ level }: { level: 2 | 3 }) {
  const t = useT();
  const items = useTeamData((data) => data.items);
  const today = useToday();
  const overdue = items.filter((item) => isOverdue(item, today));
  if (overdue.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="card overdue" aria-labelledby="overdue-heading">
      <Heading id="overdue-heading">{t('items.overdueHeading', overdue.length)}</Heading>
      <ul class="item-list">
        {overdue.map((item) => (
          <ItemRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
