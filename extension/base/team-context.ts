// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { createBoardContext } from '../sync/board-context';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../lib/use-store';
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

/** How long after a round ended a device that sees it still compacts the board's history. */
const FORGET_WITHIN_MS = 60 * 60_000;

/**
 * Once a stand-up or check-in round has ended, keeps only the board's current state, here and on
 * the server (`OpenBoard.forgetHistory`): its turns, and so each person's speaking time, can then
 * not be replayed from the stored history. Each page does it once per round, and only shortly
 * after the end (later, the history was forgotten by whoever saw the end).
 */
export function useForgetTurns(round: { id: string; endedAt: number | null } | null): void {
  const { team } = useTeam();
  const endedAt = round?.endedAt ?? null;
  const ended = round && endedAt !== null && team.serverNow() - endedAt < FORGET_WITHIN_MS ? round.id : null;
  useEffect(() => {
    if (ended) team.board.forgetHistory();
  }, [ended, team]);
}
