// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useStatementText } from './use-statement-text';
import { useState } from 'preact/hooks';
import {
  type HealthRecord,
  answerHealth,
  closeHealthRound,
  roundDimensions,
  startHealthRound,
} from '../../../shared/checkin/board';
import { DEFAULT_DIMENSIONS, MIN_ANSWERS, SCALE } from '../../../shared/checkin/health';
import { formatDate, formatNumber } from '../../../shared/i18n/format';
import { Bars, ScaleBar } from '../../components/bars';
import { TextField } from '../../components/text-field';
import { localDate, newId } from '../../lib/ids';
import { useLocale, useT } from '../../stores/use-t';
import { useCanEdit, useTeam, useTeamData } from '../../base/team-context';
import { useBallotId } from '../../base/use-ballot-id';

export function HealthCheck() {
  const t = useT();
  const locale = useLocale();
  const { record, team } = useTeam();
  const canEdit = useCanEdit();
  const round = useTeamData((data) => data.checkin.round);
  const answered = useTeamData((data) => data.checkin.answered);
  const last = useTeamData((data) => data.checkin.history.at(-1) ?? null);
  const facilitator = useTeamData((data) =>
    data.members.some((member) => member.id === record.memberId && member.facilitator),
  );
  const ballotId = useBallotId(round?.id ?? null);
  const textOf = useStatementText();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [sent, setSent] = useState(false);
  const [threshold, setThreshold] = useState(String(MIN_ANSWERS));
  const [statements, setStatements] = useState('');
  const doc = team.board.doc;

  if (!round) {
    return (
      <section class="card" aria-labelledby="health-heading">
        <h2 id="health-heading">{t('health.heading')}</h2>
        {last && <LastRound record={last} />}
        <p class="muted">{t('health.explain', MIN_ANSWERS)}</p>
        {canEdit && facilitator && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              startHealthRound(doc, {
                id: newId(),
                startedAt: team.serverNow(),
                dimensions: roundDimensions(statements),
                threshold: Number(threshold) || MIN_ANSWERS,
              });
              setAnswers({});
              setSent(false);
            }}
          >
            <div class="field">
              <label for="health-statements">{t('health.statements')}</label>
              <textarea
                id="health-statements"
                class="input"
                rows={3}
                value={statements}
                placeholder={DEFAULT_DIMENSIONS.map((dimension) => dimension[locale]).join('\n')}
                onInput={(event) => setStatements(event.currentTarget.value)}
              />
            </div>
            <TextField
              id="health-threshold"
              label={t('health.threshold', MIN_ANSWERS)}
              value={threshold}
              onInput={setThreshold}
              inputMode="numeric"
            />
            <button type="submit" class="button button--primary">
              {t('health.start')}
            </button>
          </form>
        )}
      </section>
    );
  }

  return (
    <section class="card" aria-labelledby="health-heading">
      <h2 id="health-heading">{t('health.heading')}</h2>
      <p class="muted">{t('health.anonymous', round.threshold)}</p>
      {canEdit && ballotId && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            answerHealth(doc, round.id, ballotId, crypto.getRandomValues(new Uint32Array(1))[0]!, answers);
            setSent(true);
          }}
        >
          {round.dimensions.map((dimension) => (
            <fieldset key={dimension.id} class="fieldset fieldset--inner scale">
              <legend>{textOf(dimension)}</legend>
              {SCALE.map((value) => (
                <span key={value} class="scale__option">
                  <input
                    id={`health-${dimension.id}-${value}`}
                    type="radio"
                    name={`health-${dimension.id}`}
                    checked={answers[dimension.id] === value}
                    onChange={() => {
                      setAnswers({ ...answers, [dimension.id]: value });
                      setSent(false);
                    }}
                  />
                  <label for={`health-${dimension.id}-${value}`}>{t(`health.scale.${value}`)}</label>
                </span>
              ))}
            </fieldset>
          ))}
          <button type="submit" class="button button--primary" disabled={Object.keys(answers).length === 0}>
            {t('health.send')}
          </button>
          <p role="status">{sent && t('health.sent')}</p>
        </form>
      )}
      <p data-testid="health-count">{t('health.waiting', answered, round.threshold)}</p>
      {canEdit && facilitator && (
        <button type="button" class="button" onClick={() => closeHealthRound(doc, localDate(team.serverNow()))}>
          {t('health.close')}
        </button>
      )}
    </section>
  );
}

/** The last closed round: its aggregates, or only that too few answered. */
function LastRound({ record }: { record: HealthRecord }) {
  const t = useT();
  const locale = useLocale();
  const textOf = useStatementText();
  const date = formatDate(record.date, locale);
  if (record.dimensions.length === 0)
    return (
      <p class="notice" data-testid="health-count">
        {t('health.withheld', date, record.answers)}
      </p>
    );
  return (
    <section aria-labelledby="health-results-heading" data-testid="health-results">
      <h3 id="health-results-heading">{t('health.results', date)}</h3>
      <p class="muted">{t('health.resultsHint')}</p>
      <ul class="results">
        {record.dimensions.map((dimension) => (
          <li key={dimension.id}>
            <p class="results__statement">{textOf(dimension)}</p>
            <ScaleBar
              value={dimension.mean}
              min={1}
              max={5}
              text={t('health.meanOf', formatNumber(dimension.mean, locale))}
            />
            <details>
              <summary class="muted">{t('health.distribution')}</summary>
              <Bars
                label={t('health.distributionOf', textOf(dimension))}
                rows={SCALE.map((value, index) => ({
                  label: t(`health.scale.${value}`),
                  count: dimension.distribution[index] ?? 0,
                }))}
              />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
