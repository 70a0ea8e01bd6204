// The check-in page on a 375 px phone: by keyboard and typed code, search and one tap, undo, a
// walk-in, and the offline queue (go offline, check in three, come back: three check-ins on the
// server). axe finds nothing on the page in any of its states.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import type { SummitId } from '../../src/domain/ids.ts';
import { getCheckInOverview } from '../../src/use-cases/check-in/get-check-in-overview.ts';
import { buildCheckInLink, buildDaySummit } from '../support/check-in-builders.ts';
import { assertAccessible, startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { CheckInPhone } from './pages/check-in-page.ts';

const phoneViewport = { width: 375, height: 740 };

describe('check-in on a phone', () => {
  let app: E2eApp;
  const contexts: BrowserContext[] = [];
  before(async () => { app = await startE2eApp(); });
  after(async () => {
    for (const context of contexts) await context.close();
    await app.close();
  });

  async function phoneAt() {
    const { summit, people, groups } = await buildDaySummit(app.deps, { people: 6 });
    const link = await buildCheckInLink(app.deps, summit.id);
    const context = await app.browser.newContext({ baseURL: app.baseUrl, locale: 'da-DK', viewport: phoneViewport, hasTouch: true });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const phone = new CheckInPhone(await context.newPage());
    await phone.open(new URL(link.url).pathname);
    const arrived = async () => (await getCheckInOverview(app.deps, summit.id as SummitId)).people.map((p) => p.invitationId).sort();
    return { summit, people, groups, phone, context, arrived };
  }

  async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`never: ${what}`);
  }

  it('checks a person in by keyboard with the typed code, fits 375 px, and passes axe', async () => {
    const { people, phone, arrived } = await phoneAt();
    await assertAccessible(phone.page);
    assert.equal(await phone.scrollsSideways(), false, 'no sideways scrolling at 375 px');
    await tabTo(phone.page, (f) => f.id === 'checkin-code');
    const code = people[2]!.code;
    await phone.page.keyboard.type(`${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase());
    await phone.page.keyboard.press('Enter');
    await phone.message().filter({ hasText: `${people[2]!.name} er tjekket ind.` }).waitFor();
    assert.deepEqual(await arrived(), [people[2]!.id]);
    assert.equal((await focused(phone.page)).id, 'checkin-code', 'the focus stays in the code field for the next badge');
    await assertAccessible(phone.page);
  });

  it('finds a person by name, checks them in with one key press and undoes it', async () => {
    const { people, phone, arrived } = await phoneAt();
    const person = people[4]!;
    await tabTo(phone.page, (f) => f.id === 'checkin-search');
    await phone.page.keyboard.type(person.name.slice(0, -1) + person.name.slice(-1));
    await tabTo(phone.page, (f) => f.tag === 'button' && f.text === 'Tjek ind');
    await phone.page.keyboard.press('Enter');
    await phone.message().filter({ hasText: `${person.name} er tjekket ind.` }).waitFor();
    assert.deepEqual(await arrived(), [person.id]);
    await assertAccessible(phone.page);
    // The focus lands on the undo of the same person: a mistaken check-in is one more key press away.
    await phone.undoButton(person.name).waitFor();
    assert.equal((await focused(phone.page)).text, 'Fortryd');
    await phone.page.keyboard.press('Enter');
    await phone.message().filter({ hasText: `Indtjekningen af ${person.name} er fortrudt.` }).waitFor();
    assert.deepEqual(await arrived(), []);
    await phone.checkInButton(person.name).waitFor();
  });

  it('adds a walk-in with a seat and checks them in', async () => {
    const { summit, phone, groups } = await phoneAt();
    await phone.page.getByLabel('Navn', { exact: true }).fill('Walter Walk-in');
    await phone.page.getByLabel('Deltagergruppe').selectOption(groups[1]!.id);
    await phone.page.getByRole('button', { name: 'Tjek ind med plads' }).click();
    await phone.message().filter({ hasText: 'Walter Walk-in har fået en plads og er tjekket ind.' }).waitFor();
    const overview = await getCheckInOverview(app.deps, summit.id as SummitId);
    assert.equal(overview.checkedIn, 1);
    assert.equal(overview.expected, 7);
    await assertAccessible(phone.page);
  });

  it('queues three check-ins while offline and sends them when the connection is back', async () => {
    const { people, phone, context, arrived } = await phoneAt();
    await context.setOffline(true);
    for (const person of people.slice(0, 3)) {
      await phone.search(person.name);
      await phone.checkInButton(person.name).click();
      await phone.message().filter({ hasText: `${person.name} er tjekket ind på telefonen` }).waitFor();
    }
    await phone.page.locator('#checkin-connection').filter({ hasText: '3 indtjekninger venter på at blive sendt' }).waitFor();
    assert.deepEqual(await arrived(), [], 'nothing reached the server while offline');
    await assertAccessible(phone.page);
    await context.setOffline(false);
    await eventually(async () => (await arrived()).length === 3, 'three check-ins on the server');
    assert.deepEqual(await arrived(), people.slice(0, 3).map((p) => p.id).sort());
    await phone.page.locator('#checkin-connection').filter({ hasText: /^Forbundet$/ }).waitFor();
  });
});
