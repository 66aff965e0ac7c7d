// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'preact/hooks';
import { currentSpeaker, shuffle, standupClock, upcoming } from '../../../shared/team/standup';
import { endStandup, nextSpeaker, setNotes, startStandup } from '../../../shared/team/standup-ops';
import { TextField } from '../../components/text-field';
import { localDate, newId } from '../../lib/ids';
import { useT } from '../../stores/use-t';
import { Countdown } from '../../components/countdown';
import {
  useCanEdit,
  useForgetTurns,
  useMayLead,
  usePresent,
  useServerNow,
  useTeam,
  useTeamData,
} from '../../base/team-context';

const ROUND = 'checkinRound';

/** Round-robin through who is here, each with a short timebox to answer the question. */
export function CheckinRound() {
  const t = useT();
  const { team } = useTeam();
  const round = useTeamData((data) => data.checkinRound);
  useForgetTurns(round);
  const members = useTeamData((data) => data.members);
  const here = usePresent();
  const mayLead = useMayLead();
  const canEdit = useCanEdit();
  const [minutes, setMinutes] = useState('1');
  const running = round !== null && round.endedAt === null;
  const now = useServerNow(running && round.pausedAt === null);
  const doc = team.board.doc;
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? t('standup.formerMember');

  if (!running) {
    return mayLead ? (
      <form
        class="card"
        aria-labelledby="round-start-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const perPerson = Math.min(Math.max(Number(minutes.replace(',', '.')) || 1, 0.5), 15);
          const order = shuffle(
            members.filter((member) => here.includes(member.id)).map((member) => member.id),
            Math.random,
          );
          if (order.length === 0) return;
          const at = team.serverNow();
          startStandup(
            doc,
            {
              id: newId(),
              date: localDate(at),
              now: at,
              order,
              settings: { speakerMinutes: perPerson, standupMinutes: Math.max(1, Math.ceil(order.length * perPerson)) },
            },
            ROUND,
          );
        }}
      >
        <h3 id="round-start-heading">{t('round.heading')}</h3>
        <TextField
          id="round-minutes"
          label={t('round.minutes')}
          value={minutes}
          onInput={setMinutes}
          inputMode="decimal"
        />
        <button type="submit" class="button button--primary">
          {t('round.start')}
        </button>
      </form>
    ) : null;
  }

  const clock = standupClock(round, now.server);
  const current = currentSpeaker(round);
  const from = current?.index ?? round.order.length;
  return (
    <section class="card speaker" aria-labelledby="round-heading">
      <h3 id="round-heading" class="speaker__label">
        {t('round.heading')}
      </h3>
      <p class="speaker__name" data-testid="round-speaker">
        {current ? nameOf(current.memberId) : t('round.done')}
      </p>
      {clock.speakerRemainingMs !== null && (
        <Countdown
          id="round-time"
          label={t('standup.speakerTime')}
          remainingMs={clock.speakerRemainingMs}
          localNow={now.local}
        />
      )}
      {upcoming(round).length > 0 && <p class="muted">{t('round.next', upcoming(round).map(nameOf).join(', '))}</p>}
      {canEdit && (
        <div class="field">
          <label for="round-notes">{t('round.notes')}</label>
          <textarea
            id="round-notes"
            class="input"
            rows={2}
            maxLength={5000}
            value={round.notes}
            onInput={(event) => setNotes(doc, event.currentTarget.value, ROUND)}
          />
        </div>
      )}
      {mayLead && (
        <div class="controls">
          <button
            type="button"
            class="button button--primary"
            disabled={!current}
            onClick={() => nextSpeaker(doc, team.serverNow(), from, ROUND)}
          >
            {t('standup.next')}
          </button>
          <button type="button" class="button" onClick={() => endStandup(doc, team.serverNow(), ROUND)}>
            {t('round.end')}
          </button>
        </div>
      )}
    </section>
  );
}
