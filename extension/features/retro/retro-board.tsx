// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { goToPhase, publishWaiting } from '../../../shared/retro/moves';
import { Countdown } from '../../components/countdown';
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../../shared/i18n/locale';
import type { MessageKey } from '../../../shared/i18n/messages';
import {
  type RetroFormat,
  type RetroPhase,
  type RetroSettings,
  PHASES,
  timerRemaining,
} from '../../../shared/retro/model';
import { nextPhase, pauseTimer, previousPhase, resumeTimer, startTimer } from '../../../shared/retro/ops';
import { retroJson } from '../../../shared/retro/export';
import { SyncStatus } from '../../sync/sync-status';
import { downloadText } from '../../lib/download';
import { useT } from '../../stores/use-t';
import { useServerNow, useTeamData } from '../../base/team-context';
import { PhaseBody } from './phases/phase-body';
import { retroExportInput, useRetro, useRetroData, useRetroHealth } from './retro-context';
import { type RetroLocal, useRetroLocal } from './use-retro-local';
import { FloatingPhase, phaseHeading } from './floating-phase';

const COLUMN_KEYS: Record<Exclude<RetroFormat, 'custom'>, MessageKey[]> = {
  'start-stop-continue': ['retro.column.ssc.0', 'retro.column.ssc.1', 'retro.column.ssc.2'],
  'mad-sad-glad': ['retro.column.msg.0', 'retro.column.msg.1', 'retro.column.msg.2'],
  '4ls': ['retro.column.4ls.0', 'retro.column.4ls.1', 'retro.column.4ls.2', 'retro.column.4ls.3'],
  sailboat: ['retro.column.sail.0', 'retro.column.sail.1', 'retro.column.sail.2', 'retro.column.sail.3'],
  mistakes: ['retro.column.mistakes.0', 'retro.column.mistakes.1', 'retro.column.mistakes.2'],
};

/** Column titles as the reader sees them: built-in formats in the reader's language. */
export function columnTitles(settings: RetroSettings, t: Translate): string[] {
  if (settings.format === 'custom') return settings.columns;
  return COLUMN_KEYS[settings.format].map((key) => t(key as 'retro.column.ssc.0'));
}

/** Who may move the retro on: facilitators, or anyone if the team lets anyone advance. */
function useMayFacilitate(): boolean {
  const { record, link } = useRetro();
  return useTeamData(
    (data) =>
      record.role === 'edit' &&
      link.closedAt === null &&
      (data.settings.advance === 'anyone' ||
        data.members.some((member) => member.id === record.memberId && member.facilitator)),
  );
}

/** A fresh throw-away Yjs client id, used for one card or one ballot only. */
const throwAwayClientId = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/** Sends what waited on this device once the retro allows it (`publishWaiting`), then forgets it. */
function usePublishing(local: RetroLocal | null, update: (change: (local: RetroLocal) => RetroLocal) => void) {
  const { retro, record, link, team } = useRetro();
  const phase = useRetroData((data) => data.phase);
  const anonymous = useRetroData((data) => data.settings.anonymous);
  const votingClosed = useRetroData((data) => data.votingClosed);
  useEffect(() => {
    if (!local || retro.role !== 'edit' || link.closedAt !== null) return;
    const sent = publishWaiting(
      retro.board.doc,
      local,
      { phase, anonymous, votingClosed },
      { memberId: record.memberId, now: team.serverNow(), newClientId: throwAwayClientId },
    );
    if (sent.cards) update((current) => ({ ...current, drafts: [], cardsPublished: true }));
    if (sent.ballot) update((current) => ({ ...current, ballotPublished: true }));
  }, [phase, local, anonymous, votingClosed, retro, record.memberId, link.closedAt, team, update]);
}

