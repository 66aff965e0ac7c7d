// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenBoard } from '../../extension/sync/open-board';
import { createBoard } from '../../shared/sync/access';
import { formatInvite } from '../../shared/sync/invite';
import { DEFAULT_TEAM_SETTINGS, readAgreements } from '../../shared/team/model';
import { addAgreement, initTeam, joinTeam } from '../../shared/team/ops';
import { type ExtensionBrowser, launchExtension, writeStorage } from '../support/extension-browser';
import { openNodeBoard } from '../support/node-member';
import { recordFigures, scaled } from '../support/reliability';
import { joinTeamIn } from '../support/team';
import { until } from '../support/until';
import { type DevServer, startWranglerDev } from '../support/wrangler-dev';

/**
 * A long offline period: Ben (extension) loses the network and keeps writing working agreements,
 * one update each, while Anna (the real client in Node) keeps writing hers. His side panel says
 * "offline" and counts what is not synced after every single edit; once he is back, both have
 * everything.
 */
const OFFLINE_EDITS = scaled(500, 1000);
const CHECK_EVERY = 25;

let server: DevServer;
let anna: OpenBoard;
let ben: ExtensionBrowser;
let link: string;

beforeAll(async () => {
  server = await startWranglerDev();
  const created = await createBoard(fetch, crypto, server.url);
  if (!created.ok) throw new Error(created.error);
  const access = { server: server.url, boardId: created.value.invite.boardId, keys: created.value.keys };
  link = formatInvite(created.value.invite);
  anna = await openNodeBoard(access);
  initTeam(anna.doc, 'Referat Z 5', DEFAULT_TEAM_SETTINGS, Date.now());
  joinTeam(anna.doc, 'a1a1a1a1a1a1a1a1', 'Anna', Date.now());
  ben = await launchExtension('en-US');
  await writeStorage(ben, { preferences: { server: server.url } });
});
afterAll(async () => {
  await anna?.close();
  await ben?.close();
  await server?.stop();
});

describe('a long offline period', () => {
  it(
    `merges ${OFFLINE_EDITS} offline edits with the others' and shows the pending count throughout`,
    async () => {
      const b = await ben.open('sidepanel');
      await joinTeamIn(b, link, 'Ben', 'Referat Z 5');
      await b.getByRole('tab', { name: 'Retros' }).click();
      const status = b.locator('.sync-status__line');
      await expect.poll(() => status.textContent()).toBe('Synced');

      await ben.context.setOffline(true);
      await expect.poll(() => status.textContent()).toContain('Offline.');
      let annaWrote = 0;
      // Anna writes every 50 ms meanwhile, up to as many edits as Ben makes.
      const others = setInterval(() => {
        if (annaWrote >= OFFLINE_EDITS) return;
        addAgreement(anna.doc, {
          id: `a${(annaWrote++).toString(16).padStart(15, '0')}`,
          rule: `Anna ${annaWrote}`,
          purpose: '',
          now: Date.now(),
        });
      }, 50);

      const started = performance.now();
      const rule = b.getByLabel('Rule', { exact: true });
      for (let i = 1; i <= OFFLINE_EDITS; i++) {
        await rule.fill(`Ben offline ${i}`);
        await rule.press('Enter');
        if (i % CHECK_EVERY === 0 || i === 1) {
          // Every one of his edits is counted, and the panel still says where he stands.
          await expect
            .poll(() => status.textContent())
            .toBe(
              `Offline. Everything is saved on this device and syncs when the connection is back.${i} ${i === 1 ? 'change' : 'changes'} not synced yetTry again now`,
            );
        }
      }
      const offlineSeconds = (performance.now() - started) / 1000;
      clearInterval(others);

      const back = performance.now();
      await ben.context.setOffline(false);
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Synced');
      const syncedAfterMs = performance.now() - back;
      await until(() => anna.health().status.pending === 0, 'Anna confirmed');
      const rules = () => readAgreements(anna.doc).map((agreement) => agreement.rule);
      await until(
        () => rules().filter((text) => text.startsWith('Ben offline')).length === OFFLINE_EDITS,
        'Anna has all of Ben’s offline edits',
        30_000,
      );
      const expectedBen = Array.from({ length: OFFLINE_EDITS }, (_, i) => `Ben offline ${i + 1}`);
      expect(
        rules()
          .filter((text) => text.startsWith('Ben'))
          .sort(),
      ).toEqual(expectedBen.sort());
      expect(rules().filter((text) => text.startsWith('Anna'))).toHaveLength(annaWrote);
      // And Ben sees everything Anna wrote meanwhile.
      await expect
        .poll(() => b.locator('[aria-labelledby="agreements-heading"] li').count(), { timeout: 30_000 })
        .toBe(OFFLINE_EDITS + annaWrote);

      await recordFigures('offline', {
        offlineEdits: OFFLINE_EDITS,
        othersEdits: annaWrote,
        offlineSeconds: Number(offlineSeconds.toFixed(1)),
        syncedAfterReconnectMs: Math.round(syncedAfterMs),
      });
    },
    scaled(240_000, 900_000),
  );
});
