// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { FIRST_USEFUL_CONTENT } from '../../lib/performance-marks';
import { Countdown } from '../../components/countdown';
import { FloatButton, useFloatingWindow } from '../../components/floating-window';
import { useState } from 'preact/hooks';
import { addItem } from '../../../shared/team/ops';
import { type Standup, currentSpeaker, standupClock, upcoming } from '../../../shared/team/standup';
import {
  endStandup,
  moveSpeaker,
  nextSpeaker,
  pauseStandup,
  previousSpeaker,
  resumeStandup,
  setMark,
  setNotes,
  skipSpeaker,
} from '../../../shared/team/standup-ops';
import { LiveRegion } from '../../components/live-region';
import { OverdueActions } from '../../base/overdue-actions';
import { newId } from '../../lib/ids';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { useCanEdit, useServerNow, useTeam, useTeamData } from '../../base/team-context';
import { FloatingStandup } from './floating-standup';
import { ParkingLot } from './parking-lot';
import { promptsOf } from './prompts';
import { useStandupSignals } from './use-standup-signals';

/** The running stand-up: who speaks, both countdowns, the controls, the queue and the parking lot. */
export function StandupRunner({ standup, mayAdvance }: { standup: Standup; mayAdvance: boolean }) {
  const t = useT();
  const { record, team } = useTeam();
  const canEdit = useCanEdit();
  const members = useTeamData((data) => data.members);
  const settings = useTeamData((data) => data.settings);
  const teamName = useTeamData((data) => data.name);
  const updates = useTeamData((data) => data.updates);
  const notifyOptIn = useApp((state) => state.preferences.notifyStandup);
  const notify = useApp((state) => state.notify);
  const now = useServerNow(standup.pausedAt === null);
  const clock = standupClock(standup, now.server);
  const current = currentSpeaker(standup);
  const queue = upcoming(standup);
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? t('standup.formerMember');
  const message = useStandupSignals({
    standup,
    clock,
    nameOf,
    myId: record.memberId,
    teamName,
    notifyOptIn,
    overrunSound: settings.overrunSound,
    notify,
    t,
  });
  const [blocker, setBlocker] = useState('');
  const doc = team.board.doc;
  const at = () => team.serverNow();
  const from = current?.index ?? standup.order.length;
  const deputy = current ? standup.marks[current.memberId]?.representedBy : null;
  const posted =
    current && updates.find((update) => update.date === standup.date && update.memberId === current.memberId);
  const prompts = promptsOf(settings, t);
  const speaker = current
    ? deputy
      ? t('standup.representedBy', nameOf(current.memberId), deputy)
      : nameOf(current.memberId)
    : null;
  const floating = useFloatingWindow(t('floating.standupTitle', teamName));
  const next = () => nextSpeaker(doc, at(), from);
  const back = () => previousSpeaker(doc, at(), from);

  const addBlocker = (event: Event) => {
    event.preventDefault();
    if (addItem(doc, { id: newId(), kind: 'blocker', text: blocker, now: at(), standupId: standup.id })) setBlocker('');
  };

  return (
    <div class="standup">
      <section class="card speaker" aria-labelledby="speaker-heading">
        <h2 id="speaker-heading" class="speaker__label">
          {t('standup.speaking')}
        </h2>
        {speaker ? (
          <p class="speaker__name" data-testid="current-speaker" elementtiming={FIRST_USEFUL_CONTENT}>
            {speaker}
          </p>
        ) : (
          <p class="speaker__done" data-testid="current-speaker">
            {t('standup.everyoneSpoke')}
          </p>
        )}
        {clock.speakerRemainingMs !== null && (
          <Countdown
            id="speaker-time"
            label={t('standup.speakerTime')}
            elementTiming={FIRST_USEFUL_CONTENT}
            remainingMs={clock.speakerRemainingMs}
            localNow={now.local}
          />
        )}
        <Countdown
          id="overall-time"
          label={t('standup.overallTime')}
          remainingMs={clock.overallRemainingMs}
          localNow={now.local}
        />
        {clock.paused && <p class="speaker__paused">{t('standup.paused')}</p>}
        {mayAdvance && (
          <div class="speaker__controls">
            <button type="button" class="button button--primary speaker__next" onClick={next} disabled={!current}>
              {t('standup.next')}
            </button>
            <button type="button" class="button" onClick={back} disabled={from === 0}>
              {t('standup.back')}
            </button>
            <button
              type="button"
              class="button"
              title={t('standup.skipHint')}
              onClick={() => skipSpeaker(doc, at(), from)}
              disabled={!current}
            >
              {t('standup.skip')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => (clock.paused ? resumeStandup(doc, at()) : pauseStandup(doc, at()))}
            >
              {clock.paused ? t('standup.resume') : t('standup.pause')}
            </button>
            <button type="button" class="button speaker__end" onClick={() => endStandup(doc, at())}>
              {t('standup.end')}
            </button>
          </div>
        )}
        {posted && posted.answers.some(Boolean) && (
          <div class="posted">
            <h3>{t('standup.postedUpdate')}</h3>
            <dl>
              {posted.answers.map(
                (answer, index) =>
                  answer && (
                    <div key={index}>
                      <dt>{prompts[index] ?? ''}</dt>
                      <dd>{answer}</dd>
                    </div>
                  ),
              )}
            </dl>
          </div>
        )}
        {current && canEdit && (
          <form class="inline-form" onSubmit={addBlocker}>
            <label for="blocker" class="visually-hidden">
              {t('standup.addBlocker', nameOf(current.memberId))}
            </label>
            <input
              id="blocker"
              class="input"
              placeholder={t('standup.addBlocker', nameOf(current.memberId))}
              value={blocker}
              maxLength={500}
              onInput={(event) => setBlocker(event.currentTarget.value)}
            />
            <button type="submit" class="button">
              {t('standup.addBlockerButton')}
            </button>
          </form>
        )}
        <FloatButton floating={floating} label={t('floating.float')} />
        <LiveRegion message={message} />
        <FloatingStandup
          floating={floating}
          standup={standup}
          clock={clock}
          localNow={now.local}
          speaker={speaker}
          nameOf={nameOf}
          controls={mayAdvance ? { next, back, atStart: from === 0 } : null}
          message={message}
        />
      </section>

      <OverdueActions level={2} />

      <section class="card" aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t('standup.queue')}</h2>
        {queue.length === 0 && <p class="muted">{t('standup.queueEmpty')}</p>}
        <ol class="queue">
          {standup.order.slice(from + 1).map((id) => {
            const name = nameOf(id);
            const mark = standup.marks[id] ?? { absent: false, representedBy: null };
            const position = standup.order.indexOf(id);
            return (
              <li key={id} class={`queue__entry${mark.absent ? ' queue__entry--absent' : ''}`}>
                <span class="queue__name">
                  {name}
                  {mark.absent && <span class="muted"> ({t('standup.absentLabel')})</span>}
                  {mark.representedBy && <span class="muted"> ({t('standup.deputyShort', mark.representedBy)})</span>}
                </span>
                {mayAdvance && (
                  <span class="queue__actions">
                    <button
                      type="button"
                      class="button button--small"
                      aria-label={t('standup.moveUp', name)}
                      disabled={position <= from + 1}
                      onClick={() => moveSpeaker(doc, id, position - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="button button--small"
                      aria-label={t('standup.moveDown', name)}
                      disabled={position >= standup.order.length - 1}
                      onClick={() => moveSpeaker(doc, id, position + 1)}
                    >
                      ↓
                    </button>
                    <span class="check">
                      <input
                        id={`absent-${id}`}
                        type="checkbox"
                        checked={mark.absent}
                        onChange={(event) =>
                          setMark(doc, id, { absent: event.currentTarget.checked, representedBy: null })
                        }
                      />
                      <label for={`absent-${id}`}>{t('standup.absent', name)}</label>
                    </span>
                  </span>
                )}
                {mayAdvance && (
                  <span class="queue__deputy">
                    <label for={`deputy-${id}`} class="visually-hidden">
                      {t('standup.deputy', name)}
                    </label>
                    <input
                      id={`deputy-${id}`}
                      class="input input--deputy"
                      placeholder={t('standup.deputyPlaceholder')}
                      value={mark.representedBy ?? ''}
                      maxLength={60}
                      onChange={(event) =>
                        setMark(doc, id, { absent: false, representedBy: event.currentTarget.value })
                      }
                    />
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <ParkingLot standupId={standup.id} />

      {canEdit && (
        <section class="card">
          <h2 id="notes-heading">{t('standup.notes')}</h2>
          <textarea
            id="notes"
            aria-labelledby="notes-heading"
            class="input"
            rows={3}
            maxLength={5000}
            value={standup.notes}
            onInput={(event) => setNotes(doc, event.currentTarget.value)}
          />
        </section>
      )}
    </div>
  );
}
