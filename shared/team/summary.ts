// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { type Block, toMarkdown } from '../export/document';
import { formatClock } from '../focus/format';
import { formatDate } from '../i18n/format';
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
 * The stand-up's minutes for a "Vermerk": date, duration, attendance, blockers, parking-lot topics
 * and notes, as document blocks (`shared/export/document.ts`). No one's speaking time.
 */
export function standupDocument(t: Translate, input: SummaryInput): Block[] {
  const { standup } = input;
  const nameOf = (id: string) => input.members.find((member) => member.id === id)?.name ?? t('standup.formerMember');
  const fromThis = input.items.filter((item) => item.standupId === standup.id);
  const blockers = fromThis.filter((item) => item.kind === 'blocker');
  const topics = fromThis.filter((item) => item.kind !== 'blocker');
  const { attended, represented, absent } = attendance(standup);
  const duration = (standup.endedAt ?? input.now) - standup.startedAt;
  const facts = [
    t('summary.duration', formatClock(duration), formatClock(standup.totalMs)),
    t('summary.attendance', attended, standup.order.length),
  ];
  if (represented > 0) {
    const deputies = standup.order
      .filter((id) => standup.marks[id]?.representedBy)
      .map((id) => t('summary.representedBy', nameOf(id), standup.marks[id]!.representedBy!));
    facts.push(`${t('summary.represented', represented)}: ${deputies.join(', ')}`);
  }
  if (absent > 0) {
    const names = standup.order.filter((id) => standup.marks[id]?.absent).map(nameOf);
    facts.push(`${t('summary.absent', absent)}: ${names.join(', ')}`);
  }
  const section = (heading: string, entries: TeamItem[]): Block[] => [
    { kind: 'heading', level: 2, text: heading },
    entries.length === 0
      ? { kind: 'paragraph', text: t('summary.none') }
      : {
          kind: 'list',
          items: entries.map((item) => ({
            text: `${item.text}${item.kind === 'action' ? ` (${t('summary.actionItem')})` : ''}`,
            done: item.doneAt !== null,
          })),
        },
  ];
  return [
    { kind: 'heading', level: 1, text: t('summary.title', formatDate(standup.date, t.locale), input.teamName) },
    { kind: 'list', items: facts.map((text) => ({ text })) },
    ...section(t('summary.blockers'), blockers),
    ...section(t('summary.parkingLot'), topics),
    { kind: 'heading', level: 2, text: t('summary.notes') },
    standup.notes.trim()
      ? { kind: 'paragraph', text: standup.notes, multiline: true }
      : { kind: 'paragraph', text: t('summary.none') },
  ];
}

/** The same minutes as Markdown, every piece of team text escaped. */
export const standupSummary = (t: Translate, input: SummaryInput): string => toMarkdown(standupDocument(t, input));
