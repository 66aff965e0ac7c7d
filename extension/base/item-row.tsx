// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { formatDate } from '../../shared/i18n/format';
import { useState } from 'preact/hooks';
import { type TeamItem, isOverdue } from '../../shared/team/model';
import { deleteItem, makeAction, setItemDone } from '../../shared/team/ops';
import { useT } from '../stores/use-t';
import { actionItemText, downloadActionItem } from './calendar-files';
import { useCanEdit, useTeam, useTeamData, useToday } from './team-context';

/** One topic, blocker or action item: tick it off, turn it into an action item, delete it. */
export function ItemRow({ item }: { item: TeamItem }) {
  const t = useT();
  const { team } = useTeam();
  const canEdit = useCanEdit();
  const members = useTeamData((data) => data.members);
  const teamName = useTeamData((data) => data.name);
  const [editing, setEditing] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [owner, setOwner] = useState(item.owner ?? '');
  const [due, setDue] = useState(item.due ?? '');
  const doc = team.board.doc;
  const id = `item-${item.id}`;
  const today = useToday();
  const overdue = isOverdue(item, today);

  const save = (event: Event) => {
    event.preventDefault();
    makeAction(doc, item.id, owner.trim() || null, /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null);
    setEditing(false);
  };

  return (
    <li class={`item item--check item--${item.kind}${item.doneAt !== null ? ' item--done' : ''}`}>
      <input
        id={`${id}-done`}
        class="item__check"
        type="checkbox"
        checked={item.doneAt !== null}
        disabled={!canEdit}
        aria-label={t('items.done', item.text)}
        onChange={(event) => setItemDone(doc, item.id, event.currentTarget.checked, team.serverNow())}
      />
      <span class="item__text">{item.text}</span>
      <span class="item__meta">
        <span class="tag">{t(`items.kind.${item.kind}`)}</span>
        {item.kind === 'action' && item.owner && (
          <span>{t('items.ownerDue', item.owner, item.due ? formatDate(item.due, t.locale) : '')}</span>
        )}
        {overdue && <span class="tag tag--warning">{t('items.overdue')}</span>}
      </span>
      {!editing && (item.kind === 'action' || canEdit) && (
        <div class="item__actions">
          {item.kind === 'action' && (
            <>
              <button
                type="button"
                class="button button--quiet button--small"
                aria-label={t('items.copyLabel', item.text)}
                onClick={() =>
                  void navigator.clipboard
                    .writeText(actionItemText(t, item))
                    .then(() => setCopied('copied'))
                    .catch(() => setCopied('failed'))
                }
              >
                {t('items.copy')}
              </button>
              <button
                type="button"
                class="button button--quiet button--small"
                aria-label={t('items.toCalendarLabel', item.text)}
                onClick={() => void downloadActionItem(t, item, teamName, Date.now())}
              >
                {t('items.toCalendar')}
              </button>
            </>
          )}
          {canEdit && (
            <button
              type="button"
              class="button button--quiet button--small"
              aria-label={t(item.kind === 'action' ? 'items.editActionLabel' : 'items.makeActionLabel', item.text)}
              onClick={() => setEditing(true)}
            >
              {t(item.kind === 'action' ? 'items.editAction' : 'items.makeAction')}
            </button>
          )}
          {canEdit && (
            <button
              type="button"
              class="button button--quiet button--small"
              aria-label={t('items.delete', item.text)}
              onClick={() => deleteItem(doc, item.id, team.serverNow())}
            >
              {t('items.deleteShort')}
            </button>
          )}
        </div>
      )}
      {item.kind === 'action' && (
        <p class={copied === 'failed' ? 'item__note field-error' : 'item__note'} role="status">
          {copied === 'copied' && t('items.copied', item.text)}
          {copied === 'failed' && t('items.copyFailed')}
        </p>
      )}
      {editing && (
        <form class="item__form" onSubmit={save}>
          <div class="field">
            <label for={`${id}-owner`}>{t('items.owner')}</label>
            <input
              id={`${id}-owner`}
              class="input"
              list={`${id}-members`}
              value={owner}
              maxLength={60}
              onInput={(event) => setOwner(event.currentTarget.value)}
            />
            <datalist id={`${id}-members`}>
              {members.map((member) => (
                <option key={member.id} value={member.name} />
              ))}
            </datalist>
          </div>
          <div class="field">
            <label for={`${id}-due`}>{t('items.due')}</label>
            <input
              id={`${id}-due`}
              class="input"
              type="date"
              value={due}
              onInput={(event) => setDue(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button--primary button--small">
            {t('items.saveAction')}
          </button>{' '}
          <button type="button" class="button button--small" onClick={() => setEditing(false)}>
            {t('confirm.cancel')}
          </button>
        </form>
      )}
    </li>
  );
}
