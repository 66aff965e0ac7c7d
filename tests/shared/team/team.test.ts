// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { escapeMarkdown } from '../../../shared/export/markdown';
import { createTranslator } from '../../../shared/i18n/locale';
import '../../../shared/i18n/teams-all';
import { DEFAULT_TEAM_SETTINGS, openActionItems, readTeam } from '../../../shared/team/model';
import {
  addItem,
  initTeam,
  joinTeam,
  makeAction,
  postUpdate,
  removeMember,
  renameMember,
  setItemDone,
} from '../../../shared/team/ops';
import { readStandup } from '../../../shared/team/standup';
import { endStandup, setMark, setNotes, startStandup } from '../../../shared/team/standup-ops';
import { standupSummary } from '../../../shared/team/summary';

const anna = 'a1a1a1a1a1a1a1a1';
const ben = 'b2b2b2b2b2b2b2b2';
const cem = 'c3c3c3c3c3c3c3c3';
const T0 = 1_800_000_000_000;

function team() {
  const doc = new Y.Doc();
  initTeam(doc, '  Referat   Z 3 ', DEFAULT_TEAM_SETTINGS, T0);
  joinTeam(doc, anna, 'Anna', T0);
  joinTeam(doc, ben, 'Ben', T0 + 1);
  joinTeam(doc, cem, 'Cem', T0 + 2);
  return doc;
}

describe('the team board', () => {
  it('holds the team, its members (the first one facilitates) and their items', () => {
    const doc = team();
    renameMember(doc, ben, 'Benedikt');
    removeMember(doc, cem, T0 + 5);
    addItem(doc, { id: '1111111111111111', kind: 'topic', text: 'Raumplanung', now: T0 + 6 });
    makeAction(doc, '1111111111111111', 'Anna', '2026-12-01');
    const view = readTeam(doc);
    expect(view.name).toBe('Referat Z 3');
    expect(view.members.map((member) => [member.name, member.facilitator])).toEqual([
      ['Anna', true],
      ['Benedikt', false],
    ]);
    expect(view.items).toEqual([
      expect.objectContaining({ kind: 'action', text: 'Raumplanung', owner: 'Anna', due: '2026-12-01', doneAt: null }),
    ]);
  });

  it('reads whatever a peer wrote without throwing, skipping values that make no sense', () => {
    const doc = team();
    doc.getMap('team').set('settings', { standupMinutes: -5 });
    doc.getMap('members').set('not-an-id', new Y.Map());
    const broken = new Y.Map<unknown>();
    doc.getMap('items').set('2222222222222222', broken);
    broken.set('kind', 'exploit');
    broken.set('text', 'x');
    doc.getMap('updates').set('yesterday|nobody', 42);
    doc.getArray('history').push([{ id: 'x' }, null, 'text']);
    doc.getMap('standup').set('run', { id: 'bad' });
    const view = readTeam(doc);
    expect(view.settings).toEqual(DEFAULT_TEAM_SETTINGS);
    expect(view.members).toHaveLength(3);
    expect(view.items).toEqual([]);
    expect(view.updates).toEqual([]);
    expect(view.history).toEqual([]);
    expect(readStandup(doc)).toBeNull();
  });

  it('carries open action items of earlier retros over to the next review', () => {
    const doc = team();
    const earlier = 'e'.repeat(32);
    const current = 'c'.repeat(32);
    addItem(doc, { id: '6666666666666666', kind: 'action', text: 'Ask IT', now: T0, retroId: earlier, owner: 'Ben' });
    addItem(doc, { id: '7777777777777777', kind: 'action', text: 'Done already', now: T0, retroId: earlier });
    addItem(doc, { id: '8888888888888888', kind: 'action', text: 'From this retro', now: T0, retroId: current });
    addItem(doc, { id: '9999999999999999', kind: 'blocker', text: 'A blocker', now: T0 });
    setItemDone(doc, '7777777777777777', true, T0 + 1);
    expect(openActionItems(readTeam(doc).items, current).map((item) => [item.text, item.owner, item.retroId])).toEqual([
      ['Ask IT', 'Ben', earlier],
    ]);
  });

  it('keeps posted updates for a week only', () => {
    const doc = team();
    postUpdate(doc, { memberId: anna, date: '2026-11-01', answers: ['a'], postedAt: T0 });
    postUpdate(doc, { memberId: ben, date: '2026-11-20', answers: ['b', 'c'], postedAt: T0 });
    postUpdate(doc, { memberId: anna, date: '2026-11-23', answers: ['d'], postedAt: T0 });
    expect(
      readTeam(doc)
        .updates.map((update) => update.date)
        .sort(),
    ).toEqual(['2026-11-20', '2026-11-23']);
  });
});

describe('the stand-up summary', () => {
  it('lists attendance, blockers, parking-lot topics and notes, with team text escaped', () => {
    const doc = team();
    startStandup(doc, {
      id: 'f0f0f0f0f0f0f0f0',
      date: '2026-11-23',
      now: T0,
      order: [anna, ben, cem],
      settings: DEFAULT_TEAM_SETTINGS,
    });
    setMark(doc, ben, { absent: false, representedBy: 'Dora' });
    setMark(doc, cem, { absent: true, representedBy: null });
    const standupId = 'f0f0f0f0f0f0f0f0';
    addItem(doc, {
      id: '3333333333333333',
      kind: 'blocker',
      text: 'VPN [down](javascript:alert(1))',
      now: T0,
      standupId,
    });
    addItem(doc, { id: '4444444444444444', kind: 'topic', text: '<img src=x onerror=alert(1)>', now: T0, standupId });
    addItem(doc, { id: '5555555555555555', kind: 'topic', text: 'Old topic', now: T0 - 1 });
    setItemDone(doc, '4444444444444444', true, T0 + 1);
    setNotes(doc, '# Not a heading\n1. not a list\nok');
    endStandup(doc, T0 + 12 * 60_000 + 30_000);
    const view = readTeam(doc);
    const markdown = standupSummary(createTranslator('en'), {
      teamName: view.name,
      standup: readStandup(doc)!,
      members: view.members,
      items: view.items,
      now: T0 + 13 * 60_000,
    });
    expect(markdown).toBe(
      [
        '# Stand-up 23 Nov 2026 – Referat Z 3',
        '',
        '- Duration: 12:30 (timebox 15:00)',
        '- Attended: 1 of 3',
        '- Represented: 1: Ben by Dora',
        '- Absent: 1: Cem',
        '',
        '## Blockers',
        '',
        '- [ ] VPN \\[down\\](javascript:alert(1))',
        '',
        '## Parking lot',
        '',
        '- [x] \\<img src=x onerror=alert(1)\\>',
        '',
        '## Notes',
        '',
        '\\# Not a heading  \n1\\. not a list  \nok',
        '',
      ].join('\n'),
    );
    expect(createTranslator('de')('summary.attendance', 1, 3)).toBe('Anwesend: 1 von 3');
  });

  it('escapes every Markdown construct a member could type', () => {
    for (const payload of ['**b**', '`code`', '[l](u)', '![i](u)', '<script>', '| a | b |', '~~s~~', 'a@b.de']) {
      expect(escapeMarkdown(payload)).not.toMatch(/(^|[^\\])[*`[\]<>|~@]/);
    }
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('see https://evil.example and www.evil.example')).toBe(
      'see https:\\/\\/evil.example and www\\.evil.example',
    );
    expect(escapeMarkdown('Stand-up 1. Dezember')).toBe('Stand-up 1. Dezember');
    expect(escapeMarkdown('a\nb')).toBe('a b');
  });
});
