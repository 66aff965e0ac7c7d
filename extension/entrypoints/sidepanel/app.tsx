import { useEffect, useState } from 'preact/hooks';
import { TeamScreen } from '../../features/team/team-screen';
import { TeamsHome } from '../../features/team/teams-home';
import type { BoardDb } from '../../lib/board-db';
import { useT } from '../../lib/use-t';
import { useApp } from '../../stores/app-store';
import { useTeams } from '../../stores/teams-store';

/** The side panel: the team space during a meeting. */
export function SidePanelApp({ boardDb, joinLink }: { boardDb: Promise<BoardDb>; joinLink: string | null }) {
  const t = useT();
  const appLoaded = useApp((state) => state.loaded);
  const teamsLoaded = useTeams((state) => state.loaded);
  const record = useTeams((state) => state.teams.find((team) => team.boardId === state.active) ?? null);
  // An invite link to handle first, even if a team is open.
  const [pendingLink, setPendingLink] = useState(joinLink);
  const loaded = appLoaded && teamsLoaded;
  useEffect(() => {
    document.title = record?.teamName ? `${record.teamName} – ${t('app.name')}` : t('app.name');
  }, [record?.teamName, t]);
  return (
    <main class="sidepanel" aria-busy={!loaded}>
      {loaded &&
        (record && pendingLink === null ? (
          <TeamScreen key={record.boardId} record={record} boardDb={boardDb} />
        ) : (
          <TeamsHome joinLink={pendingLink} onOpened={() => setPendingLink(null)} />
        ))}
    </main>
  );
}
