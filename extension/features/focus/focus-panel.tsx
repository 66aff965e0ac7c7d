// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'preact/hooks';
import { formatClock } from '../../../shared/focus/format';
import { phaseDurationMs } from '../../../shared/focus/settings';
import { MAX_LABEL_LENGTH, deadlineOf, focusStatus, remainingMs } from '../../../shared/focus/timer';
import { LiveRegion } from '../../components/live-region';
import { FIRST_USEFUL_CONTENT } from '../../lib/performance-marks';
import { useNow } from '../../lib/use-now';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { CountdownRing } from './countdown-ring';
import { useFocusAnnouncements } from './use-focus-announcements';

/** The personal focus timer: phase, countdown, label and controls. */
export function FocusPanel() {
  const t = useT();
  const timer = useApp((state) => state.timer);
  const settings = useApp((state) => state.preferences.focus);
  const focus = useApp((state) => state.focus);
  const todayPlan = useApp((state) => state.todayPlan);
  const status = focusStatus(timer);
  const now = useNow(status === 'running', timer.run ? deadlineOf(timer.run) : null);
  const total = timer.run?.durationMs ?? phaseDurationMs(settings, timer.phase);
  const remaining = timer.run ? remainingMs(timer.run, now) : total;
  const phase = t(`phase.${timer.phase}`);
  const clock = formatClock(remaining);
  const announcement = useFocusAnnouncements(timer, remaining, t);

  const [label, setLabel] = useState(timer.label);
  useEffect(() => setLabel(timer.label), [timer.label]);
  const saveLabel = () => {
    if (label !== timer.label) void focus({ type: 'setLabel', label });
  };

  const primary =
    status === 'ready'
      ? { text: t('focus.startPhase', phase), action: { type: 'start', label } as const }
      : status === 'running'
        ? { text: t('focus.pause'), action: { type: 'pause' } as const }
        : { text: t('focus.resume'), action: { type: 'resume' } as const };
  const tone = timer.phase === 'focus' ? 'focus' : 'break';

  return (
    <section class="focus" aria-labelledby="focus-status" data-phase={timer.phase} data-status={status}>
      <h1 id="focus-status" class="focus__status" elementtiming={FIRST_USEFUL_CONTENT}>
        {t(`status.${status}`, phase)}
      </h1>
      <div class="focus__clock">
        <CountdownRing fraction={remaining / total} tone={tone} />
        <span
          class={clock.length > 5 ? 'focus__time focus__time--long' : 'focus__time'}
          role="timer"
          aria-label={t('focus.remaining', phase, clock)}
        >
          {clock}
        </span>
      </div>
      {timer.phase === 'focus' && (
        <p class="muted focus__cycle">{t('focus.cycle', timer.focusesInCycle, settings.longBreakEvery)}</p>
      )}
      <div class="field">
        <label for="focus-label">{t('focus.label')}</label>
        <input
          id="focus-label"
          class="input"
          type="text"
          maxLength={MAX_LABEL_LENGTH}
          value={label}
          placeholder={t('focus.labelPlaceholder')}
          list={todayPlan.length > 0 ? 'today-plan' : undefined}
          aria-describedby={todayPlan.length > 0 ? 'today-plan-hint' : undefined}
          onInput={(event) => setLabel(event.currentTarget.value)}
          onBlur={saveLabel}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            if (status === 'ready') void focus({ type: 'start', label });
            else saveLabel();
          }}
        />
        {todayPlan.length > 0 && (
          <>
            <p id="today-plan-hint" class="muted">
              {t('focus.fromStandup')}
            </p>
            <datalist id="today-plan">
              {todayPlan.map((item) => (
                <option key={item} value={item} />
              ))}
            </datalist>
          </>
        )}
      </div>
      <div class="focus__controls">
        <button type="button" class="button button--primary" onClick={() => void focus(primary.action)}>
          {primary.text}
        </button>
        <button type="button" class="button" onClick={() => void focus({ type: 'skip' })} title={t('focus.skipHint')}>
          {t('focus.skip')}
        </button>
        {status !== 'ready' && (
          <button type="button" class="button" onClick={() => void focus({ type: 'stop' })} title={t('focus.stopHint')}>
            {t('focus.stop')}
          </button>
        )}
      </div>
      <LiveRegion message={announcement} />
    </section>
  );
}
