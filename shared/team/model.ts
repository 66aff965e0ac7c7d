// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import * as Y from 'yjs';
import { readCalendar } from './calendar';

/**
 * The team board: one Yjs document per team. Top-level types and what they hold:
 *
 * - `team`     Y.Map: `name` (string), `settings` (TeamSettings, replaced as a whole), `createdAt`,
 *              `calendar` (TeamCalendar, replaced as a whole; see `calendar.ts`)
 * - `members`  Y.Map<memberId, Y.Map>: `name`, `joinedAt`, `facilitator`, `removedAt` (field by
 *              field, so a concurrent rename and removal both survive)
 * - `items`    Y.Map<itemId, Y.Map>: parking-lot topics, blockers and action items (`kind`, `text`,
 *              `createdAt`, `doneAt`, `owner`, `due`, `standupId`)
 * - `updates`  Y.Map<"date|memberId", AsyncUpdate>: answers posted before the stand-up
 * - `standup`  Y.Map: the current or last stand-up, see `standup.ts`
 * - `history`  Y.Array<StandupRecord>: past stand-ups, totals only (never per person)
 *
 * Whatever a peer wrote, reading never throws: values that do not match their schema are skipped or
 * replaced by defaults, so one bad value cannot take the team board down.
 */
export const TEAM_NAME_MAX = 80;
export const MEMBER_NAME_MAX = 60;
export const ITEM_TEXT_MAX = 500;
export const PROMPT_MAX = 200;
export const MAX_PROMPTS = 6;

export type Advance = 'anyone' | 'facilitator';

export interface TeamSettings {
  /** The stand-up's overall timebox. */
  standupMinutes: number;
  /** Each speaker's timebox. */
  speakerMinutes: number;
  /** The team's own prompts; null uses the default prompts in the reader's language. */
  prompts: string[] | null;
  advance: Advance;
  /** Play a soft sound when a speaker runs over. */
  overrunSound: boolean;
}

export const STANDUP_MINUTES = { min: 1, max: 60 };
export const SPEAKER_MINUTES = { min: 0.5, max: 15 };

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  standupMinutes: 15,
  speakerMinutes: 2,
  prompts: null,
  advance: 'anyone',
  overrunSound: false,
};

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const minutes = (range: { min: number; max: number }) =>
  v.pipe(v.number(), v.finite(), v.minValue(range.min), v.maxValue(range.max));

export const TeamSettingsSchema = v.object({
  standupMinutes: minutes(STANDUP_MINUTES),
  speakerMinutes: minutes(SPEAKER_MINUTES),
  prompts: v.nullable(v.pipe(v.array(text(PROMPT_MAX)), v.minLength(1), v.maxLength(MAX_PROMPTS))),
  advance: v.picklist(['anyone', 'facilitator']),
  overrunSound: v.boolean(),
});

export interface Member {
  id: string;
  name: string;
  joinedAt: number;
  facilitator: boolean;
}

export type ItemKind = 'topic' | 'blocker' | 'action';

export interface TeamItem {
  id: string;
  kind: ItemKind;
  text: string;
  createdAt: number;
  doneAt: number | null;
  /** For action items: a member's id or free text. */
  owner: string | null;
  /** For action items: an ISO date (yyyy-mm-dd). */
  due: string | null;
  /** The stand-up it came from, if any. */
  standupId: string | null;
  /** The retro it came from, if any. */
  retroId: string | null;
}

/** A retro of the team: its own board, whose edit secret team editors derive from the nonce. */
export interface RetroLink {
  boardId: string;
  title: string;
  /** hex; edit secret = HKDF(team edit secret, "child/retro/<nonce>") */
  nonce: string;
  /** base64url, for read-only members */
  readSecret: string;
  /**
   * base64url: the retro's editors' public key, for read-only members to check its signatures
   * with. Present once the retro signs (key schedule 2); it comes from the team board, which the
   * team's editors sign.
   */
  verifyKey?: string;
  createdAt: number;
  closedAt: number | null;
}

