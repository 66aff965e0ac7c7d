// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { FIRST_USEFUL_CONTENT } from '../../lib/performance-marks';
import { useEffect, useState } from 'preact/hooks';
import { SyncStatus } from '../../sync/sync-status';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/records';
import { useT } from '../../stores/use-t';
import { useTeams } from '../../stores/teams-store';
import { InviteView } from './invite-view';
import { MembersView } from './members-view';
import { OpenItems } from './open-items';
import { MEETING_RITUALS, type RitualViews } from '../../base/rituals';
import { TeamContext, useHealth, useTeam, useTeamData } from '../../base/team-context';
import { useTeamExport } from './team-data';
import { TeamSettingsView } from './team-settings';
import { useReminderRefresh } from './reminder-settings';
import { type FirstTeam, useOpenTeam } from '../../base/use-open-team';

/**
 * Two levels, so that the tabs fit one row at side-panel width: the meeting rituals, and "Team"
 * with the team's other sections in a second row.
 */
const MEETING = MEETING_RITUALS;
const TEAM = ['items', 'members', 'invite', 'settings'] as const;
type Tab = (typeof MEETING)[number] | (typeof TEAM)[number];
type Section = (typeof MEETING)[number] | 'team';
const isTeamTab = (tab: Tab): tab is (typeof TEAM)[number] => (TEAM as readonly Tab[]).includes(tab);

/** A row of tabs, operated as a tab list: arrows move, Home and End jump. */
function TabRow<T extends string>(props: {
  ids: readonly T[];
  current: T;
  label: string;
  name: (id: T) => string;
  controls: string;
  onSelect: (id: T) => void;
  small?: boolean;
}) {
  const { ids, current, onSelect } = props;
  const onKey = (event: KeyboardEvent) => {
    const index = ids.indexOf(current);
    const target =
      event.key === 'ArrowRight'
        ? ids[(index + 1) % ids.length]
        : event.key === 'ArrowLeft'
          ? ids[(index - 1 + ids.length) % ids.length]
          : event.key === 'Home'
            ? ids[0]
            : event.key === 'End'
              ? ids.at(-1)
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target);
    document.getElementById(`tab-${target}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} class={props.small ? 'tabs tabs--second' : 'tabs'} onKeyDown={onKey}>
      {ids.map((id) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          class="tabs__tab"
          aria-selected={current === id}
          aria-controls={props.controls}
          tabIndex={current === id ? 0 : -1}
          onClick={() => onSelect(id)}
        >
          {props.name(id)}
        </button>
      ))}
    </div>
  );
}

/** One team: its name, the connection, and its sections. */
export function TeamScreen(props: {
  record: TeamRecord;
  boardDb: Promise<BoardDb>;
  firstTeam: FirstTeam;
  rituals: RitualViews;
}) {
  const { record, boardDb } = props;
  const [first] = useState(() => props.firstTeam.take(record.boardId));
  const team = useOpenTeam(record, boardDb, first);
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
      <TeamLayout rituals={props.rituals} />
    </TeamContext.Provider>
  );
}

function TeamLayout({ rituals }: { rituals: RitualViews }) {
  const t = useT();
  const { record, team } = useTeam();
  const name = useTeamData((data) => data.name);
  const removed = useTeamData((data) => data.removed.includes(record.memberId));
  const health = useHealth();
  const { select, update } = useTeams((state) => state);
  const [tab, setTab] = useState<Tab>('standup');
  // The team sections remember which one was open last.
  const [teamTab, setTeamTab] = useState<(typeof TEAM)[number]>('items');
  const section: Section = isTeamTab(tab) ? 'team' : tab;
  const exportTeam = useTeamExport();
  const Ritual = isTeamTab(tab) ? null : rituals[tab];
  useReminderRefresh();

  // Keep the cached name for the team list in step with the board.
  useEffect(() => {
    if (name && name !== record.teamName) void update(record.boardId, { teamName: name });
  }, [name, record.boardId, record.teamName, update]);
  // An editor whose link is older learns from the board that the team signs, and keeps that.
  const signs = useTeamData((data) => data.signs);
  useEffect(() => {
    if (signs && record.role === 'edit' && record.keyVersion !== 2) void update(record.boardId, { keyVersion: 2 });
  }, [signs, record.role, record.keyVersion, record.boardId, update]);

  return (
    <>
      <header class="team-header">
        <h1 class="team-header__name" elementtiming={FIRST_USEFUL_CONTENT}>
          {name || record.teamName}
        </h1>
        <button type="button" class="button button--small" onClick={() => void select(null)}>
          {t('teams.switch')}
        </button>
      </header>
      <SyncStatus t={t} health={health} onRetry={() => team.board.session.reconnectNow()} onExport={exportTeam} />
      {record.role === 'read' && <p class="notice">{t('teams.readOnly')}</p>}
      {record.role === 'read' && signs && !record.verifyKey && <p class="notice">{t('signing.askNewLink')}</p>}
      {removed && <p class="notice">{t('members.removed')}</p>}
      <TabRow<Section>
        ids={[...MEETING, 'team']}
        current={section}
        label={t('tabs.label')}
        name={(id) => t(`tabs.${id}`)}
        controls="team-panel"
        onSelect={(id) => setTab(id === 'team' ? teamTab : id)}
      />
      {section === 'team' && (
        <TabRow
          ids={TEAM}
          current={teamTab}
          label={t('tabs.teamLabel')}
          name={(id) => t(`tabs.${id}`)}
          controls="team-panel"
          small
          onSelect={(id) => {
            setTeamTab(id);
            setTab(id);
          }}
        />
      )}
      <section id="team-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} class="tabs__panel">
        {Ritual && <Ritual />}
        {tab === 'items' && <OpenItems />}
        {tab === 'members' && <MembersView />}
        {tab === 'invite' && <InviteView />}
        {tab === 'settings' && <TeamSettingsView />}
      </section>
    </>
  );
}
