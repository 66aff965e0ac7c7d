// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'preact/hooks';
import { availableQuestions, setCurrentQuestion } from '../../shared/checkin/board';
import { CATEGORIES, type Category, DECK, pickQuestion } from '../../shared/checkin/deck';
import { newId } from '../lib/ids';
import { useLocale, useT } from '../stores/use-t';
import { useCanEdit, useTeam, useTeamData } from './team-context';

/** The question the team answers now: drawn at random (avoiding recent ones) or asked freely. */
export function QuestionPicker() {
  const t = useT();
  const locale = useLocale();
  const { team } = useTeam();
  const canEdit = useCanEdit();
  const question = useTeamData((data) => data.checkin.question);
  const recent = useTeamData((data) => data.checkin.recent);
  // Read so that the list follows changes to the team's own and hidden questions.
  useTeamData((data) => data.checkin.ownQuestions);
  useTeamData((data) => data.checkin.hidden);
  const [category, setCategory] = useState<Category | 'all'>('all');
  const [own, setOwn] = useState('');
  const doc = team.board.doc;

  const pick = () => {
    const available = availableQuestions(doc, locale, category === 'all' ? null : category);
    const picked = pickQuestion(available, recent, Math.random);
    if (picked) setCurrentQuestion(doc, { id: picked.id, text: picked.text, pickedAt: team.serverNow() });
  };

  return (
    <section class="card" aria-labelledby="question-heading">
      <h2 id="question-heading">{t('checkin.heading')}</h2>
      <p class="checkin-question" data-testid="checkin-question" aria-live="polite">
        {question
          ? (DECK.find((entry) => entry.id === question.id)?.[locale] ?? question.text)
          : t('checkin.noQuestion')}
      </p>
      {canEdit && (
        <>
          <div class="inline-form">
            <label for="question-category">{t('checkin.category')}</label>
            <select
              id="question-category"
              class="select"
              value={category}
              onChange={(event) => setCategory(event.currentTarget.value as Category | 'all')}
            >
              <option value="all">{t('checkin.category.all')}</option>
              {CATEGORIES.map((id) => (
                <option key={id} value={id}>
                  {t(`checkin.category.${id}`)}
                </option>
              ))}
            </select>
            <button type="button" class="button button--primary" onClick={pick}>
              {t('checkin.pick')}
            </button>
          </div>
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const id = newId();
              const text = own.trim();
              if (!text) return;
              setCurrentQuestion(doc, { id, text, pickedAt: team.serverNow() });
              setOwn('');
            }}
          >
            <label for="own-question" class="visually-hidden">
              {t('checkin.ownQuestion')}
            </label>
            <input
              id="own-question"
              class="input"
              placeholder={t('checkin.ownQuestion')}
              value={own}
              maxLength={300}
              onInput={(event) => setOwn(event.currentTarget.value)}
            />
            <button type="submit" class="button">
              {t('checkin.ask')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