/** A working agreement: a rule with its purpose ("rules have a purpose, and only that one"). */
export interface Agreement {
  id: string;
  rule: string;
  purpose: string;
  createdAt: number;
  retiredAt: number | null;
}

export interface AsyncUpdate {
  memberId: string;
  date: string;
  answers: string[];
  postedAt: number;
}

export interface StandupRecord {
  id: string;
  date: string;
  durationMs: number;
  attended: number;
}

const ID = /^[0-9a-f]{16,32}$/;
const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

const str = (value: unknown, max: number): string | null => (typeof value === 'string' ? value.slice(0, max) : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export const teamMap = (doc: Y.Doc) => doc.getMap<unknown>('team');
export const membersMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('members');
export const itemsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('items');
export const updatesMap = (doc: Y.Doc) => doc.getMap<unknown>('updates');
export const historyArray = (doc: Y.Doc) => doc.getArray<unknown>('history');
export const retrosMap = (doc: Y.Doc) => doc.getMap<unknown>('retros');
export const agreementsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('agreements');
const BOARD_ID = /^[0-9a-f]{32}$/;

/** The team's retros, newest first. */
export function readRetros(doc: Y.Doc): RetroLink[] {
  const retros: RetroLink[] = [];
  retrosMap(doc).forEach((raw, boardId) => {
    const value = raw as Partial<RetroLink> | null;
    if (!BOARD_ID.test(boardId) || typeof value?.nonce !== 'string' || !/^[0-9a-f]{32}$/.test(value.nonce)) return;
    if (typeof value.readSecret !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(value.readSecret)) return;
    retros.push({
      boardId,
      title: str(value.title, TEAM_NAME_MAX) ?? '',
      nonce: value.nonce,
      readSecret: value.readSecret,
      ...(typeof value.verifyKey === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value.verifyKey)
        ? { verifyKey: value.verifyKey }
        : {}),
      createdAt: num(value.createdAt) ?? 0,
      closedAt: num(value.closedAt),
    });
  });
  return retros.sort((a, b) => b.createdAt - a.createdAt || a.boardId.localeCompare(b.boardId));
}

