import { escapeMarkdown } from '../export/markdown';
import { formatClock } from '../focus/format';
import type { Translate } from '../i18n/locale';
import type { Member, TeamItem } from './model';
import { type Standup, attendance } from './standup';

export interface SummaryInput {
  teamName: string;
  standup: Standup;
  members: Member[];
  items: TeamItem[];
  now: number;
}

/**
 * The stand-up's minutes as Markdown, for a "Vermerk": date, duration, attendance, blockers,
 * parking-lot topics and notes. Every piece of team text is escaped. No one's speaking time.
 */
export function standupSummary(t: Translate, input: SummaryInput): string {
  const { standup } = input;
  const nameOf = (id: string) => input.members.find((member) => member.id === id)?.name ?? t('standup.formerMember');
  const fromThis = input.items.filter((item) => item.standupId === standup.id);
  const blockers = fromThis.filter((item) => item.kind === 'blocker');
  const topics = fromThis.filter((item) => item.kind !== 'blocker');
  const { attended, represented, absent } = attendance(standup);
  const duration = (standup.endedAt ?? input.now) - standup.startedAt;
  const lines = [
    `# ${escapeMarkdown(t('summary.title', standup.date, input.teamName))}`,
    '',
    `- ${t('summary.duration', formatClock(duration), formatClock(standup.totalMs))}`,
    `- ${t('summary.attendance', attended, standup.order.length)}`,
  ];
  if (represented > 0) {
    const deputies = standup.order
      .filter((id) => standup.marks[id]?.representedBy)
      .map((id) =>
        t('summary.representedBy', escapeMarkdown(nameOf(id)), escapeMarkdown(standup.marks[id]!.representedBy!)),
      );
    lines.push(`- ${t('summary.represented', represented)}: ${deputies.join(', ')}`);
  }
  if (absent > 0) {
    const names = standup.order.filter((id) => standup.marks[id]?.absent).map((id) => escapeMarkdown(nameOf(id)));
    lines.push(`- ${t('summary.absent', absent)}: ${names.join(', ')}`);
  }
  const section = (heading: string, entries: TeamItem[]) => {
    lines.push('', `## ${heading}`, '');
    if (entries.length === 0) lines.push(t('summary.none'));
    for (const item of entries) {
      const mark = item.doneAt !== null ? '[x]' : '[ ]';
      const action = item.kind === 'action' ? ` (${t('summary.actionItem')})` : '';
      lines.push(`- ${mark} ${escapeMarkdown(item.text)}${action}`);
    }
  };
  section(t('summary.blockers'), blockers);
  section(t('summary.parkingLot'), topics);
  lines.push(
    '',
    `## ${t('summary.notes')}`,
    '',
    standup.notes.trim() ? escapeMarkdown(standup.notes, true) : t('summary.none'),
  );
  return `${lines.join('\n')}\n`;
}
