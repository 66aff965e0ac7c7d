// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { createBoardContext } from '../../sync/board-context';
import type { RetroExportInput } from '../../../shared/retro/export';
import type { RetroView } from '../../../shared/retro/model';
import type { RetroLink, TeamItem } from '../../../shared/team/model';
import { localDate } from '../../lib/ids';
import type { TeamRecord } from '../../lib/records';
import type { OpenTeam } from '../../base/open-team';
import type { OpenRetro } from './open-retro';

/** The retro page: the team's board (members, action items, agreements) and the retro's board. */
export interface RetroContextValue {
  record: TeamRecord;
  team: OpenTeam;
  retro: OpenRetro;
  link: RetroLink;
}

/** What a retro's exports are made of: its board, the column titles, its action items and its date. */
export function retroExportInput(
  link: RetroLink,
  retro: RetroView,
  teamItems: readonly TeamItem[],
  columns: string[],
): RetroExportInput {
  const actions = teamItems.filter((item) => item.retroId === link.boardId);
  return { retro, columns, actions, date: localDate(link.createdAt) };
}

const retroContext = createBoardContext<RetroContextValue, RetroView>('RetroContext', (value) => value.retro.store);
export const RetroContext = retroContext.Context;
export const useRetro = retroContext.use;
export const useRetroData = retroContext.useData;
export const useRetroHealth = retroContext.useHealth;
