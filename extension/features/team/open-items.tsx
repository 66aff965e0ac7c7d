// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { CheckboxField } from '../../components/checkbox-field';
import { useState } from 'preact/hooks';
import { useT } from '../../stores/use-t';
import { ItemRow } from '../../base/item-row';
import { useTeamData } from '../../base/team-context';

/** Blockers, action items and parking-lot topics still open on the team board. */
export function OpenItems() {
  const t = useT();
  const items = useTeamData((data) => data.items);
  const [showDone, setShowDone] = useState(false);
  const shown = items.filter((item) => showDone || item.doneAt === null);
  return (
    <div>
      <h2>{t('items.heading')}</h2>
      <CheckboxField id="show-done" label={t('items.showDone')} checked={showDone} onChange={setShowDone} />
      {shown.length === 0 ? (
        <p>{t('items.empty')}</p>
      ) : (
        <ul class="item-list">
          {shown.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
