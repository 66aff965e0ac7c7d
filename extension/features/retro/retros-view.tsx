// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { CheckboxField } from '../../components/checkbox-field';
import { AgreementRow } from '../../base/agreement-row';
import { NextRitual } from '../../base/next-ritual';
import { formatDay } from '../../../shared/i18n/format';
import { useState } from 'preact/hooks';
import { FORMATS, type RetroFormat, VOTE_LIMIT } from '../../../shared/retro/model';
import { addAgreement } from '../../../shared/team/ops';
import { newId } from '../../lib/ids';
import { TextField } from '../../components/text-field';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { createRetro, retroPageUrl } from './create-retro';
import { RetroCompact } from './retro-compact';
import { useCanEdit, useTeam, useTeamData } from '../../base/team-context';

/** The team's retros (start one, open one, the history) and its working agreements. */
export function RetrosView() {
  const t = useT();
  const { record } = useTeam();
  const retros = useTeamData((data) => data.retros);
  const canEdit = useCanEdit();
  // The newest retro still open gets a compact live view here; the full board is in its tab.
  const running = retros.find((retro) => retro.closedAt === null);
  return (
    <div>
      <h2>{t('retros.heading')}</h2>
      <NextRitual ritual="retro" />
      {running && <RetroCompact key={running.boardId} link={running} />}
      {canEdit && <NewRetroForm />}
      {retros.length === 0 ? (
        <p>{t('retros.none')}</p>
      ) : (
        <ul class="retro-list">
          {retros.map((retro) => (
            <li key={retro.boardId}>
              <a href={retroPageUrl(record.boardId, retro.boardId)} target="_blank" rel="noopener">
                {t('retros.open', retro.title || t('retro.untitled'))}
              </a>{' '}
              <span class="muted">
                {formatDay(retro.createdAt, t.locale)}
                {retro.closedAt !== null && ` · ${t('retros.closed')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Agreements />
    </div>
  );
}

function NewRetroForm() {
  const t = useT();
  const { record, team, boardDb } = useTeam();
  const retentionDays = useApp((state) => state.preferences.retentionDays);
  const [title, setTitle] = useState('');
  const [goal, setGoal] = useState('');
  const [format, setFormat] = useState<RetroFormat>('mistakes');
  const [columns, setColumns] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [checkin, setCheckin] = useState('');
  const [voteLimit, setVoteLimit] = useState('3');
  const [cardVoteLimit, setCardVoteLimit] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const limit = Number(voteLimit);
    const perCard = cardVoteLimit.trim() === '' ? null : Number(cardVoteLimit);
    const customColumns = columns
      .split(/\r?\n/)
      .map((column) => column.trim())
      .filter(Boolean);
    if (!title.trim()) return setError(t('teams.error.required'));
    if (!Number.isInteger(limit) || limit < VOTE_LIMIT.min || limit > VOTE_LIMIT.max) {
      return setError(t('options.errorRange', VOTE_LIMIT.min, VOTE_LIMIT.max));
    }
    if (perCard !== null && (!Number.isInteger(perCard) || perCard < 1 || perCard > limit)) {
      return setError(t('options.errorRange', 1, limit));
    }
    if (format === 'custom' && customColumns.length === 0) return setError(t('retros.columnsRequired'));
    setError(null);
    setBusy(true);
    const created = await createRetro(record, team, await boardDb, retentionDays, {
      title,
      goal,
      format,
      columns: customColumns,
      anonymous,
      checkin,
      voteLimit: limit,
      cardVoteLimit: perCard,
    });
    setBusy(false);
    if (!created.ok) return setError(t(`teams.error.${created.error}`));
    setTitle('');
    setGoal('');
    window.open(retroPageUrl(record.boardId, created.value.boardId), '_blank', 'noopener');
  };

  return (
    <form class="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="new-retro-heading">
      <h3 id="new-retro-heading">{t('retros.new')}</h3>
      <TextField id="retro-title" label={t('retros.title')} value={title} onInput={setTitle} maxLength={120} />
      <TextField id="retro-goal" label={t('retros.goal')} value={goal} onInput={setGoal} maxLength={500} />
      <div class="field">
        <label for="retro-format">{t('retros.format')}</label>
        <select
          id="retro-format"
          class="select"
          value={format}
          onChange={(event) => setFormat(event.currentTarget.value as RetroFormat)}
        >
          {FORMATS.map((id) => (
            <option key={id} value={id}>
              {t(`retro.format.${id}`)}
            </option>
          ))}
        </select>
      </div>
      {format === 'custom' && (
        <div class="field">
          <label for="retro-columns">{t('retros.columns')}</label>
          <textarea
            id="retro-columns"
            class="input"
            rows={3}
            value={columns}
            onInput={(event) => setColumns(event.currentTarget.value)}
          />
        </div>
      )}
      <CheckboxField id="retro-anonymous" label={t('retros.anonymous')} checked={anonymous} onChange={setAnonymous} />
      <TextField id="retro-checkin" label={t('retros.checkin')} value={checkin} onInput={setCheckin} maxLength={500} />
      <TextField
        id="retro-votes"
        label={t('retros.voteLimit')}
        value={voteLimit}
        onInput={setVoteLimit}
        inputMode="numeric"
      />
      <TextField
        id="retro-card-votes"
        label={t('retros.cardVoteLimit')}
        value={cardVoteLimit}
        onInput={setCardVoteLimit}
        inputMode="numeric"
      />
      <button type="submit" class="button button--primary" disabled={busy}>
        {t('retros.create')}
      </button>
      <div role="status">{error && <p class="notice notice--error">{error}</p>}</div>
    </form>
  );
}

function Agreements() {
  const t = useT();
  const { team } = useTeam();
  const agreements = useTeamData((data) => data.agreements);
  const canEdit = useCanEdit();
  const [rule, setRule] = useState('');
  const [purpose, setPurpose] = useState('');
  const doc = team.board.doc;
  return (
    <section class="card" aria-labelledby="agreements-heading">
      <h3 id="agreements-heading">{t('agreements.heading')}</h3>
      {agreements.length === 0 && <p class="muted">{t('agreements.none')}</p>}
      <ul class="item-list">
        {agreements.map((agreement) => (
          <li key={agreement.id} class={agreement.retiredAt !== null ? 'item item--done' : 'item'}>
            <AgreementRow
              id={agreement.id}
              rule={agreement.rule}
              purpose={agreement.purpose}
              retired={agreement.retiredAt !== null}
            />
          </li>
        ))}
      </ul>
      {canEdit && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (addAgreement(doc, { id: newId(), rule, purpose, now: team.serverNow() })) {
              setRule('');
              setPurpose('');
            }
          }}
        >
          <TextField id="agreement-rule" label={t('agreements.rule')} value={rule} onInput={setRule} maxLength={500} />
          <TextField
            id="agreement-purpose"
            label={t('agreements.purpose')}
            value={purpose}
            onInput={setPurpose}
            maxLength={500}
          />
          <button type="submit" class="button">
            {t('agreements.add')}
          </button>
        </form>
      )}
    </section>
  );
}
