// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { CheckboxField } from '../components/checkbox-field';
import { useState } from 'preact/hooks';
import { type PollKind, POLL_SCALE, answerPoll, closePoll, startPoll } from '../../shared/checkin/poll';
import { Bars } from '../components/bars';
import { WeatherIcon } from '../components/weather-icon';
import { newId } from '../lib/ids';
import { useT } from '../stores/use-t';
import { useCanEdit, useMayLead, useTeam, useTeamData } from './team-context';
import { useBallotId } from './use-ballot-id';

/** Mood check and fist of five: answers anonymous unless names are on; results as a distribution. */
export function Pulse() {
  const t = useT();
  const { record, team } = useTeam();
  const pulse = useTeamData((data) => data.checkin.pulse);
  const members = useTeamData((data) => data.members);
  const canEdit = useCanEdit();
  const mayLead = useMayLead();
  const ballotId = useBallotId(pulse?.poll.id ?? null);
  const [namesOn, setNamesOn] = useState(false);
  const [choice, setChoice] = useState<number | null>(null);
  const doc = team.board.doc;
  const label = (kind: PollKind, value: number) =>
    kind === 'mood' ? t(`pulse.mood.${value as 1}`) : t('pulse.fingers', value);

  const starter = mayLead && (
    <>
      <CheckboxField id="pulse-names" label={t('pulse.namesOn')} checked={namesOn} onChange={setNamesOn} />
      <div class="controls">
        {(['mood', 'fist'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            class="button"
            onClick={() => {
              startPoll(doc, { id: newId(), kind, namesOn, startedAt: team.serverNow() });
              setChoice(null);
            }}
          >
            {t(kind === 'mood' ? 'pulse.startMood' : 'pulse.startFist')}
          </button>
        ))}
      </div>
    </>
  );
  if (!pulse) {
    if (!mayLead) return null;
    return (
      <section class="card" aria-labelledby="pulse-heading">
        <h3 id="pulse-heading">{t('pulse.heading')}</h3>
        {starter}
      </section>
    );
  }

  const { poll } = pulse;
  const scale = POLL_SCALE[poll.kind];
  return (
    <section class="card" aria-labelledby="pulse-heading">
      <h3 id="pulse-heading">{t(poll.kind === 'mood' ? 'pulse.mood' : 'pulse.fist')}</h3>
      <p class="muted">{poll.namesOn ? t('pulse.named') : t('pulse.anonymous')}</p>
      {pulse.closed && <p>{t('pulse.closed')}</p>}
      {canEdit && ballotId && !pulse.closed && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (choice === null) return;
            const who = poll.namesOn
              ? { memberId: record.memberId }
              : { clientId: crypto.getRandomValues(new Uint32Array(1))[0]! };
            answerPoll(doc, poll, ballotId, choice, who);
          }}
        >
          <fieldset class="fieldset fieldset--inner scale">
            <legend>{t(poll.kind === 'mood' ? 'pulse.moodQuestion' : 'pulse.fistQuestion')}</legend>
            {scale.map((value) => (
              <span key={value} class="scale__option">
                <input
                  id={`pulse-${value}`}
                  type="radio"
                  name="pulse"
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                />
                <label for={`pulse-${value}`}>
                  {poll.kind === 'mood' && <WeatherIcon value={value} />}
                  {label(poll.kind, value)}
                </label>
              </span>
            ))}
          </fieldset>
          <button type="submit" class="button button--primary" disabled={choice === null}>
            {t('pulse.send')}
          </button>
        </form>
      )}
      <div data-testid="pulse-results">
        <p class="pulse__count">
          {pulse.closed && !pulse.counts ? t('pulse.withheld', pulse.answers) : t('pulse.results', pulse.answers)}
        </p>
        {pulse.counts && (
          <Bars
            label={t(poll.kind === 'mood' ? 'pulse.mood' : 'pulse.fist')}
            rows={scale.map((value, index) => ({ label: label(poll.kind, value), count: pulse.counts![index] ?? 0 }))}
          />
        )}
        {pulse.named && (
          <ul class="pulse__names">
            {scale.map((value) => {
              const names = pulse
                .named!.filter((answer) => answer.value === value)
                .map((answer) => members.find((member) => member.id === answer.memberId)?.name ?? '');
              return names.length > 0 ? (
                <li key={value}>
                  {label(poll.kind, value)}: {names.join(', ')}
                </li>
              ) : null;
            })}
          </ul>
        )}
      </div>
      {mayLead &&
        (pulse.closed ? (
          starter
        ) : (
          <button type="button" class="button" onClick={() => closePoll(doc)}>
            {t('pulse.end')}
          </button>
        ))}
    </section>
  );
}
