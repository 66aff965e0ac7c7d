// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { toHex } from '../../shared/encoding/hex';
import type { Translate } from '../../shared/i18n/locale';
import { formatDate } from '../../shared/i18n/format';
import { type TeamCalendar, retroSchedule, standupSchedule } from '../../shared/team/calendar';
import type { TeamItem } from '../../shared/team/model';
import { downloadText } from '../lib/download';

const ICS_TYPE = 'text/calendar;charset=utf-8';

/** The iCalendar writer, loaded when someone downloads a file: the views do not carry it. */
const icsWriter = () => import('../../shared/calendar/ics');

/**
 * A stable event id per team and ritual, so that importing the file again updates the series. Made
 * from a hash of the board id: the file carries nothing that leads to the board.
 */
async function eventUid(boardId: string, ritual: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${boardId}:${ritual}`));
  return `${toHex(new Uint8Array(digest)).slice(0, 32)}@team-rituals.invalid`;
}

/** Downloads the team's stand-up and retro series as one `.ics` in the reader's language. */
export async function downloadTeamCalendar(
  t: Translate,
  team: { boardId: string; name: string; calendar: TeamCalendar; standupMinutes: number },
  now: number,
): Promise<void> {
  const standup = standupSchedule(team.calendar);
  const retro = retroSchedule(team.calendar);
  const events = [
    ...(standup
      ? [
          {
            uid: await eventUid(team.boardId, 'standup'),
            summary: t('calendar.standupEvent', team.name),
            description: t('calendar.eventDescription'),
            schedule: standup,
            durationMinutes: team.standupMinutes,
          },
        ]
      : []),
    ...(retro && team.calendar.retro
      ? [
          {
            uid: await eventUid(team.boardId, 'retro'),
            summary: t('calendar.retroEvent', team.name),
            description: t('calendar.eventDescription'),
            schedule: retro,
            durationMinutes: team.calendar.retro.minutes,
          },
        ]
      : []),
  ];
  const { icsFile } = await icsWriter();
  downloadText('team-rituals.ics', ICS_TYPE, icsFile({ events, tasks: [], now, language: t.locale }));
}

/** An action item as text for a mail or a chat. */
export function actionItemText(t: Translate, item: TeamItem): string {
  return t('items.asText', item.text, item.owner ?? '', item.due ? formatDate(item.due, t.locale) : '');
}

/** Downloads one action item as a task (VTODO) for the owner's task list. */
export async function downloadActionItem(t: Translate, item: TeamItem, teamName: string, now: number): Promise<void> {
  const description = [
    item.owner ? `${t('items.owner')}: ${item.owner}` : null,
    t('calendar.actionDescription', teamName),
  ].filter(Boolean);
  const task = {
    uid: `${item.id}@team-rituals.invalid`,
    summary: item.text,
    description: description.join('\n'),
    due: item.due,
    doneAt: item.doneAt,
  };
  const { icsFile } = await icsWriter();
  downloadText(
    `action-item-${item.id.slice(0, 8)}.ics`,
    ICS_TYPE,
    icsFile({ events: [], tasks: [task], now, language: t.locale }),
  );
}
