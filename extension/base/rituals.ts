// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { ComponentType } from 'preact';

/** The meeting rituals a team screen shows as its first tabs, in this order. */
export const MEETING_RITUALS = ['standup', 'checkin', 'retros'] as const;
export type MeetingRitual = (typeof MEETING_RITUALS)[number];

/**
 * The views of the meeting rituals, handed to the team screen by the page that composes it
 * (`app/team-space-page.tsx`): features never import each other (docs/architecture.md).
 */
export type RitualViews = Record<MeetingRitual, ComponentType>;
