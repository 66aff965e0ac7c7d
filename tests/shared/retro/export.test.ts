// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toPlainText } from '../../../shared/export/document';
import { createTranslator } from '../../../shared/i18n/locale';
import '../../../shared/i18n/teams-all';
import { readRetro } from '../../../shared/retro/model';
import { createGroup, initRetro, publishCards } from '../../../shared/retro/ops';
import { retroDocument, retroMarkdown } from '../../../shared/retro/export';
import type { TeamItem } from '../../../shared/team/model';

const id = (n: number) => n.toString(16).padStart(16, '0');
const T0 = 1_800_000_000_000;

function retro() {
  const doc = new Y.Doc();
  initRetro(
    doc,
    {
      title: 'Retro November',
      goal: 'Weniger Unterbrechungen',
      format: 'mistakes',
      columns: [],
      anonymous: true,
      checkin: '',
      voteLimit: 3,
      cardVoteLimit: null,
    },
    T0,
  );
  publishCards(
    doc,
    ['VPN bricht ab', 'VPN langsam', 'Akten fehlen'].map((text, n) => ({
      id: id(n + 1),
      column: n === 2 ? 1 : 0,
      text,
      createdAt: T0 + n,
    })),
    { anonymous: true, newClientId: () => 4242 },
  );
  createGroup(doc, { id: id(100), name: 'Netz', column: 0, now: T0 }, [id(1), id(2)]);
  // Ballots count once voting has closed; here, one member's.
  return { ...readRetro(doc), ballots: [{ id: id(300), votes: { [id(3)]: 2, [id(100)]: 1 } }] };
}

const action: TeamItem = {
  id: id(200),
  kind: 'action',
  text: 'IT zum VPN fragen',
  createdAt: T0,
  doneAt: null,
  owner: 'Ben',
  due: '2026-12-19',
  standupId: null,
  retroId: null,
};

describe('retro record', () => {
  it('lists topics by votes, group cards under their group, and actions with owner and German date', () => {
    const input = { retro: retro(), columns: ['Gut', 'Schlecht'], actions: [action], date: '2026-12-02' };
    const text = toPlainText(retroDocument(createTranslator('de'), input));
    expect(text.indexOf('Akten fehlen (2 Stimmen, Schlecht)')).toBeGreaterThan(-1);
    expect(text.indexOf('Akten fehlen (2')).toBeLessThan(text.indexOf('Netz (1 Stimme, Gut)'));
    expect(text).toContain('Netz (1 Stimme, Gut)\n\n• VPN bricht ab\n• VPN langsam');
    expect(text).toContain('☐ IT zum VPN fragen (Ben, 19.12.2026)');
    expect(text).toContain('02.12.2026');
  });

  it('says so where there is nothing, in Markdown too', () => {
    const empty = { ...retro(), cards: [], groups: [], ballots: [] };
    const markdown = retroMarkdown(createTranslator('en'), {
      retro: empty,
      columns: [],
      actions: [],
      date: '2026-12-02',
    });
    expect(markdown).toMatch(/^# Retro November\n/);
    expect(markdown).toContain('## Topics by votes\n\n–\n\n## Action items\n\n–\n');
  });
});
