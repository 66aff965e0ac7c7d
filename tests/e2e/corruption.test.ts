// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { e2eTeam } from '../support/e2e-team';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  accessibilityViolations,
  readStorage,
  writeStorage,
} from '../support/extension-browser';
import { createTeamIn } from '../support/team';

/**
 * Local corruption in the real extension: the browser's copy of a team board gets an entry that is
 * not a Yjs update, and the stored team list an entry that is not a team. The side panel must open
 * without a crash, say what happened in words, load the board from the server again, and keep the
 * unreadable entry until the person removes it.
 */
let anna: ExtensionBrowser;

const team = e2eTeam({ extension: ['de-DE'] });
beforeAll(() => {
  ({
    extension: [anna],
  } = team);
});

describe('a damaged local copy', () => {
  it('is reported, recovered from the server, and nothing readable is lost', async () => {
    let panel = await anna.open('sidepanel');
    await createTeamIn(panel, 'Referat Z 7', 'Anna');
    await panel.getByRole('tab', { name: 'Retros' }).click();
    await panel.getByLabel('Regel', { exact: true }).fill('Kameras an im Stand-up');
    await panel.getByRole('button', { name: 'Vereinbarung hinzufügen' }).click();
    await expect.poll(() => panel.locator('.sync-status__line').textContent()).toBe('Synchronisiert');
    const [team] = (await readStorage(anna, 'teams')) as { boardId: string }[];
    await panel.close();

    // Damage both, from an extension page, as a disk error or a bad update could.
    const page = await anna.open('options');
    await page.evaluate(async (boardId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('team-rituals-boards');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
      });
      const transaction = db.transaction('updates', 'readwrite');
      transaction.objectStore('updates').add({ boardId, update: Uint8Array.of(0xff, 0x00, 0x13) });
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      db.close();
    }, team!.boardId);
    await page.close();
    const broken = { boardId: 'not-a-board', secret: 42 };
    await writeStorage(anna, { teams: [team, broken] });

    panel = await anna.open('sidepanel');
    await expect
      .poll(() => panel.locator('.sync-status').textContent(), { timeout: 15_000 })
      .toContain('Die Kopie auf diesem Gerät war beschädigt. Sie wurde verworfen, das Board wird vom Server geladen.');
    await panel.getByRole('tab', { name: 'Retros' }).click();
    await expect.poll(() => panel.getByText('Kameras an im Stand-up').count()).toBe(1);
    expect(await accessibilityViolations(panel)).toEqual([]);

    await panel.getByRole('button', { name: 'Alle Teams' }).click();
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toContain('Ein auf diesem Gerät gespeichertes Team konnte nicht gelesen werden');
    expect(await accessibilityViolations(panel)).toEqual([]);
    // Kept as it is while the person has not decided, also when the list changes.
    expect(await readStorage(anna, 'teams')).toEqual([team, broken]);
    await panel.getByRole('button', { name: 'Nicht lesbare Einträge entfernen' }).click();
    await expect.poll(() => readStorage(anna, 'teams')).toEqual([team]);
    expect(await panel.getByText('Referat Z 7').count()).toBeGreaterThan(0);
  });
});