export function readAgreements(doc: Y.Doc): Agreement[] {
  const agreements: Agreement[] = [];
  agreementsMap(doc).forEach((entry, id) => {
    if (!isId(id) || !(entry instanceof Y.Map)) return;
    const rule = str(entry.get('rule'), ITEM_TEXT_MAX);
    if (!rule) return;
    agreements.push({
      id,
      rule,
      purpose: str(entry.get('purpose'), ITEM_TEXT_MAX) ?? '',
      createdAt: num(entry.get('createdAt')) ?? 0,
      retiredAt: num(entry.get('retiredAt')),
    });
  });
  return agreements.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function readSettings(doc: Y.Doc): TeamSettings {
  const parsed = v.safeParse(TeamSettingsSchema, teamMap(doc).get('settings'));
  return parsed.success ? parsed.output : DEFAULT_TEAM_SETTINGS;
}

/** Whether a member left or was removed (they are not added back without asking). */
export function isRemoved(doc: Y.Doc, memberId: string): boolean {
  const entry = membersMap(doc).get(memberId);
  return entry instanceof Y.Map && (entry.get('removedAt') ?? null) !== null;
}

/** Members who have not been removed, by join time. */
export function readMembers(doc: Y.Doc): Member[] {
  const members: Member[] = [];
  membersMap(doc).forEach((entry, id) => {
    if (!isId(id) || !(entry instanceof Y.Map) || (entry.get('removedAt') ?? null) !== null) return;
    const name = str(entry.get('name'), MEMBER_NAME_MAX)?.trim();
    if (!name) return;
    members.push({
      id,
      name,
      joinedAt: num(entry.get('joinedAt')) ?? 0,
      facilitator: entry.get('facilitator') === true,
    });
  });
  return members.sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}

const KINDS: readonly ItemKind[] = ['topic', 'blocker', 'action'];

export function readItems(doc: Y.Doc): TeamItem[] {
  const items: TeamItem[] = [];
  itemsMap(doc).forEach((entry, id) => {
    if (!isId(id) || !(entry instanceof Y.Map) || (entry.get('deletedAt') ?? null) !== null) return;
    const kind = entry.get('kind') as ItemKind;
    const itemText = str(entry.get('text'), ITEM_TEXT_MAX);
    if (!KINDS.includes(kind) || !itemText) return;
    const due = str(entry.get('due'), 10);
    items.push({
      id,
      kind,
      text: itemText,
      createdAt: num(entry.get('createdAt')) ?? 0,
      doneAt: num(entry.get('doneAt')),
      owner: str(entry.get('owner'), MEMBER_NAME_MAX),
      due: due && DATE.test(due) ? due : null,
      standupId: isId(entry.get('standupId')) ? (entry.get('standupId') as string) : null,
      retroId: BOARD_ID.test(String(entry.get('retroId'))) ? (entry.get('retroId') as string) : null,
    });
  });
  return items.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Answers posted before stand-ups, all days. */
export function readUpdates(doc: Y.Doc): AsyncUpdate[] {
  const updates: AsyncUpdate[] = [];
  updatesMap(doc).forEach((raw, key) => {
    const [day, memberId] = key.split('|');
    if (!day || !DATE.test(day) || !isId(memberId)) return;
    const value = raw as Partial<AsyncUpdate> | null;
    if (!Array.isArray(value?.answers)) return;
    const answers = value.answers.slice(0, MAX_PROMPTS).map((answer) => str(answer, ITEM_TEXT_MAX) ?? '');
    updates.push({ memberId, date: day, answers, postedAt: num(value.postedAt) ?? 0 });
  });
  return updates;
}

/** Past stand-ups, oldest first; one record per stand-up even if two members ended it at once. */
export function readHistory(doc: Y.Doc): StandupRecord[] {
  const seen = new Set<string>();
  return historyArray(doc)
    .toArray()
    .flatMap((raw) => {
      const record = raw as Partial<StandupRecord> | null;
      const durationMs = num(record?.durationMs);
      const attended = num(record?.attended);
      if (!isId(record?.id) || typeof record.date !== 'string' || !DATE.test(record.date)) return [];
      if (durationMs === null || attended === null || seen.has(record.id)) return [];
      seen.add(record.id);
      return [{ id: record.id, date: record.date, durationMs, attended }];
    });
}

export function readTeamName(doc: Y.Doc): string {
  return str(teamMap(doc).get('name'), TEAM_NAME_MAX) ?? '';
}

/** An action item past its due date (`today` in `YYYY-MM-DD`) and not done. */
export const isOverdue = (item: TeamItem, today: string): boolean =>
  item.kind === 'action' && item.due !== null && item.doneAt === null && item.due < today;

/** Action items still open from earlier retros (or the stand-up): what a retro's review goes through. */
export function openActionItems(items: readonly TeamItem[], exceptRetro: string): TeamItem[] {
  return items.filter((item) => item.kind === 'action' && item.doneAt === null && item.retroId !== exceptRetro);
}

/** Everything the team views render, as one plain value (see `observeProjection`). */
export function readTeam(doc: Y.Doc) {
  return {
    name: readTeamName(doc),
    readLinkOff: teamMap(doc).get('readLinkOff') === true,
    settings: readSettings(doc),
    calendar: readCalendar(doc),
    members: readMembers(doc),
    removed: [...membersMap(doc).keys()].filter((id) => isRemoved(doc, id)),
    items: readItems(doc),
    updates: readUpdates(doc),
    history: readHistory(doc),
    retros: readRetros(doc),
    agreements: readAgreements(doc),
  };
}

export type TeamView = ReturnType<typeof readTeam>;

export type SettingsField = 'standupMinutes' | 'speakerMinutes' | 'prompts';
export interface SettingsForm {
  standupMinutes: string;
  speakerMinutes: string;
  /** One prompt per line. */
  prompts: string;
  advance: Advance;
  overrunSound: boolean;
}
