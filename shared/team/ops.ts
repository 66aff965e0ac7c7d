// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as Y from 'yjs';
import {
  type AsyncUpdate,
  ITEM_TEXT_MAX,
  type ItemKind,
  MAX_PROMPTS,
  MEMBER_NAME_MAX,
  TEAM_NAME_MAX,
  type TeamSettings,
  type RetroLink,
  agreementsMap,
  itemsMap,
  membersMap,
  readRetros,
  retrosMap,
  readMembers,
  teamMap,
  updatesMap,
} from './model';

/**
 * Changes to the team board. Each runs in one Yjs transaction, so peers see it whole; ids and
 * times are passed in (times are server time), so these stay pure and testable.
 */
const clean = (text: string, max: number) => text.trim().replace(/\s+/g, ' ').slice(0, max);

export function initTeam(doc: Y.Doc, name: string, settings: TeamSettings, now: number): void {
  doc.transact(() => {
    const team = teamMap(doc);
    team.set('name', clean(name, TEAM_NAME_MAX));
    team.set('settings', settings);
    team.set('createdAt', now);
  });
}

/** Records for the editors that the read-only link is off (the server is what refuses it). */
export function setReadLinkOff(doc: Y.Doc, off: boolean): void {
  teamMap(doc).set('readLinkOff', off);
}

export function renameTeam(doc: Y.Doc, name: string): void {
  const cleaned = clean(name, TEAM_NAME_MAX);
  if (cleaned) teamMap(doc).set('name', cleaned);
}

export function updateSettings(doc: Y.Doc, settings: TeamSettings): void {
  teamMap(doc).set('settings', settings);
}

/**
 * Adds this person to the team, or renames them if they are a member already. The first member
 * becomes the facilitator.
 */
export function joinTeam(doc: Y.Doc, memberId: string, name: string, now: number): void {
  doc.transact(() => {
    const members = membersMap(doc);
    const existing = members.get(memberId);
    if (existing instanceof Y.Map) {
      existing.set('name', clean(name, MEMBER_NAME_MAX));
      existing.delete('removedAt');
      return;
    }
    const member = new Y.Map<unknown>();
    member.set('name', clean(name, MEMBER_NAME_MAX));
    member.set('joinedAt', now);
    member.set('facilitator', readMembers(doc).length === 0);
    members.set(memberId, member);
  });
}

export function renameMember(doc: Y.Doc, memberId: string, name: string): void {
  const member = membersMap(doc).get(memberId);
  const cleaned = clean(name, MEMBER_NAME_MAX);
  if (member instanceof Y.Map && cleaned) member.set('name', cleaned);
}

/** Leaving and removal both mark the member removed; their past items stay. */
export function removeMember(doc: Y.Doc, memberId: string, now: number): void {
  const member = membersMap(doc).get(memberId);
  if (member instanceof Y.Map) member.set('removedAt', now);
}

export function setFacilitator(doc: Y.Doc, memberId: string, facilitator: boolean): void {
  const member = membersMap(doc).get(memberId);
  if (member instanceof Y.Map) member.set('facilitator', facilitator);
}

export interface NewItem {
  id: string;
  kind: ItemKind;
  text: string;
  now: number;
  standupId?: string | null;
  retroId?: string | null;
  owner?: string | null;
  due?: string | null;
}

export function addItem(doc: Y.Doc, item: NewItem): boolean {
  const text = clean(item.text, ITEM_TEXT_MAX);
  if (!text) return false;
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('kind', item.kind);
    entry.set('text', text);
    entry.set('createdAt', item.now);
    entry.set('standupId', item.standupId ?? null);
    if (item.retroId) entry.set('retroId', item.retroId);
    if (item.owner) entry.set('owner', clean(item.owner, MEMBER_NAME_MAX));
    if (item.due) entry.set('due', item.due);
    itemsMap(doc).set(item.id, entry);
  });
  return true;
}

