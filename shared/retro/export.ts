// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { toCsv } from '../export/csv';
import { type Block, toMarkdown } from '../export/document';
import { formatDate } from '../i18n/format';
import type { Locale, Translate } from '../i18n/locale';
import type { TeamItem } from '../team/model';
import { type RetroView, columnCount, tally, topicsOf } from './model';

export interface RetroExportInput {
  retro: RetroView;
  /** Column titles as shown (translated for built-in formats). */
  columns: string[];
  /** The team's action items from this retro. */
  actions: TeamItem[];
  date: string;
}

/** Topics with their votes, most votes first (ties in board order): the discussion order. */
export function rankedTopics(retro: RetroView) {
  const topics = topicsOf(retro.cards, retro.groups);
  const counts = tally(
    retro.ballots,
    topics.map((topic) => topic.id),
    retro.settings.voteLimit,
    retro.settings.cardVoteLimit,
  );
  return topics
    .map((topic, order) => ({ ...topic, votes: counts.get(topic.id) ?? 0, order }))
    .sort((a, b) => b.votes - a.votes || a.order - b.order);
}

/** The retro's record for the minutes: goal, topics by votes with their cards, action items. */
export function retroDocument(t: Translate, input: RetroExportInput): Block[] {
  const { retro } = input;
  const facts = [t('retro.export.date', formatDate(input.date, t.locale))];
  if (retro.settings.goal) facts.push(`${t('retro.goal')}: ${retro.settings.goal}`);
  facts.push(t('retro.export.cards', retro.cards.length));
  const none: Block = { kind: 'paragraph', text: t('summary.none') };
  const ranked = rankedTopics(retro);
  const topics = ranked.flatMap((topic): Block[] => [
    {
      kind: 'heading',
      level: 3,
      text: `${topic.title} (${t('retro.votes', topic.votes)}, ${input.columns[topic.column] ?? ''})`,
    },
    ...(topic.kind === 'group' && topic.cards.length > 0
      ? [{ kind: 'list', items: topic.cards.map((card) => ({ text: card.text })) } satisfies Block]
      : []),
  ]);
  const actions = input.actions.map((action) => {
    const who = [action.owner, action.due ? formatDate(action.due, t.locale) : null].filter(Boolean).join(', ');
    return { text: `${action.text}${who ? ` (${who})` : ''}`, done: action.doneAt !== null };
  });
  return [
    { kind: 'heading', level: 1, text: retro.settings.title || t('retro.untitled') },
    { kind: 'list', items: facts.map((text) => ({ text })) },
    { kind: 'heading', level: 2, text: t('retro.export.topics') },
    ...(ranked.length === 0 ? [none] : topics),
    { kind: 'heading', level: 2, text: t('retro.phase.actions') },
    actions.length === 0 ? none : { kind: 'list', items: actions },
  ];
}

/** The same record as Markdown, every piece of team text escaped. */
export const retroMarkdown = (t: Translate, input: RetroExportInput): string => toMarkdown(retroDocument(t, input));

/** Cards with their column, group and the votes of their topic, for a spreadsheet. */
export function retroCardsCsv(t: Translate, locale: Locale, input: RetroExportInput): string {
  const votes = new Map(rankedTopics(input.retro).map((topic) => [topic.id, topic.votes]));
  const groups = new Map(input.retro.groups.map((group) => [group.id, group.name]));
  return toCsv(
    locale,
    [t('retro.csv.column'), t('retro.csv.card'), t('retro.csv.group'), t('retro.csv.votes')],
    input.retro.cards.map((card) => [
      input.columns[card.column] ?? '',
      card.text,
      card.groupId ? (groups.get(card.groupId) ?? '') : '',
      votes.get(card.groupId ?? card.id) ?? 0,
    ]),
  );
}

export function retroActionsCsv(t: Translate, locale: Locale, input: RetroExportInput): string {
  return toCsv(
    locale,
    [t('retro.csv.action'), t('items.owner'), t('items.due'), t('retro.csv.done')],
    input.actions.map((action) => [
      action.text,
      action.owner ?? '',
      action.due ? { date: action.due } : '',
      action.doneAt !== null,
    ]),
  );
}

/** Everything, for archiving or another tool. No author ids in anonymous retros: there are none. */
export function retroJson(input: RetroExportInput): string {
  const { retro } = input;
  return `${JSON.stringify(
    {
      format: 'team-rituals.retro.v1',
      date: input.date,
      settings: retro.settings,
      columns: input.columns.slice(0, columnCount(retro.settings)),
      groups: retro.groups,
      cards: retro.cards,
      topics: rankedTopics(retro).map((topic) => ({ id: topic.id, title: topic.title, votes: topic.votes })),
      actions: input.actions,
    },
    null,
    2,
  )}\n`;
}
