// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { MessageRef } from '../i18n/messages';
import { type FormResult, checkNumber } from '../preferences';
import {
  MAX_PROMPTS,
  PROMPT_MAX,
  SPEAKER_MINUTES,
  STANDUP_MINUTES,
  type SettingsField,
  type SettingsForm,
  type TeamSettings,
} from './model';

export function settingsFormOf(settings: TeamSettings): SettingsForm {
  return {
    standupMinutes: String(settings.standupMinutes),
    speakerMinutes: String(settings.speakerMinutes),
    prompts: settings.prompts?.join('\n') ?? '',
    advance: settings.advance,
    overrunSound: settings.overrunSound,
  };
}

/** Validates the team settings form; on any error nothing is returned to save. */
export function validateSettingsForm(form: SettingsForm): FormResult<TeamSettings, SettingsField> {
  const standupMinutes = checkNumber(form.standupMinutes, STANDUP_MINUTES, false);
  const speakerMinutes = checkNumber(form.speakerMinutes, SPEAKER_MINUTES, false);
  const prompts = form.prompts
    .split(/\r?\n/)
    .map((line) => line.trim().slice(0, PROMPT_MAX))
    .filter(Boolean);
  const errors: Partial<Record<SettingsField, MessageRef>> = {};
  if (typeof standupMinutes !== 'number') errors.standupMinutes = standupMinutes;
  if (typeof speakerMinutes !== 'number') errors.speakerMinutes = speakerMinutes;
  if (prompts.length > MAX_PROMPTS) errors.prompts = { key: 'settings.tooManyPrompts', args: [MAX_PROMPTS] };
  if (typeof standupMinutes !== 'number' || typeof speakerMinutes !== 'number' || errors.prompts) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      standupMinutes,
      speakerMinutes,
      prompts: prompts.length > 0 ? prompts : null,
      advance: form.advance,
      overrunSound: form.overrunSound,
    },
  };
}
