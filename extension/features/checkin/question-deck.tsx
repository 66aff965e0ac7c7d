// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { CheckboxField } from '../../components/checkbox-field';
import { useState } from 'preact/hooks';
import { addOwnQuestion, removeOwnQuestion, setHidden } from '../../../shared/checkin/board';
import { CATEGORIES, type Category, DECK } from '../../../shared/checkin/deck';
import { newId } from '../../lib/ids';
import { useLocale, useT } from '../../stores/use-t';
import { useCanEdit, useTeam, useTeamData } from '../../base/team-context';

/** The team's deck: hide built-in questions it does not want, add and remove its own. */
export function QuestionDeck() {
  const t = useT();
  const locale = useLocale();
  const { team } = useTeam();
  const canEdit = useCanEdit();
  const own = useTeamData((data) => data.checkin.ownQuestions);
  const hidden = useTeamData((data) => data.checkin.hidden);
  const [text, setText] = useState('');
  const [category, setCategory] = useState<Category>('light');
  const doc = team.board.doc;
  if (!canEdit) return null;
  return (
    <details class="card">
      <summary>{t('deck.heading', DECK.length - hidden.length + own.length)}</summary>
      <form
        class="inline-form"
        aria-label={t('deck.add')}
        onSubmit={(event) => {
          event.preventDefault();
          if (addOwnQuestion(doc, { id: newId(), category, text })) setText('');
        }}
      >
        <label for="deck-text" class="visually-hidden">
          {t('deck.add')}
        </label>
        <input
          id="deck-text"
          class="input"
          placeholder={t('deck.add')}
          value={text}
          maxLength={300}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <label for="deck-category" class="visually-hidden">
          {t('deck.category')}
        </label>
        <select
          id="deck-category"
          class="select"
          value={category}
          onChange={(event) => setCategory(event.currentTarget.value as Category)}
        >
          {CATEGORIES.map((id) => (
            <option key={id} value={id}>
              {t(`checkin.category.${id}`)}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          {t('deck.addButton')}
        </button>
      </form>
      <ul class="item-list">
        {own.map((question) => (
          <li key={question.id} class="item">
            <span class="item__text">{question.text}</span>{' '}
            <button type="button" class="button button--small" onClick={() => removeOwnQuestion(doc, question.id)}>
              {t('deck.remove')}
            </button>
          </li>
        ))}
        {DECK.map((question) => (
          <CheckboxField
            key={question.id}
            as="li"
            id={`deck-${question.id}`}
            label={question[locale]}
            checked={!hidden.includes(question.id)}
            onChange={(checked) => setHidden(doc, question.id, !checked)}
          />
        ))}
      </ul>
    </details>
  );
}
