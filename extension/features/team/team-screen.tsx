import { useEffect, useState } from 'preact/hooks';
import { SyncStatus } from '../../components/sync-status';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/records';
import { useT } from '../../lib/use-t';
import { useTeams } from '../../stores/teams-store';
import { CheckinView } from '../checkin/checkin-view';
import { StandupView } from '../standup/standup-view';
import { InviteView } from './invite-view';
import { MembersView } from './members-view';
import { OpenItems } from './open-items';
import { RetrosView } from './retros-view';
import { TeamContext, useHealth, useTeam, useTeamData } from './team-context';
import { useTeamExport } from './team-data';
import { TeamSettingsView } from './team-settings';
import { useOpenTeam } from './use-open-team';

const TABS = ['standup', 'checkin', 'retros', 'items', 'members', 'invite', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** One team: its name, the connection, and its sections. */
export function TeamScreen({ record, boardDb }: { record: TeamRecord; boardDb: Promise<BoardDb> }) {
  const team = useOpenTeam(record, boardDb);
  const t = useT();
  const { select } = useTeams((state) => state);
  if (team === 'failed') {
    return (
      <div>
        <p class="notice notice--error" role="alert">
          {t('teams.openFailed')}
        </p>
        <button type="button" class="button" onClick={() => void select(null)}>
          {t('teams.switch')}
        </button>
      </div>
    );
  }
  if (!team) return null;
  return (
    <TeamContext.Provider value={{ record, team, boardDb }}>
      <TeamLayout />
    </TeamContext.Provider>
  );
}

function TeamLayout() {
  const t = useT();
  const { record, team } = useTeam();
  const name = useTeamData((data) => data.name);
  const removed = useTeamData((data) => data.removed.includes(record.memberId));
  const health = useHealth();
  const { select, update } = useTeams((state) => state);
  const [tab, setTab] = useState<Tab>('standup');
  const exportTeam = useTeamExport();

  // Keep the cached name for the team list in step with the board.
  useEffect(() => {
    if (name && name !== record.teamName) void update(record.boardId, { teamName: name });
  }, [name, record.boardId, record.teamName, update]);
  // An editor whose link is older learns from the board that the team signs, and keeps that.
  const signs = useTeamData((data) => data.signs);
  useEffect(() => {
    if (signs && record.role === 'edit' && record.keyVersion !== 2) void update(record.boardId, { keyVersion: 2 });
  }, [signs, record.role, record.keyVersion, record.boardId, update]);

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <>
      <header class="team-header">
        <h1 class="team-header__name">{name || record.teamName}</h1>
        <button type="button" class="button button--small" onClick={() => void select(null)}>
          {t('teams.switch')}
        </button>
      </header>
      <SyncStatus t={t} health={health} onRetry={() => team.board.session.reconnectNow()} onExport={exportTeam} />
      {record.role === 'read' && <p class="notice">{t('teams.readOnly')}</p>}
      {record.role === 'read' && signs && !record.verifyKey && <p class="notice">{t('signing.askNewLink')}</p>}
      {removed && <p class="notice">{t('members.removed')}</p>}
      <div role="tablist" aria-label={t('tabs.label')} class="tabs" onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            class="tabs__tab"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>
      <section id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="tabs__panel">
        {tab === 'standup' && <StandupView />}
        {tab === 'checkin' && <CheckinView />}
        {tab === 'retros' && <RetrosView />}
        {tab === 'items' && <OpenItems />}
        {tab === 'members' && <MembersView />}
        {tab === 'invite' && <InviteView />}
        {tab === 'settings' && <TeamSettingsView />}
      </section>
    </>
  );
}
