import { useState } from 'preact/hooks';
import {
  type HealthRecord,
  addOwnQuestion,
  removeOwnQuestion,
  setHidden,
  answerHealth,
  closeHealthRound,
  roundDimensions,
  startHealthRound,
} from '../../../shared/checkin/board';
import { CATEGORIES, type Category, DECK } from '../../../shared/checkin/deck';
import { DEFAULT_DIMENSIONS, MIN_ANSWERS, SCALE } from '../../../shared/checkin/health';
import { formatDate, formatNumber } from '../../../shared/i18n/format';
import { Bars, ScaleBar } from '../../components/bars';
import { TextField } from '../../components/text-field';
import { localDate, newId } from '../../lib/ids';
import { useLocale, useT } from '../../stores/use-t';
import { useCanEdit, useTeam, useTeamData } from '../../base/team-context';
import { CheckinRound } from './checkin-round';
import { Pulse } from '../../base/pulse';
import { QuestionPicker } from '../../base/question-picker';
import { useBallotId } from '../../base/use-ballot-id';

/** The check-in tab: a question for the team, and anonymous health checks with their trends. */
export function CheckinView() {
  return (
    <div>
      <QuestionPicker />
      <QuestionDeck />
      <CheckinRound />
      <Pulse />
      <HealthCheck />
      <HealthTrends />
    </div>
  );
}

/** A statement's text in the reader's language: a default one by id, or the team's own. */
function useStatementText() {
  const locale = useLocale();
  return (dimension: { id: string; text: string | null }) =>
    dimension.text ?? DEFAULT_DIMENSIONS.find((entry) => entry.id === dimension.id)?.[locale] ?? dimension.id;
}

/** The team's deck: hide built-in questions it does not want, add and remove its own. */
function QuestionDeck() {
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
          <li key={question.id} class="field field--inline">
            <input
              id={`deck-${question.id}`}
              type="checkbox"
              checked={!hidden.includes(question.id)}
              onChange={(event) => setHidden(doc, question.id, !event.currentTarget.checked)}
            />
            <label for={`deck-${question.id}`}>{question[locale]}</label>
          </li>
        ))}
      </ul>
    </details>
  );
}

function HealthCheck() {
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

const CHART = { width: 320, height: 160, pad: 28 };

/** Means per statement across rounds: a small SVG chart, and the same figures as a table. */
function HealthTrends() {
  const t = useT();
  const locale = useLocale();
  // Rounds closed with too few answers have no figures to draw.
  const history = useTeamData((data) => data.checkin.history).filter((record) => record.dimensions.length > 0);
  const textOf = useStatementText();
  if (history.length === 0) return null;
  const ids = [...new Set(history.flatMap((record) => record.dimensions.map((dimension) => dimension.id)))];
  // A single round is a point in the middle; more spread over the width.
  const x = (index: number) =>
    history.length === 1 ? CHART.width / 2 : CHART.pad + (index * (CHART.width - 2 * CHART.pad)) / (history.length - 1);
  const y = (mean: number) => CHART.height - CHART.pad - ((mean - 1) / 4) * (CHART.height - 2 * CHART.pad);
  const meanOf = (record: HealthRecord, id: string) => record.dimensions.find((dimension) => dimension.id === id)?.mean;
  const formatMean = (mean: number | undefined) => (mean === undefined ? '–' : formatNumber(mean, locale));
  const textFor = (id: string) =>
    textOf(
      history.flatMap((record) => record.dimensions).find((dimension) => dimension.id === id) ?? { id, text: null },
    );
  return (
    <section class="card" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('health.trends')}</h2>
      <svg
        class="trend-chart"
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={t('health.chartLabel', history.length)}
      >
        {[1, 2, 3, 4, 5].map((value) => (
          <g key={value}>
            <line x1={CHART.pad} x2={CHART.width - CHART.pad} y1={y(value)} y2={y(value)} class="trend-chart__grid" />
            <text x={4} y={y(value) + 4} class="trend-chart__label">
              {value}
            </text>
          </g>
        ))}
        {ids.map((id, line) => {
          const points = history.flatMap((record, index) => {
            const mean = meanOf(record, id);
            return mean === undefined ? [] : [[x(index), y(mean)] as const];
          });
          return (
            <g key={id} class={`trend-chart__line trend-chart__line--${line % 4}`}>
              <polyline points={points.map((point) => point.join(',')).join(' ')} />
              {points.map(([cx, cy]) => (
                <circle key={`${cx}`} cx={cx} cy={cy} r={3} class="trend-chart__point" />
              ))}
            </g>
          );
        })}
      </svg>
      <div class="scroll-x" tabIndex={0} role="region" aria-labelledby="trends-table-caption">
        <table class="health-table">
          <caption id="trends-table-caption">{t('health.trendsTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('health.statement')}</th>
              {history.map((record) => (
                <th key={record.id} scope="col" class="nowrap">
                  {formatDate(record.date, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id}>
                <th scope="row">{textFor(id)}</th>
                {history.map((record) => (
                  <td key={record.id}>{formatMean(meanOf(record, id))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
