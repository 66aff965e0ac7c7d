// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'preact/hooks';
import type { BoardDb } from '../../lib/board-db';
import { BarrierLink } from '../../components/barrier-link';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { activeTeam, useTeams } from '../../stores/teams-store';
import type { RitualViews } from '../../base/rituals';
import type { FirstTeam } from '../../base/use-open-team';
import { TeamScreen } from './team-screen';
import { TeamsHome } from './teams-home';

/** The team space: the side panel during a meeting, or the web app's page. */
export function TeamSpace(props: {
  boardDb: Promise<BoardDb>;
  firstTeam: FirstTeam;
  joinLink: string | null;
  rituals: RitualViews;
}) {
  const { boardDb, firstTeam, joinLink } = props;
  const t = useT();
  const appLoaded = useApp((state) => state.loaded);
  const teamsLoaded = useTeams((state) => state.loaded);
  const record = useTeams(activeTeam);
  // An invite link to handle first, even if a team is open.
  const [pendingLink, setPendingLink] = useState(joinLink);
  const loaded = appLoaded && teamsLoaded;
  // The team opened before the first render is its screen's now, or closed.
  useEffect(() => firstTeam.release(), [firstTeam]);
  useEffect(() => {
    document.title = record?.teamName ? `${record.teamName} – ${t('app.name')}` : t('app.name');
  }, [record?.teamName, t]);
  return (
    <main class="sidepanel" aria-busy={!loaded}>
      {loaded &&
        (record && pendingLink === null ? (
          <TeamScreen
            key={record.boardId}
            record={record}
            boardDb={boardDb}
            firstTeam={firstTeam}
            rituals={props.rituals}
          />
        ) : (
          <TeamsHome joinLink={pendingLink} onOpened={() => setPendingLink(null)} />
        ))}
      {loaded && <BarrierLink />}
    </main>
  );
}
