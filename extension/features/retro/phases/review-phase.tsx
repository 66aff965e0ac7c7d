// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEditable } from './use-editable';
import { useState } from 'preact/hooks';
import { isOverdue, openActionItems } from '../../../../shared/team/model';
import { deleteItem, setItemDone } from '../../../../shared/team/ops';
import { formatDate } from '../../../../shared/i18n/format';
import { useT } from '../../../stores/use-t';
import { AgreementRow } from '../../../base/agreement-row';
import { useTeamData, useToday } from '../../../base/team-context';
import { useRetro } from '../retro-context';

/** Open action items from earlier retros (done, keep or drop) and the working agreements. */
export function Review() {
  const t = useT();
  const { team, link } = useRetro();
  const editable = useEditable();
  // Select whole lists and filter here: a selector must return the same object while nothing changed.
  const actions = openActionItems(
    useTeamData((data) => data.items),
    link.boardId,
  );
  const agreements = useTeamData((data) => data.agreements).filter((agreement) => agreement.retiredAt === null);
  const doc = team.board.doc;
  const [kept, setKept] = useState<string[]>([]);
  const today = useToday();
  return (
    <>
      <section class="card" aria-labelledby="review-actions">
        <h3 id="review-actions">{t('retro.review.heading')}</h3>
        {actions.length === 0 && <p>{t('retro.review.none')}</p>}
        <ul class="item-list">
          {actions.map((item) => (
            <li key={item.id} class="item">
              <p class="item__text">
                {item.text}
                {item.owner && (
                  <span class="muted">
                    {' '}
                    · {t('items.ownerDue', item.owner, item.due ? formatDate(item.due, t.locale) : '')}
                  </span>
                )}
                {isOverdue(item, today) && <span class="tag tag--warning">{t('items.overdue')}</span>}
                {kept.includes(item.id) && <span class="tag">{t('retro.review.kept')}</span>}
              </p>
              {editable && (
                <div class="item__actions">
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => setItemDone(doc, item.id, true, team.serverNow())}
                    aria-label={t('retro.review.doneLabel', item.text)}
                  >
                    {t('retro.review.done')}
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => setKept([...kept, item.id])}
                    aria-label={t('retro.review.keepLabel', item.text)}
                  >
                    {t('retro.review.keep')}
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => deleteItem(doc, item.id, team.serverNow())}
                    aria-label={t('retro.review.dropLabel', item.text)}
                  >
                    {t('retro.review.drop')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="review-agreements">
        <h3 id="review-agreements">{t('agreements.heading')}</h3>
        <p class="muted">{t('agreements.question')}</p>
        {agreements.length === 0 && <p>{t('agreements.none')}</p>}
        <ul class="item-list">
          {agreements.map((agreement) => (
            <li key={agreement.id} class="item">
              <AgreementRow id={agreement.id} rule={agreement.rule} purpose={agreement.purpose} retired={false} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
