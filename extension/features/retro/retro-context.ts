import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import type { RetroExportInput } from '../../../shared/retro/export';
import type { RetroView } from '../../../shared/retro/model';
import type { RetroLink, TeamItem } from '../../../shared/team/model';
import { localDate } from '../../lib/ids';
import type { TeamRecord } from '../../lib/records';
import type { BoardView } from '../../sync/board-store';
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

export const RetroContext = createContext<RetroContextValue | null>(null);

export function useRetro(): RetroContextValue {
  const value = useContext(RetroContext);
  if (!value) throw new Error('useRetro outside RetroContext');
  return value;
}

export function useRetroData<T>(selector: (data: RetroView) => T): T {
  const { retro } = useRetro();
  return useStore(retro.store, (view: BoardView<RetroView>) => selector(view.data));
}

export function useRetroHealth() {
  const { retro } = useRetro();
  return useStore(retro.store, (view: BoardView<RetroView>) => view.health);
}

/** Server time, refreshed every `intervalMs` while `active`. */
export function useRetroNow(active: boolean, intervalMs = 500): number {
  const { team } = useRetro();
  const [now, setNow] = useState(() => team.serverNow());
  useEffect(() => {
    const read = () => setNow(team.serverNow());
    read();
    if (!active) return;
    const timer = setInterval(read, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, team]);
  return now;
}
