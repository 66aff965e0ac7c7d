// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEditable } from './use-editable';
import type { PhaseProps } from './phase-props';
import { useState } from 'preact/hooks';
import { newId } from '../../../lib/ids';
import { useT } from '../../../stores/use-t';
import { useRetro } from '../retro-context';

/** Private drafts: kept on this device and sent to nobody until the reveal. */
export function Write({ columns, local, update }: PhaseProps) {
  const t = useT();
  const { team } = useRetro();
  const editable = useEditable();
  const [texts, setTexts] = useState<string[]>(() => columns.map(() => ''));
  if (!editable) return <p>{t('retro.write.others')}</p>;
  return (
    <>
      <p class="notice">{t('retro.write.hint')}</p>
      <p class="muted" role="status">
        {t('retro.write.mine', local.drafts.length)}
      </p>
      <div class="columns">
        {columns.map((title, column) => (
          <section key={column} class="column" aria-labelledby={`column-${column}`}>
            <h3 id={`column-${column}`}>{title}</h3>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                const text = texts[column]!.trim();
                if (!text) return;
                update((current) => ({
                  ...current,
                  drafts: [
                    ...current.drafts,
                    { id: newId(), column, text: text.slice(0, 500), createdAt: team.serverNow() },
                  ],
                }));
                setTexts(texts.map((value, index) => (index === column ? '' : value)));
              }}
            >
              <label for={`draft-${column}`} class="visually-hidden">
                {t('retro.write.add', title)}
              </label>
              <textarea
                id={`draft-${column}`}
                class="input"
                rows={2}
                maxLength={500}
                placeholder={t('retro.write.add', title)}
                value={texts[column]}
                onInput={(event) =>
                  setTexts(texts.map((value, index) => (index === column ? event.currentTarget.value : value)))
                }
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey) {
                    event.preventDefault();
                    event.currentTarget.form?.requestSubmit();
                  }
                }}
              />
              <button type="submit" class="button button--small">
                {t('retro.write.addButton')}
              </button>
            </form>
            <ul class="cards">
              {local.drafts
                .filter((draft) => draft.column === column)
                .map((draft) => (
                  <li key={draft.id} class="retro-card retro-card--draft">
                    <span>{draft.text}</span>
                    <button
                      type="button"
                      class="button button--quiet button--small"
                      aria-label={t('retro.write.delete', draft.text)}
                      onClick={() =>
                        update((current) => ({
                          ...current,
                          drafts: current.drafts.filter((entry) => entry.id !== draft.id),
                        }))
                      }
                    >
                      {t('items.deleteShort')}
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