function PhaseTimer({ phase, mayFacilitate }: { phase: RetroPhase; mayFacilitate: boolean }) {
  const t = useT();
  const { retro, team } = useRetro();
  const timer = useRetroData((data) => data.timer);
  const now = useServerNow(timer !== null && timer.pausedAt === null, 500).server;
  const [minutes, setMinutes] = useState('5');
  const doc = retro.board.doc;
  const remaining = timer ? timerRemaining(timer, now) : null;
  return (
    <div class="phase-timer">
      {remaining !== null && (
        <Countdown
          as="p"
          id="phase-timer"
          label={t('retro.timer')}
          remainingMs={remaining}
          pausedNote={timer?.pausedAt !== null ? t('standup.paused') : undefined}
        />
      )}
      {mayFacilitate && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const value = Number(minutes.replace(',', '.'));
            if (Number.isFinite(value) && value > 0 && value <= 120)
              startTimer(doc, phase, team.serverNow(), Math.round(value * 60_000));
          }}
        >
          <label for="timer-minutes">{t('retro.timerMinutes')}</label>
          <input
            id="timer-minutes"
            class="input input--number"
            inputMode="decimal"
            value={minutes}
            onInput={(event) => setMinutes(event.currentTarget.value)}
          />
          <button type="submit" class="button button--small">
            {t('retro.startTimer')}
          </button>
          {timer && (
            <button
              type="button"
              class="button button--small"
              onClick={() =>
                timer.pausedAt === null
                  ? pauseTimer(doc, phase, team.serverNow())
                  : resumeTimer(doc, phase, team.serverNow())
              }
            >
              {timer.pausedAt === null ? t('standup.pause') : t('standup.resume')}
            </button>
          )}
        </form>
      )}
      <FloatingPhase phase={phase} remainingMs={remaining} paused={timer !== null && timer.pausedAt !== null} />
    </div>
  );
}

/** The full retro board: phases, timer, and the current phase's work. */
export function RetroBoard(props: { storedLocal?: { raw: unknown } }) {
  const t = useT();
  const { retro, team, link } = useRetro();
  const settings = useRetroData((data) => data.settings);
  const phase = useRetroData((data) => data.phase);
  const health = useRetroHealth();
  const mayFacilitate = useMayFacilitate();
  const [local, update] = useRetroLocal(link.boardId, props.storedLocal);
  usePublishing(local, update);
  const doc = retro.board.doc;
  const next = nextPhase(phase);
  const previous = previousPhase(phase);
  const columns = columnTitles(settings, t);
  const exportCopy = () => {
    const input = retroExportInput(link, retro.store.getState().data, team.store.getState().data.items, columns);
    downloadText(`retro-${input.date}.json`, 'application/json', retroJson(input));
  };

  const go = (target: RetroPhase) => {
    goToPhase(doc, team.board.doc, link.boardId, target, team.serverNow());
  };

  useEffect(() => {
    document.title = `${settings.title || t('retro.untitled')} – ${t('app.name')}`;
  }, [settings.title, t]);

  return (
    <>
      <header class="retro-header">
        <h1>{settings.title || t('retro.untitled')}</h1>
        {settings.goal && <p>{t('retro.goalIs', settings.goal)}</p>}
        {settings.anonymous && <p class="muted">{t('retro.anonymousOn')}</p>}
        {link.closedAt !== null && <p class="notice">{t('retro.closedReadOnly')}</p>}
        {retro.role === 'read' && <p class="notice">{t('teams.readOnly')}</p>}
        <SyncStatus t={t} health={health} onRetry={() => retro.board.session.reconnectNow()} onExport={exportCopy} />
      </header>
      <nav aria-label={t('retro.phases')}>
        <ol class="phases">
          {PHASES.map((id, index) => (
            <li
              key={id}
              class={id === phase ? 'phases__item phases__item--current' : 'phases__item'}
              aria-current={id === phase ? 'step' : undefined}
            >
              {index + 1}
              <span class="phases__name">. {t(`retro.phase.${id}`)}</span>
            </li>
          ))}
        </ol>
      </nav>
      <div class="phase-bar">
        <h2 id="phase-heading">{phaseHeading(t, phase)}</h2>
        {mayFacilitate && (
          <div class="controls">
            {previous && (
              <button type="button" class="button" onClick={() => go(previous)}>
                {t('retro.back', t(`retro.phase.${previous}`))}
              </button>
            )}
            {next && (
              <button type="button" class="button button--primary" onClick={() => go(next)}>
                {t('retro.next', t(`retro.phase.${next}`))}
              </button>
            )}
          </div>
        )}
      </div>
      {!mayFacilitate && link.closedAt === null && <p class="muted">{t('retro.facilitatorMoves')}</p>}
      {/* A closed retro has no timer; its floating window closes with it. */}
      {link.closedAt === null && <PhaseTimer phase={phase} mayFacilitate={mayFacilitate} />}
      <section aria-labelledby="phase-heading" class="phase-body">
        {local && (
          <PhaseBody phase={phase} columns={columns} local={local} update={update} mayFacilitate={mayFacilitate} />
        )}
      </section>
    </>
  );
}
