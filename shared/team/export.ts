// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { TeamView } from './model';

/**
 * Everything a team board holds, as JSON for the record or another tool: what a member keeps when
 * the board is erased or has expired. Names stay (members chose them for the team); the retros'
 * secrets do not, so the file opens nothing.
 */
export function teamJson(view: TeamView, exportedAt: string): string {
  return `${JSON.stringify(
    {
      format: 'team-rituals.team.v1',
      exportedAt,
      name: view.name,
      settings: view.settings,
      members: view.members.map(({ id, name, facilitator }) => ({ id, name, facilitator })),
      items: view.items,
      agreements: view.agreements,
      standups: view.history,
      asyncUpdates: view.updates,
      retros: view.retros.map(({ boardId, title, createdAt, closedAt }) => ({ boardId, title, createdAt, closedAt })),
    },
    null,
    2,
  )}\n`;
}
