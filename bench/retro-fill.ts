// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// A big retro board for the browser benchmarks: a third member (Node, the extension's sync code)
// fills a member's first retro with cards and a group, in the grouping phase.
import { retroKeys } from '../extension/base/retro-keys';
import type { TeamRecord } from '../extension/lib/records';
import { recordKeys } from '../extension/lib/record-keys';
import { createGroup, publishCards, setPhase } from '../shared/retro/ops';
import { readTeam } from '../shared/team/model';
import { type ExtensionBrowser, readStorage } from '../tests/support/extension-browser';
import { sleep } from '../tests/support/stats';
import { until } from '../tests/support/until';
import { BENCH_WAIT_MS, ourClient } from './clients';

export const cardId = (n: number) => n.toString(16).padStart(16, '0');
export const GROUP = 'ab'.repeat(8);

/** Fills the first retro of `member`'s first team with `count` cards (30 at a time) and a group. */
export async function fillRetro(member: ExtensionBrowser, server: string, count: number): Promise<void> {
  const [record] = (await readStorage(member, 'teams')) as TeamRecord[];
  const team = ourClient(server, record!.boardId, await recordKeys(crypto, record!));
  await team.ready;
  await until(() => readTeam(team.doc).retros.length > 0, 'the retro is listed', BENCH_WAIT_MS);
  const link = readTeam(team.doc).retros[0]!;
  team.close();
  const retro = ourClient(server, link.boardId, await retroKeys(record!, link));
  await retro.ready;
  const now = Date.now();
  for (let start = 0; start < count; start += 30) {
    const cards = Array.from({ length: Math.min(30, count - start) }, (_, i) => ({
      id: cardId(start + i),
      column: (start + i) % 3,
      text: `Card ${start + i}: the printer queue was stuck again on Tuesday`,
      createdAt: now,
    }));
    publishCards(retro.doc, cards, { memberId: 'bench' });
    await sleep(50);
  }
  createGroup(retro.doc, { id: GROUP, name: 'Printer', column: 0, now }, [cardId(0), cardId(3)]);
  setPhase(retro.doc, 'group', now, null);
  // Until the server has it all.
  await until(() => retro.pending!() === 0, 'the cards are stored', BENCH_WAIT_MS);
  retro.close();
}
