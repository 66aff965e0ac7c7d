// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { createBoardContext } from '../sync/board-context';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from 'zustand';
import { localDate } from '../lib/ids';
import type { BoardDb } from '../lib/board-db';
import type { TeamRecord } from '../lib/records';
import type { OpenTeam, TeamData } from './open-team';

/** The open team of the side panel: its stored record and its live board. */
export interface TeamContextValue {
  record: TeamRecord;
  team: OpenTeam;
  /** The local board copies, for boards the team links to (retros). */
  boardDb: Promise<BoardDb>;
}

const teamContext = createBoardContext<TeamContextValue, TeamData>('TeamContext', (value) => value.team.store);
export const TeamContext = teamContext.Context;
export const useTeam = teamContext.use;
/** A slice of the team's projection; re-renders only when that slice changes by reference. */
export const useTeamData = teamContext.useData;
export const useHealth = teamContext.useHealth;

export function usePresent(): string[] {
  const { team } = useTeam();
  return useStore(team.presence, (state) => state.here);
}

/** May this person change the board at all? Read-only members and removed members may not. */
export function useCanEdit(): boolean {
  const { record } = useTeam();
  const member = useTeamData((data) => data.members.some((entry) => entry.id === record.memberId));
  return record.role === 'edit' && member;
}

/** May this person start and advance the team's rounds? Facilitators, or every editor if the team lets anyone advance. */
export function useMayLead(): boolean {
  const { record } = useTeam();
  const canEdit = useCanEdit();
  return useTeamData(
    (data) =>
      canEdit &&
      (data.settings.advance === 'anyone' ||
        data.members.some((member) => member.id === record.memberId && member.facilitator)),
  );
}

/** The time now, by the server's clock and by this device's, refreshed every `intervalMs` while `active`. */
export function useServerNow(active: boolean, intervalMs = 250): { server: number; local: number } {
  const { team } = useTeam();
  const sample = () => ({ server: team.serverNow(), local: Date.now() });
  const [now, setNow] = useState(sample);
  useEffect(() => {
    const read = () => ({ server: team.serverNow(), local: Date.now() });
    setNow(read());
    if (!active) return;
    const timer = setInterval(() => setNow(read()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, team]);
  return now;
}

/** Today's date on this device (yyyy-mm-dd), read when the component mounts. */
export function useToday(): string {
  const [today] = useState(() => localDate(Date.now()));
  return today;
}
