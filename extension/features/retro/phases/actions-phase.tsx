// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEditable } from './use-editable';
import { useState } from 'preact/hooks';
import { addItem } from '../../../../shared/team/ops';
import { newId } from '../../../lib/ids';
import { useT } from '../../../stores/use-t';
import { ItemRow } from '../../../base/item-row';
import { useTeamData } from '../../../base/team-context';
import { useRetro } from '../retro-context';

/** Action items: title, owner (a member or free text), due date; they live on the team board. */
export function Actions() {
  const t = useT();
  const { team, link } = useRetro();
  const editable = useEditable();
  const members = useTeamData((data) => data.members);
  const actions = useTeamData((data) => data.items).filter((item) => item.retroId === link.boardId);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  return (
    <>
      {editable && (
        <form
          class="card action-form"
          onSubmit={(event) => {
            event.preventDefault();
            const added = addItem(team.board.doc, {
              id: newId(),
              kind: 'action',
              text: title,
              now: team.serverNow(),
              retroId: link.boardId,
              owner: owner.trim() || null,
              due: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null,
            });
            if (added) {
              setTitle('');
              setOwner('');
              setDue('');
            }
          }}
        >
          <div class="field">
            <label for="action-title">{t('retro.actions.title')}</label>
            <input
              id="action-title"
              class="input"
              value={title}
              maxLength={500}
              onInput={(event) => setTitle(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="action-owner">{t('items.owner')}</label>
            <input
              id="action-owner"
              class="input"
              list="action-members"
              value={owner}
              maxLength={60}
              onInput={(event) => setOwner(event.currentTarget.value)}
            />
            <datalist id="action-members">
              {members.map((member) => (
                <option key={member.id} value={member.name} />
              ))}
            </datalist>
          </div>
          <div class="field">
            <label for="action-due">{t('items.due')}</label>
            <input
              id="action-due"
              class="input"
              type="date"
              value={due}
              onInput={(event) => setDue(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button--primary">
            {t('retro.actions.add')}
          </button>
        </form>
      )}
      {actions.length === 0 ? (
        <p>{t('items.empty')}</p>
      ) : (
        <ul class="item-list" data-testid="retro-actions">
          {actions.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}
