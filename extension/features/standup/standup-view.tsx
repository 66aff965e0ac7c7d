// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { CheckboxField } from '../../components/checkbox-field';
import { formatDate } from '../../../shared/i18n/format';
import { useState } from 'preact/hooks';
import { formatClock } from '../../../shared/focus/format';
import { type Standup, shuffle } from '../../../shared/team/standup';
import { startStandup } from '../../../shared/team/standup-ops';
import { standupDocument } from '../../../shared/team/summary';
import { DocumentExport } from '../../components/document-view';
import { localDate, newId } from '../../lib/ids';
import { useT } from '../../stores/use-t';
import { useCanEdit, useForgetTurns, useMayLead, usePresent, useTeam, useTeamData } from '../../base/team-context';
import { QuestionPicker } from '../../base/question-picker';
import { NextRitual } from '../../base/next-ritual';
import { OverdueActions } from '../../base/overdue-actions';
import { AsyncUpdateForm } from './async-update';
import { ParkingLot } from './parking-lot';
import { StandupRunner } from './standup-runner';

/** The stand-up tab: start one, run it, or read the last one's summary. */
export function StandupView() {
  const t = useT();
  const standup = useTeamData((data) => data.standup);
  const mayAdvance = useMayLead();
  const canEdit = useCanEdit();
  useForgetTurns(standup);
  if (standup && standup.endedAt === null) return <StandupRunner standup={standup} mayAdvance={mayAdvance} />;
  return (
    <div class="standup">
      <h2>{t('standup.heading')}</h2>
      <NextRitual ritual="standup" />
      <OverdueActions level={3} />
      <QuestionPicker />
      {canEdit && (mayAdvance ? <StartStandup /> : <p class="notice">{t('standup.onlyFacilitator')}</p>)}
      <AsyncUpdateForm />
      {standup && <LastStandup standup={standup} />}
      <History />
    </div>
  );
}

function StartStandup() {
  const t = useT();
  const { team } = useTeam();
  const members = useTeamData((data) => data.members);
  const settings = useTeamData((data) => data.settings);
  const here = usePresent();
  // Present members are chosen unless someone unticks them; others can be ticked.
  const [choice, setChoice] = useState<Record<string, boolean>>({});
  const [error, setError] = useState(false);
  const chosen = members.filter((member) => choice[member.id] ?? here.includes(member.id));

  const start = (event: Event) => {
    event.preventDefault();
    if (chosen.length === 0) return setError(true);
    const now = team.serverNow();
    startStandup(team.board.doc, {
      id: newId(),
      date: localDate(now),
      now,
      order: shuffle(
        chosen.map((member) => member.id),
        Math.random,
      ),
      settings,
    });
  };

  return (
    <form class="card" onSubmit={start}>
      <fieldset class="fieldset fieldset--inner">
        <legend>{t('standup.whoTakesPart')}</legend>
        {members.map((member) => (
          <CheckboxField
            key={member.id}
            id={`take-part-${member.id}`}
            label={
              <>
                {member.name}{' '}
                <span class="muted">{here.includes(member.id) ? t('members.here') : t('members.away')}</span>
              </>
            }
            checked={chosen.includes(member)}
            onChange={(checked) => {
              setChoice({ ...choice, [member.id]: checked });
              setError(false);
            }}
          />
        ))}
      </fieldset>
      {error && (
        <p class="field-error" role="alert">
          {t('standup.noneSelected')}
        </p>
      )}
      <button type="submit" class="button button--primary">
        {t('standup.start')}
      </button>
    </form>
  );
}

/**
 * The ended stand-up: its parking lot to work through and its summary for the minutes, shown
 * formatted, to copy for Word or Outlook (formatted) or as Markdown, or to download.
 */
function LastStandup({ standup }: { standup: Standup }) {
  const t = useT();
  const { team } = useTeam();
  const data = useTeamData((view) => view);
  const input = { teamName: data.name, standup, members: data.members, items: data.items, now: team.serverNow() };
  return (
    <>
      <ParkingLot standupId={standup.id} />
      <section class="card" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('standup.endedHeading')}</h2>
        <DocumentExport
          blocks={standupDocument(t, input)}
          baseLevel={3}
          fileName={`standup-${standup.date}`}
          testId="summary"
        />
      </section>
    </>
  );
}

function History() {
  const t = useT();
  const history = useTeamData((data) => data.history);
  if (history.length === 0) return null;
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('standup.historyHeading')}</h2>
      <ul>
        {[...history]
          .reverse()
          .slice(0, 10)
          .map((entry) => (
            <li key={entry.id}>
              {t(
                'standup.historyEntry',
                formatDate(entry.date, t.locale),
                formatClock(entry.durationMs),
                entry.attended,
              )}
            </li>
          ))}
      </ul>
    </section>
  );
}