const itemOf = (doc: Y.Doc, id: string) => {
  const entry = itemsMap(doc).get(id);
  return entry instanceof Y.Map ? entry : null;
};

export function setItemDone(doc: Y.Doc, id: string, done: boolean, now: number): void {
  itemOf(doc, id)?.set('doneAt', done ? now : null);
}

/** Turns a parking-lot topic or a blocker into an action item, keeping its id and text. */
export function makeAction(doc: Y.Doc, id: string, owner: string | null, due: string | null): void {
  const entry = itemOf(doc, id);
  if (!entry) return;
  doc.transact(() => {
    entry.set('kind', 'action');
    entry.set('owner', owner ? clean(owner, MEMBER_NAME_MAX) : null);
    entry.set('due', due);
  });
}

export function deleteItem(doc: Y.Doc, id: string, now: number): void {
  itemOf(doc, id)?.set('deletedAt', now);
}

/** How long posted answers are kept: they matter for one stand-up, not as a record. */
const KEEP_UPDATES_DAYS = 7;

/** Posts (or replaces) a member's answers for a day's stand-up, and drops answers older than a week. */
export function postUpdate(doc: Y.Doc, update: AsyncUpdate): void {
  const answers = update.answers.slice(0, MAX_PROMPTS).map((answer) => answer.trim().slice(0, ITEM_TEXT_MAX));
  const oldest = new Date(Date.parse(update.date) - KEEP_UPDATES_DAYS * 86_400_000).toISOString().slice(0, 10);
  doc.transact(() => {
    const updates = updatesMap(doc);
    [...updates.keys()].filter((key) => key < oldest).forEach((key) => updates.delete(key));
    updates.set(`${update.date}|${update.memberId}`, { answers, postedAt: update.postedAt });
  });
}

export function withdrawUpdate(doc: Y.Doc, date: string, memberId: string): void {
  updatesMap(doc).delete(`${date}|${memberId}`);
}

export function addRetro(doc: Y.Doc, retro: RetroLink): void {
  retrosMap(doc).set(retro.boardId, { ...retro, title: clean(retro.title, TEAM_NAME_MAX) });
}

/** Records that a retro signs, with its editors' public key for the team's read-only members. */
export function setRetroVerifyKey(doc: Y.Doc, boardId: string, verifyKey: string): void {
  const retro = readRetros(doc).find((entry) => entry.boardId === boardId);
  if (retro && retro.verifyKey !== verifyKey) retrosMap(doc).set(boardId, { ...retro, verifyKey });
}

export function closeRetro(doc: Y.Doc, boardId: string, now: number): void {
  const retro = readRetros(doc).find((entry) => entry.boardId === boardId);
  if (retro && retro.closedAt === null) retrosMap(doc).set(boardId, { ...retro, closedAt: now });
}

export function addAgreement(
  doc: Y.Doc,
  agreement: { id: string; rule: string; purpose: string; now: number },
): boolean {
  const rule = clean(agreement.rule, ITEM_TEXT_MAX);
  if (!rule) return false;
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('rule', rule);
    entry.set('purpose', clean(agreement.purpose, ITEM_TEXT_MAX));
    entry.set('createdAt', agreement.now);
    agreementsMap(doc).set(agreement.id, entry);
  });
  return true;
}

export function editAgreement(doc: Y.Doc, id: string, rule: string, purpose: string): void {
  const entry = agreementsMap(doc).get(id);
  const cleaned = clean(rule, ITEM_TEXT_MAX);
  if (!(entry instanceof Y.Map) || !cleaned) return;
  doc.transact(() => {
    entry.set('rule', cleaned);
    entry.set('purpose', clean(purpose, ITEM_TEXT_MAX));
  });
}

/** Retires a rule that no longer serves its purpose, or brings it back. */
export function retireAgreement(doc: Y.Doc, id: string, retired: boolean, now: number): void {
  const entry = agreementsMap(doc).get(id);
  if (entry instanceof Y.Map) entry.set('retiredAt', retired ? now : null);
}
