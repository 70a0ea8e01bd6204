// The coordinator's day page in the browser, at 1280 px and on a 375 px phone: the arrivals chart
// and its table, the missing, "Planlæg efter fremmøde" by keyboard through its question, and a
// message to the missing. axe finds nothing on any page; nothing scrolls sideways.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { SummitId } from '../../src/domain/ids.ts';
import { checkInParticipant } from '../../src/use-cases/check-in/check-in-participant.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { assertAccessible, startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { navigate, visit } from './support/navigation.ts';
import { systemAccess } from '../support/access.ts';

describe("the coordinator's day page in the browser", () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  const runner = createInlinePlanRunner(100);

  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => { await runner.stopAll(); await app?.close(); });

  /** A published plan of 2 rounds for 16 people and 2 facilitators, `arrived` of them checked in. */
  async function dayWith(t: TestContext, arrived: number, viewport = { width: 1280, height: 900 }) {
    const world = await buildSeatingSummit(app.deps, { people: 16, facilitators: 2, groups: 2 });
    const summitId = world.summit.id as SummitId;
    await app.deps.db.stores.summits.update(summitId, { status: 'published', startsAt: '2026-03-01T08:00:00.000Z' }, app.deps.clock.now());
    const plan = await planTables(app.deps, runner, systemAccess, summitId, { rounds: 2, seconds: 0.1 });
    await runner.idle();
    await publishSeatingPlan(app.deps, systemAccess, plan.id);
    const codes = await app.deps.db.stores.invitations.listCheckInCodes(summitId);
    for (const person of world.people.slice(0, arrived)) {
      await checkInParticipant(app.deps, 'system', summitId, { code: codes.get(person.id as never)!, clientId: randomUUID() });
    }
    const context = await app.browser.newContext({ storageState: session, baseURL: app.baseUrl, locale: 'da-DK', viewport });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    const page = await context.newPage();
    return { world, summitId, page, url: `/admin/summits/${summitId}/day` };
  }

  const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  it('shows arrivals as a chart with its numbers in a table, and who is missing, at 1280 px', async (t) => {
    const { world, page, url } = await dayWith(t, 12);
    await visit(page, url);
    const main = await page.locator('main').innerText();
    assert.match(main, /12 af 18 tjekket ind/);
    const chart = page.getByRole('img', { name: 'Ankomster over tid' });
    assert.equal(await chart.count(), 1);
    assert.match(await page.getByRole('table', { name: 'Ankomster over tid' }).innerText(), /12/);
    const groups = page.locator('summary', { hasText: /: \d+ mangler/ });
    for (let i = 0; i < await groups.count(); i++) await groups.nth(i).click();
    const missing = world.people.slice(12).map((p) => p.name);
    for (const name of missing) assert.ok(await page.getByText(name, { exact: true }).isVisible(), `${name} is shown as missing`);
    await assertAccessible(page);
  });

  it('plans by attendance by keyboard only, through a question that says how many become no-shows', async (t) => {
    const { summitId, page, url } = await dayWith(t, 14);
    await visit(page, url);
    const button = await tabTo(page, (f) => f.text === 'Planlæg efter fremmøde', { max: 200 });
    assert.equal(button.tag, 'button');
    await navigate(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('main').innerText(), /4 personer er ikke tjekket ind og behandles som udeblevne\. Runde 1–2 planlægges igen\./);
    assert.equal((await app.deps.db.stores.seatingPlans.listAbsences(summitId)).length, 0, 'nothing changes before the answer');
    await tabTo(page, (f) => f.text === 'Ja, planlæg igen');
    await navigate(page, () => page.keyboard.press('Enter'));
    await runner.idle();
    assert.match(await page.getByRole('status').innerText(), /Planlægningen er i gang: 4 udeblevne, fra runde 1\./);
    assert.equal((await focused(page)).id, 'day-notice', 'the focus moves to what happened');
    assert.equal((await app.deps.db.stores.seatingPlans.listAbsences(summitId)).length, 4);
  });

  it('messages the missing after saying how many get it, and fits a 375 px phone', async (t) => {
    const { summitId, page, url } = await dayWith(t, 15, { width: 375, height: 740 });
    await visit(page, url);
    assert.equal(await scrollsSideways(page), false, 'no sideways scrolling at 375 px');
    await page.getByRole('textbox', { name: 'Besked' }).fill('Vi er gået i gang. Er du på vej?');
    await navigate(page, () => page.getByRole('button', { name: 'Gennemse beskeden' }).click());
    assert.match(await page.locator('main').innerText(), /Beskeden sendes til 3 deltagere, der ikke er tjekket ind\./);
    assert.equal(await scrollsSideways(page), false);
    await navigate(page, () => page.getByRole('button', { name: 'Send til 3 deltagere' }).click());
    assert.match(await page.getByRole('status').innerText(), /3 deltagere har fået besked\./);
    const mails = (await app.deps.db.stores.outbox.listForSummit(summitId, 100)).filter((m) => m.kind === 'missing_on_the_day');
    assert.equal(mails.length, 3);
    assert.equal(await scrollsSideways(page), false);
  });
});
