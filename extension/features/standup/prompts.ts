// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../../shared/i18n/locale';
import type { TeamSettings } from '../../../shared/team/model';

/** The team's own prompts, or the default ones in the reader's language. */
export function promptsOf(settings: TeamSettings, t: Translate): string[] {
  return settings.prompts ?? [t('standup.prompt1'), t('standup.prompt2'), t('standup.prompt3')];
}
