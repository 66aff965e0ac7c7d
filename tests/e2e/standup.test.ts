// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { e2eTeam } from '../support/e2e-team';
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, accessibilityViolations, readStorage } from '../support/extension-browser';
import { plaintextOnServer } from '../support/confidentiality';
import { boardOnServer } from '../support/server-storage';
import type { DevServer } from '../support/wrangler-dev';
import { openTab } from '../support/tabs';

/**
 * A team's daily stand-up through the real local worker: a facilitator with a German browser and
 * two members with English ones, each in their own Chromium with the extension.
 */
let server: DevServer;
let anna: ExtensionBrowser;
let ben: ExtensionBrowser;
let cem: ExtensionBrowser;
const pages: Record<string, Page> = {};

const team = e2eTeam({ extension: ['de-DE', 'en-US', 'en-US'] });
beforeAll(() => {
  ({
    server,
    extension: [anna, ben, cem],
  } = team);
});

async function expectAccessible(page: Page, view: string) {
  expect(await accessibilityViolations(page), view).toEqual([]);
}

const speakerOf = (page: Page) => page.getByTestId('current-speaker').textContent();
const deadlineOf = async (page: Page, id: string) => Number(await page.getByTestId(id).getAttribute('data-deadline'));

describe('team space and daily stand-up with three members', () => {
  it('creates a team, invites by link, and shows who is here', async () => {
    const a = (pages.anna = await anna.open('sidepanel'));
    await expect.poll(() => a.locator('h1').textContent()).toBe('Ihre Teams');
    await expectAccessible(a, 'teams home (de)');

    // An empty form is refused field by field.
    await a.getByRole('button', { name: 'Team anlegen' }).click();
    await expect.poll(() => a.locator('#teamName-error').textContent()).toBe('Bitte füllen Sie dieses Feld aus.');
    await a.getByLabel('Name des Teams').fill('Referat Z 3');
    await a.locator('#createName').fill('Anna');
    await a.getByRole('button', { name: 'Team anlegen' }).click();
    await expect.poll(() => a.locator('h1').textContent()).toBe('Referat Z 3');
    await expect.poll(() => a.locator('.sync-status').textContent()).toContain('Synchronisiert');
    await expectAccessible(a, 'stand-up idle (de)');

    await openTab(a, 'Einladen');
    const link = await a.locator('#invite-edit').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/join/[0-9a-f]{32}#e2\\.[A-Za-z0-9_-]{43}$`));
    // The read-only link carries the editors' public key after the read secret.
    expect(await a.locator('#invite-read').inputValue()).toMatch(/#r2\.[A-Za-z0-9_-]{86}$/);
    expect(await a.getByRole('img', { name: /QR-Code/ }).count()).toBe(2);
    await expectAccessible(a, 'invite (de)');

    // Ben pastes the link (after a wrong one).
    const b = (pages.ben = await ben.open('sidepanel'));
    await expectAccessible(b, 'teams home (en)');
    await b.getByLabel('Invite link', { exact: true }).fill('https://example.org/not-an-invite');
    await b.locator('#joinName').fill('Ben');
    await b.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => b.locator('#link-error').textContent()).toBe('This link is not an invite to a team.');
    await b.getByLabel('Invite link', { exact: true }).fill(link);
    await b.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => b.locator('h1').textContent()).toBe('Referat Z 3');

    // Cem opens the link, as from an e-mail: the extension recognises it and offers to join.
    const c = (pages.cem = await cem.context.newPage());
    await c.goto(link).catch(() => undefined);
    await c.waitForURL(`chrome-extension://${cem.extensionId}/sidepanel.html`);
    await expect.poll(() => c.getByLabel('Invite link', { exact: true }).inputValue()).toBe(link);
    expect(await c.getByRole('link', { name: 'Open in the browser instead' }).count()).toBe(1);
    await c.locator('#joinName').fill('Cem');
    await c.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => c.locator('h1').textContent()).toBe('Referat Z 3');
    await expectAccessible(pages.ben, 'stand-up idle (en)');

    await openTab(a, 'Mitglieder');
    await expect.poll(() => a.locator('.member-list li').count()).toBe(3);
    await expect.poll(() => a.getByText('3 von 3 jetzt da').count()).toBe(1);
    await expectAccessible(a, 'members (de)');
    // Anna, the facilitator, has quiet controls per member, each naming whom it acts on.
    expect(await a.getByRole('button', { name: 'Zur Moderation machen: Ben' }).count()).toBe(1);
    expect(await a.getByRole('button', { name: 'Entfernen: Cem' }).count()).toBe(1);
    await openTab(pages.ben, 'Members');
    await expect.poll(() => pages.ben!.getByText('3 of 3 here now').count()).toBe(1);
    await expectAccessible(pages.ben, 'members (en)');
    for (const page of [pages.ben, pages.anna]) {
      const de = page === pages.anna;
      await openTab(page, de ? 'Einladen' : 'Invite');
      await expectAccessible(page, 'invite');
      await openTab(page, de ? 'Einstellungen' : 'Settings');
      await expectAccessible(page, 'settings');
      await openTab(page, de ? 'Offene Punkte' : 'Open items');
      await expectAccessible(page, 'open items');
      await page.getByRole('tab', { name: 'Stand-up' }).click();
    }

    // The facilitator shortens the time per person (German decimal comma); Ben and Cem opt in to
    // notifications. Ben is no facilitator, so the team settings are read-only for him.
    await openTab(a, 'Einstellungen');
    await a.getByLabel('Zeit pro Person (Minuten)').fill('0,5');
    await a.getByRole('button', { name: 'Team-Einstellungen speichern' }).click();
    await expect.poll(() => a.getByText('Team-Einstellungen für alle gespeichert.').count()).toBe(1);
    // Anna schedules the stand-up on weekdays at 09:00 in Berlin, without Bavaria's holidays, and
    // a retro every other Thursday; everyone sees when the next one is, and may take the dates home.
    await a.getByLabel('Stand-up zu festen Zeiten').check();
    await a.getByLabel('Uhrzeit des Stand-ups').fill('09:00');
    await a.getByLabel('Samstag').check();
    await a.getByLabel('Samstag').uncheck();
    await a.getByLabel('Retro in festem Rhythmus').check();
    await a.getByLabel('Wochentag der Retro').selectOption({ label: 'Donnerstag' });
    await a.getByLabel('Dauer der Retro (Minuten)').fill('0');
    await a.getByLabel('Kein Stand-up und keine Retro an den Feiertagen in').selectOption({ label: 'Bayern' });
    await a.getByRole('button', { name: 'Termine speichern' }).click();
    await expect.poll(() => a.locator('#retro-minutes-error').textContent()).toMatch(/15/);
    await a.getByLabel('Dauer der Retro (Minuten)').fill('90');
    await a.getByRole('button', { name: 'Termine speichern' }).click();
    await expect.poll(() => a.getByText('Termine für alle gespeichert.').count()).toBe(1);
    await expectAccessible(a, 'settings with a schedule (de)');
    const download = a.waitForEvent('download');
    await a.getByRole('button', { name: 'Zum Kalender hinzufügen (.ics)' }).click();
    const ics = await readFile(await (await download).path(), 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.summary)).toEqual(['Stand-up: Referat Z 3', 'Retro: Referat Z 3']);
    expect(events[0]!.component.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(events[1]!.duration.toSeconds()).toBe(90 * 60);
    expect(ics).not.toContain(server.url.replace(/^https?:\/\//, ''));
    await a.getByRole('tab', { name: 'Stand-up' }).click();
    await expect.poll(() => a.getByTestId('next-standup').textContent()).toMatch(/^Nächstes Stand-up: .*, 09:00/);
    await expect.poll(() => pages.ben!.getByTestId('next-standup').textContent()).toMatch(/^Next stand-up: /);

    for (const page of [pages.ben, pages.cem]) {
      await openTab(page, 'Settings');
      expect(await page.getByLabel('Time per person (minutes)').isDisabled()).toBe(true);
      await expect.poll(() => page.getByLabel('Time per person (minutes)').inputValue()).toBe('0.5');
      await page.getByLabel('Tell me when my turn is next', { exact: false }).check();
      await page.getByRole('tab', { name: 'Stand-up' }).click();
    }
    // Ben asks for a reminder 10 minutes before each stand-up: his browser sets an alarm for it.
    await openTab(pages.ben, 'Settings');
    await pages.ben.getByLabel('Remind me before each stand-up').check();
    await pages.ben.getByLabel('Minutes before').selectOption('10');
    await expectAccessible(pages.ben, 'settings with a reminder (en)');
    const alarm = async () =>
      (await (await ben.worker()).evaluate(() => chrome.alarms.getAll())).find((entry) =>
        entry.name.startsWith('reminder:'),
      );
    await expect.poll(async () => new Date((await alarm())?.scheduledTime ?? 0).getUTCMinutes()).toBe(50);
    await pages.ben.getByRole('tab', { name: 'Stand-up' }).click();
  });

  it('runs a stand-up everyone follows in sync; an offline member loses nothing', async () => {
    const { anna: a, ben: b, cem: c } = pages as Record<'anna' | 'ben' | 'cem', Page>;
    // Ben posts his answers before the meeting.
    await b.getByLabel('What will I do today?').fill('Draft the memo\nCall the archive');
    await b.getByRole('button', { name: 'Post update' }).click();
    await expect.poll(() => b.getByText('Update posted for today.').count()).toBe(1);

    await a.getByRole('button', { name: 'Stand-up starten' }).click();
    for (const page of [a, b, c]) await expect.poll(() => page.getByTestId('current-speaker').count()).toBe(1);
    const first = await speakerOf(a);
    expect(['Anna', 'Ben', 'Cem']).toContain(first);
    for (const page of [b, c]) await expect.poll(() => speakerOf(page)).toBe(first);
    // Who opted in is told when their turn is next (Anna did not opt in); the first speaker is not.
    const notifications = async (member: ExtensionBrowser) =>
      Object.keys(await (await member.worker()).evaluate(() => chrome.notifications.getAll())).length;
    const browsers: Record<string, ExtensionBrowser> = { Anna: anna, Ben: ben, Cem: cem };
    const second = (await a.locator('.queue__name').first().textContent())!;
    await expect.poll(() => notifications(browsers[second]!)).toBe(second === 'Anna' ? 0 : 1);
    expect(await notifications(browsers[first!]!)).toBe(0);
    await expectAccessible(a, 'stand-up running (de)');
    await expectAccessible(b, 'stand-up running (en)');

    // Every member's countdowns end at the same moment, within 250 ms.
    for (const id of ['speaker-time', 'overall-time']) {
      const deadlines = await Promise.all([a, b, c].map((page) => deadlineOf(page, id)));
      expect(Math.max(...deadlines) - Math.min(...deadlines), id).toBeLessThanOrEqual(250);
    }

    // Cem floats the stand-up over his video call (Document Picture-in-Picture in Chromium). It
    // follows the stand-up that Anna drives, to the same deadlines as her side panel.
    const floatOpened = cem.context.waitForEvent('page');
    await c.getByRole('button', { name: 'Float over other windows' }).click();
    const float = await floatOpened;
    await expect.poll(() => float.getByTestId('floating-speaker').textContent()).toBe(first);
    for (const id of ['speaker-time', 'overall-time']) {
      const [panel, floating] = [await deadlineOf(a, id), await deadlineOf(float, `floating-${id}`)];
      expect(Math.abs(panel - floating), id).toBeLessThanOrEqual(250);
    }
    expect(await float.getByTestId('floating-next').textContent()).toBe(`Next: ${second}`);
    await expectAccessible(float, 'floating stand-up (en)');
    const annaFloats = anna.context.waitForEvent('page');
    await a.getByRole('button', { name: 'Über anderen Fenstern einblenden' }).click();
    const annaFloat = await annaFloats;
    await expect.poll(() => annaFloat.getByTestId('floating-speaker').textContent()).toBe(first);
    await expectAccessible(annaFloat, 'floating stand-up (de)');

    // Whoever speaks, go round until Ben's turn, where his posted answers appear.
    const seen = [first];
    while (seen.at(-1) !== 'Ben') {
      await a.getByRole('button', { name: 'Weiter' }).click();
      await expect.poll(() => speakerOf(c)).not.toBe(seen.at(-1));
      seen.push(await speakerOf(c));
      await expect.poll(() => float.getByTestId('floating-speaker').textContent()).toBe(seen.at(-1));
      await expect.poll(() => float.getByRole('status').textContent()).toBe(`${seen.at(-1)} speaks now.`);
    }
    await expect.poll(() => a.locator('.posted').textContent()).toContain('Call the archive');
    await b.getByPlaceholder('Blocker of Ben').fill('VPN drops every hour');
    await b.getByRole('button', { name: 'Add blocker' }).click();

    // Ben loses the network, adds a parking-lot topic, and comes back. Only once the server has
    // confirmed the blocker: cut before that, it would count as a second change not synced yet.
    const status = b.locator('.sync-status__line');
    await expect.poll(() => status.textContent()).toBe('Synced');
    await b.context().setOffline(true);
    await expect.poll(() => status.textContent()).toContain('Offline.');
    await b.getByPlaceholder('Topic for after the stand-up').fill('Room booking for December');
    await b.getByRole('button', { name: 'Add topic' }).click();
    await expect.poll(() => status.textContent()).toContain('1 change not synced yet');
    await expectAccessible(b, 'stand-up running, offline (en)');
    await b.context().setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Synced');
    await expect.poll(() => a.getByText('Room booking for December').count()).toBe(1);

    // Ben's 30 seconds run out: a calm signal for everyone, in words, not a flash.
    for (const page of [a, b, c]) {
      await expect
        .poll(() => page.locator('[data-testid="speaker-time"].countdown--over').count(), { timeout: 40_000 })
        .toBe(1);
    }
    expect(await b.getByTestId('speaker-time').textContent()).toMatch(/^Speaker 0:\d\d over time$/);
    expect(await a.getByTestId('speaker-time').textContent()).toMatch(/^Redezeit 0:\d\d überzogen$/);
    await expect.poll(() => b.locator('.speaker [role="status"]').textContent()).toBe('Ben is over time.');
    await expectAccessible(b, 'stand-up running, speaker over time (en)');

    // Cem finishes the round from his floating window; Anna's side panel follows. Ending the
    // stand-up closes the floating window.
    while (seen.length < 3) {
      await float.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => speakerOf(a)).not.toBe(seen.at(-1));
      seen.push(await speakerOf(a));
    }
    expect([...seen].sort()).toEqual(['Anna', 'Ben', 'Cem']);
    await a.getByRole('button', { name: 'Stand-up beenden' }).click();
    for (const page of [a, b, c]) await expect.poll(() => page.getByTestId('summary').count()).toBe(1);
    await expect.poll(() => float.isClosed()).toBe(true);
    // With the stand-up over, its turns (and so each person's speaking time) can no longer be
    // replayed from the server: a snapshot replaced the log the turns were in.
    const [{ boardId }] = (await readStorage(anna, 'teams')) as [{ boardId: string }];
    await expect
      .poll(async () => (await boardOnServer(server.state, boardId))!.logEntries, { timeout: 15_000 })
      .toBeLessThanOrEqual(3);
    await expect.poll(() => annaFloat.isClosed()).toBe(true);
    // Shown formatted, as it will look in the minutes...
    const shown = b.getByTestId('summary');
    expect(await shown.getByRole('heading', { level: 3 }).textContent()).toMatch(/^Stand-up /);
    expect(await shown.getByRole('listitem').filter({ hasText: 'Attended: 3 of 3' }).count()).toBe(1);
    expect(await shown.getByRole('heading', { name: 'Blockers' }).count()).toBe(1);
    expect(await shown.getByRole('listitem').filter({ hasText: 'VPN drops every hour' }).textContent()).toBe(
      '☐VPN drops every hour',
    );
    // ...and as Markdown, for whoever wants it.
    const summary = (await b.getByTestId('summary-markdown').textContent())!;
    expect(summary).toContain('# Stand-up');
    expect(summary).toContain('Attended: 3 of 3');
    expect(summary).toContain('## Blockers\n\n- [ ] VPN drops every hour');
    expect(summary).toContain('## Parking lot\n\n- [ ] Room booking for December');
    expect(await a.getByTestId('summary').textContent()).toContain('Anwesend: 3 von 3');
    await expectAccessible(a, 'stand-up ended (de)');
    await expectAccessible(b, 'stand-up ended (en)');

    // The blocker is an open item: Ben makes it an action item, Cem sees its owner and date in his
    // language's format, and ticking it off takes it off everyone's list.
    await openTab(b, 'Open items');
    await openTab(c, 'Open items');
    await b.getByRole('button', { name: 'Make action item: VPN drops every hour' }).click();
    await b.getByLabel('Owner').fill('Ben');
    await b.getByLabel('Due date').fill('2036-12-18');
    await b.getByRole('button', { name: 'Save action item' }).click();
    const item = c.getByRole('listitem').filter({ hasText: 'VPN drops every hour' });
    await expect.poll(() => item.textContent()).toContain('Action itemBen, due 18 Dec 2036');
    expect(await item.textContent()).not.toContain('overdue');
    // A date in the past: everyone sees that it is overdue.
    await b.getByRole('button', { name: 'Edit owner and due date: VPN drops every hour' }).click();
    await b.getByLabel('Due date').fill('2026-01-30');
    await b.getByRole('button', { name: 'Save action item' }).click();
    await expect.poll(() => item.textContent()).toContain('Ben, due 30 Jan 2026overdue');
    await expectAccessible(b, 'open items with an action item (en)');
    // Ben takes it along: as text for a mail, and as a task for his own task list.
    await ben.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await b.getByRole('button', { name: 'Copy as text: VPN drops every hour' }).click();
    await expect.poll(() => b.getByText('Copied: VPN drops every hour').count()).toBe(1);
    expect(await b.evaluate(() => navigator.clipboard.readText())).toBe(
      'Action item: VPN drops every hour\nOwner: Ben\nDue: 30 Jan 2026',
    );
    const taskDownload = b.waitForEvent('download');
    await b.getByRole('button', { name: 'Add to calendar as a task (.ics): VPN drops every hour' }).click();
    const task = new ICAL.Component(
      ICAL.parse(await readFile(await (await taskDownload).path(), 'utf8')) as unknown[],
    ).getFirstSubcomponent('vtodo')!;
    expect(task.getFirstPropertyValue('summary')).toBe('VPN drops every hour');
    expect(task.getFirstPropertyValue('due')!.toString()).toBe('2026-01-30');
    expect(task.getFirstPropertyValue('description')).toContain('Owner: Ben');
    // Overdue, it opens the next stand-up, where it can be ticked off.
    await b.getByRole('tab', { name: 'Stand-up' }).click();
    await expect.poll(() => b.locator('.overdue').textContent()).toContain('1 overdue action itemVPN drops every hour');
    await expectAccessible(b, 'stand-up with an overdue action item (en)');
    await expect.poll(() => a.locator('.overdue h3').textContent()).toBe('1 überfällige Maßnahme');
    await expectAccessible(a, 'stand-up with an overdue action item (de)');
    await openTab(b, 'Open items');
    await b.getByRole('checkbox', { name: 'Done: VPN drops every hour' }).click(); // (it leaves the list at once)
    await expect.poll(() => item.count()).toBe(0);
    await b.getByRole('tab', { name: 'Stand-up' }).click();
    await c.getByRole('tab', { name: 'Stand-up' }).click();

    // Ben's "today" answer is offered as focus labels in his popup.
    expect(await readStorage(ben, 'todayPlan')).toMatchObject({ items: ['Draft the memo', 'Call the archive'] });
    const popup = await ben.open('popup');
    expect(
      await popup.locator('#today-plan option').evaluateAll((options) => options.map((o) => o.getAttribute('value'))),
    ).toEqual(['Draft the memo', 'Call the archive']);
    expect(await popup.getByText('From my stand-up plan today').count()).toBe(1);
    await expectAccessible(popup, 'popup with stand-up plan (en)');

    // "Today's stand-up" opens the side panel (headless Chromium has none: then a tab).
    const before = ben.context.pages().length;
    await popup.getByRole('button', { name: "Today's stand-up" }).click();
    await expect
      .poll(async () => {
        const targets = ben.context.pages().map((page) => page.url());
        const worker = await ben.worker();
        const panels = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }));
        return panels.length > 0 || (targets.length > before && targets.some((url) => url.endsWith('/sidepanel.html')));
      })
      .toBe(true);
  });

  it('lets a member leave: gone from the list for the others and from their device', async () => {
    const { anna: a, cem: c } = pages as Record<'anna' | 'cem', Page>;
    await openTab(c, 'Members');
    await c.getByRole('button', { name: 'Leave team…' }).click();
    await expectAccessible(c, 'leave confirmation (en)');
    await c.getByRole('button', { name: 'Leave team', exact: true }).click();
    await expect.poll(() => c.locator('h1').textContent()).toBe('Your teams');
    expect(await c.getByText('You are not in a team yet.', { exact: false }).count()).toBe(1);
    expect(await readStorage(cem, 'teams')).toEqual([]);
    await openTab(a, 'Mitglieder');
    await expect.poll(() => a.locator('.member-list li').count()).toBe(2);
  });
  it("leaves none of the plaintext in the server's storage or its log", async () => {
    const texts = [
      'Referat Z 3',
      'Draft the memo',
      'Call the archive',
      'VPN drops every hour',
      'Room booking for December',
      'Anna',
      'Cem',
    ];
    // The search works: the board table's column names are there in the clear.
    expect(await plaintextOnServer(server.state, server.log(), ['edit_hash'])).not.toEqual([]);
    expect(await plaintextOnServer(server.state, server.log(), texts)).toEqual([]);
  });
});
