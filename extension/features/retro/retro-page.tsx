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
import { type openRetroPage, useOpenRetro } from './use-open-retro';

/** The page of a retro (an extension tab or the web app): the full board, opened from the team's retro list. */
export function RetroPage(props: Opened & { retroId: string; boardDb: Promise<BoardDb> }) {
  const { record, firstTeam, firstRetro } = props;
  const t = useT();
  const ready = useApp((state) => state.loaded);
  // The boards opened before the first render are their views' now, or closed.
  useEffect(() => {
    firstTeam.release();
    firstRetro.release();
  }, [firstTeam, firstRetro]);
  return (
    <main class="retro-page" aria-busy={!ready}>
      {ready &&
        (record ? <TeamBoard {...props} record={record} /> : <p class="notice notice--error">{t('retro.notFound')}</p>)}
      {ready && <BarrierLink />}
    </main>
  );
}

type Opened = Awaited<ReturnType<typeof openRetroPage>>;

function TeamBoard(props: Opened & { record: TeamRecord; retroId: string; boardDb: Promise<BoardDb> }) {
  const { record, boardDb } = props;
  const t = useT();
  const [first] = useState(() => props.firstTeam.take(record.boardId));
  const team = useOpenTeam(record, boardDb, first);
  if (team === 'failed') return <p class="notice notice--error">{t('teams.openFailed')}</p>;
  if (!team) return null;
  return (
    <TeamContext.Provider value={{ record, team, boardDb }}>
      <RetroLoader retroId={props.retroId} firstRetro={props.firstRetro} storedLocal={props.storedLocal} />
    </TeamContext.Provider>
  );
}

function RetroLoader({
  retroId,
  firstRetro,
  storedLocal,
}: Pick<Opened, 'firstRetro' | 'storedLocal'> & { retroId: string }) {
  const t = useT();
  const { record, team, boardDb } = useTeam();
  const link = useTeamData((data) => data.retros.find((retro) => retro.boardId === retroId) ?? null);
  const health = useHealth();
  const [first] = useState(() => firstRetro.take(link?.boardId));
  const retro = useOpenRetro(record, link, boardDb, first);
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
      <RetroBoard storedLocal={storedLocal} />
    </RetroContext.Provider>
  );
}
