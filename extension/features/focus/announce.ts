// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BrowserApi } from '../../lib/browser-api';
import type { PhaseEnd } from '../../../shared/focus/machine';
import { phaseDurationMs } from '../../../shared/focus/settings';
import type { Translate } from '../../../shared/i18n/locale';
import type { Preferences } from '../../../shared/preferences';

/** The one notification the timer shows; a new phase end replaces the previous one. */
export const FOCUS_NOTIFICATION_ID = 'focus-phase-end';

/** Shows the end-of-phase notification with a button that starts the next phase. */
export async function notifyPhaseEnd(
  browser: BrowserApi,
  end: PhaseEnd,
  preferences: Preferences,
  t: Translate,
  withButtons: boolean,
): Promise<void> {
  const nextMinutes = Math.round(phaseDurationMs(preferences.focus, end.next) / 60_000);
  const isFocusEnd = end.phase === 'focus';
  const title = isFocusEnd ? t('notify.focusOverTitle') : t('notify.breakOverTitle');
  const message = isFocusEnd
    ? t('notify.focusOverMessage', nextMinutes, end.next === 'longBreak')
    : t('notify.breakOverMessage', nextMinutes);
  const button = end.next === 'focus' ? t('notify.startFocus') : t('notify.startBreak');
  await browser.notifications.clear(FOCUS_NOTIFICATION_ID);
  await browser.notifications.create(FOCUS_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title,
    message,
    // Firefox has no notification buttons; there a click on the notification starts the phase.
    ...(withButtons ? { buttons: [{ title: button }] } : {}),
  });
}
