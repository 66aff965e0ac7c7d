// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { BoardDb } from '../lib/board-db';
import type { RitualViews } from '../base/rituals';
import type { FirstTeam } from '../base/use-open-team';
import { CheckinView } from '../features/checkin/checkin-view';
import { RetrosView } from '../features/retro/retros-view';
import { StandupView } from '../features/standup/standup-view';
import { TeamSpace } from '../features/team/team-space';

const RITUALS: RitualViews = { standup: StandupView, checkin: CheckinView, retros: RetrosView };

/** The team space with every meeting ritual: the side panel's page and the web app's. */
export function TeamSpacePage(props: { boardDb: Promise<BoardDb>; firstTeam: FirstTeam; joinLink: string | null }) {
  return <TeamSpace {...props} rituals={RITUALS} />;
}
