// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'preact/hooks';
import { TeamContext, useHealth, useTeam, useTeamData } from '../../base/team-context';
import { useOpenTeam } from '../../base/use-open-team';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/records';
import { BarrierLink } from '../../components/barrier-link';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { RetroBoard } from './retro-board';
import { RetroContext } from './retro-context';
import { useOpenRetro } from './use-open-retro';

/** The page of a retro (an extension tab or the web app): the full board, opened from the team's retro list. */
export function RetroPage(props: {
  teamId: string;
  retroId: string;
  teams: Promise<TeamRecord[]>;
  boardDb: Promise<BoardDb>;
}) {
  const t = useT();
  const loaded = useApp((state) => state.loaded);
  const [record, setRecord] = useState<TeamRecord | null | undefined>(undefined);
  useEffect(() => {
    void props.teams.then((teams) => setRecord(teams.find((team) => team.boardId === props.teamId) ?? null));
  }, [props.teams, props.teamId]);
  const ready = loaded && record !== undefined;
  return (
    <main class="retro-page" aria-busy={!ready}>
      {ready &&
        (record ? (
          <TeamBoard record={record} retroId={props.retroId} boardDb={props.boardDb} />
        ) : (
          <p class="notice notice--error">{t('retro.notFound')}</p>
        ))}
      {ready && <BarrierLink />}
    </main>
  );
}

function TeamBoard({ record, retroId, boardDb }: { record: TeamRecord; retroId: string; boardDb: Promise<BoardDb> }) {
  const t = useT();
  const team = useOpenTeam(record, boardDb);
  if (team === 'failed') return <p class="notice notice--error">{t('teams.openFailed')}</p>;
  if (!team) return null;
  return (
    <TeamContext.Provider value={{ record, team, boardDb }}>
      <RetroLoader retroId={retroId} />
    </TeamContext.Provider>
  );
}

function RetroLoader({ retroId }: { retroId: string }) {
  const t = useT();
  const { record, team, boardDb } = useTeam();
  const link = useTeamData((data) => data.retros.find((retro) => retro.boardId === retroId) ?? null);
  const health = useHealth();
  const retro = useOpenRetro(record, link, boardDb);
  if (!link) {
    // The team board may still be catching up with a retro someone else just started.
    return health.status.state === 'online' || health.status.state === 'error' ? (
      <p class="notice notice--error">{t('retro.notFound')}</p>
    ) : null;
  }
  if (retro === 'failed') return <p class="notice notice--error">{t('teams.openFailed')}</p>;
  if (!retro) return null;
  return (
    <RetroContext.Provider value={{ record, team, retro, link }}>
      <RetroBoard />
    </RetroContext.Provider>
  );
}
