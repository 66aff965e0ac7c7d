import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import type { RetroView } from '../../../shared/retro/model';
import type { RetroLink } from '../../../shared/team/model';
import type { TeamRecord } from '../../lib/records';
import type { BoardView } from '../../stores/board-store';
import type { OpenTeam } from '../team/open-team';
import type { OpenRetro } from './open-retro';

/** The retro page: the team's board (members, action items, agreements) and the retro's board. */
export interface RetroContextValue {
  record: TeamRecord;
  team: OpenTeam;
  retro: OpenRetro;
  link: RetroLink;
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
