// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'preact/hooks';
import { postUpdate, withdrawUpdate } from '../../../shared/team/ops';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { useCanEdit, useTeam, useTeamData, useToday } from '../../base/team-context';
import { promptsOf } from './prompts';

/**
 * Answers posted before the stand-up, for part-time days or absence; shown when it is this
 * member's turn. The second prompt's lines ("today") become focus-timer labels on this device.
 */
export function AsyncUpdateForm() {
  const t = useT();
  const { record, team } = useTeam();
  const canEdit = useCanEdit();
  const settings = useTeamData((data) => data.settings);
  const today = useToday();
  const posted = useTeamData((data) =>
    data.updates.find((update) => update.date === today && update.memberId === record.memberId),
  );
  const saveTodayPlan = useApp((state) => state.saveTodayPlan);
  const prompts = promptsOf(settings, t);
  const [answers, setAnswers] = useState<string[]>(() => prompts.map((_, index) => posted?.answers[index] ?? ''));
  const [status, setStatus] = useState(false);
  if (!canEdit) return null;

  const post = (event: Event) => {
    event.preventDefault();
    postUpdate(team.board.doc, { memberId: record.memberId, date: today, answers, postedAt: team.serverNow() });
    const plan = (answers[1] ?? '')
      .split(/\r?\n/)
      .map((line) => line.replace(/^[-*•\s]+/, '').trim())
      .filter(Boolean);
    void saveTodayPlan(plan);
    setStatus(true);
  };

  return (
    <form class="card" onSubmit={post} aria-labelledby="async-heading">
      <h2 id="async-heading">{t('async.heading')}</h2>
      <p class="muted">{t('async.hint')}</p>
      {prompts.map((prompt, index) => (
        <div class="field" key={prompt}>
          <label for={`answer-${index}`}>{prompt}</label>
          <textarea
            id={`answer-${index}`}
            class="input"
            rows={2}
            maxLength={500}
            value={answers[index] ?? ''}
            onInput={(event) => {
              const next = [...answers];
              next[index] = event.currentTarget.value;
              setAnswers(next);
              setStatus(false);
            }}
          />
        </div>
      ))}
      <button type="submit" class="button button--primary">
        {t('async.post')}
      </button>{' '}
      {posted && (
        <button
          type="button"
          class="button"
          onClick={() => {
            withdrawUpdate(team.board.doc, today, record.memberId);
            setStatus(false);
          }}
        >
          {t('async.withdraw')}
        </button>
      )}
      <p role="status">{status && t('async.posted')}</p>
    </form>
  );
}
