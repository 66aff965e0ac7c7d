// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatClock, minutesLeft } from '../../../shared/focus/format';
import { type FocusTimer, focusStatus } from '../../../shared/focus/timer';
import type { Translate } from '../../../shared/i18n/locale';

/** Minutes left at which a running phase is announced; never every second. */
const ANNOUNCED_MINUTES = new Set([5, 1]);

/** What to tell a screen reader about the timer, politely, when something worth saying happens. */
export function useFocusAnnouncements(timer: FocusTimer, remaining: number, t: Translate): string {
  const [message, setMessage] = useState('');
  const previousRef = useRef<FocusTimer | null>(null);
  const lastMinuteRef = useRef<number | null>(null);

  useEffect(() => {
    const before = previousRef.current;
    previousRef.current = timer;
    if (!before || before === timer) return;
    const phase = t(`phase.${timer.phase}`);
    const was = focusStatus(before);
    const is = focusStatus(timer);
    if (before.run && !timer.run) {
      const stopped = before.phase === 'focus' && timer.phase === 'focus';
      setMessage(stopped ? t('announce.stopped') : t('announce.ended', t(`phase.${before.phase}`), phase));
    } else if (was === 'ready' && is === 'running' && timer.run) {
      setMessage(t('announce.started', phase, Math.round(timer.run.durationMs / 60_000)));
    } else if (was === 'running' && is === 'paused') {
      setMessage(t('announce.paused', phase, formatClock(remaining)));
    } else if (was === 'paused' && is === 'running') {
      setMessage(t('announce.resumed', phase));
    }
  }, [timer, remaining, t]);

  const minutes = minutesLeft(remaining);
  const running = focusStatus(timer) === 'running';
  useEffect(() => {
    if (!running) {
      lastMinuteRef.current = null;
      return;
    }
    // Announce when the shown minute drops onto a mark, not when the popup opens on one.
    if (lastMinuteRef.current !== null && lastMinuteRef.current !== minutes && ANNOUNCED_MINUTES.has(minutes)) {
      setMessage(t('announce.minutesLeft', minutes));
    }
    lastMinuteRef.current = minutes;
  }, [running, minutes, t]);

  return message;
}
