// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BrowserApi } from '../../lib/browser-api';
import type { FocusTimer } from '../../../shared/focus/timer';
import { focusStatus } from '../../../shared/focus/timer';
import type { Translate } from '../../../shared/i18n/locale';
import { badgeView } from './schedule';

/** The toolbar API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbar(browser: BrowserApi) {
  return browser.action ?? browser.browserAction;
}

/** Shows the remaining minutes on the toolbar icon, and the same as text in its tooltip. */
export async function renderBadge(browser: BrowserApi, timer: FocusTimer, now: number, t: Translate): Promise<void> {
  const action = toolbar(browser);
  const view = badgeView(timer, now);
  if (!view) {
    await action.setBadgeText({ text: '' });
    await action.setTitle({ title: t('app.name') });
    return;
  }
  const phase = t(`phase.${timer.phase}`);
  const title = focusStatus(timer) === 'paused' ? t('badge.titlePaused', phase) : t('badge.title', phase, view.minutes);
  await action.setBadgeText({ text: view.text });
  await action.setBadgeBackgroundColor({ color: view.color });
  await action.setBadgeTextColor?.({ color: '#FFFFFF' });
  await action.setTitle({ title });
}
