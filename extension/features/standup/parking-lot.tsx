// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'preact/hooks';
import { addItem } from '../../../shared/team/ops';
import { newId } from '../../lib/ids';
import { useT } from '../../stores/use-t';
import { ItemRow } from '../../base/item-row';
import { useCanEdit, useTeam, useTeamData } from '../../base/team-context';

/** Topics for after the stand-up: anyone adds them while it runs; they are ticked off or become actions. */
export function ParkingLot({ standupId }: { standupId: string }) {
  const t = useT();
  const { team } = useTeam();
  const canEdit = useCanEdit();
  const topics = useTeamData((data) => data.items);
  const [text, setText] = useState('');
  const mine = topics.filter((item) => item.standupId === standupId && item.kind !== 'blocker');

  const add = (event: Event) => {
    event.preventDefault();
    if (addItem(team.board.doc, { id: newId(), kind: 'topic', text, now: team.serverNow(), standupId })) setText('');
  };

  return (
    <section class="card" aria-labelledby="parking-heading">
      <h2 id="parking-heading">{t('parking.heading')}</h2>
      {canEdit && (
        <form class="inline-form" onSubmit={add}>
          <label for="parking-topic" class="visually-hidden">
            {t('parking.add')}
          </label>
          <input
            id="parking-topic"
            class="input"
            placeholder={t('parking.add')}
            value={text}
            maxLength={500}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('parking.addButton')}
          </button>
        </form>
      )}
      {mine.length === 0 ? (
        <p class="muted">{t('parking.empty')}</p>
      ) : (
        <ul class="item-list">
          {mine.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
