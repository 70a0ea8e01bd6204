// A facilitator's notes on a 375 px phone: what is typed survives a reload before saving (the
// draft in localStorage), saving keeps it on the server, a save without a connection waits and is
// sent once the phone is online, and the coordinator's notes page lists it.
// axe finds nothing on either page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SummitId } from '../../src/domain/ids.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';
import { assertAccessible, coordinatorLogin, startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { navigate, visit } from './support/navigation.ts';
import { LoginPage } from './pages/login-page.ts';
import { systemAccess } from '../support/access.ts';

describe("a facilitator's table notes in the browser", () => {
  let app: E2eApp;
  const runner = createInlinePlanRunner(100);
  before(async () => { app = await startE2eApp(); });
  after(async () => { await runner.stopAll(); await app?.close(); });

  it('keeps a draft on the phone across a reload, saves it, and shows it to the coordinator', async (t) => {
    const world = await buildSeatingSummit(app.deps, { people: 10, facilitators: 2, groups: 2 });
    const summitId = world.summit.id as SummitId;
    // In the future: the personal links of a summit long past have expired with its data.
    await app.deps.db.stores.summits.update(summitId, { status: 'published', startsAt: '2027-03-01T08:00:00.000Z' }, app.deps.clock.now());
    const plan = await planTables(app.deps, runner, systemAccess, summitId, { rounds: 2, seconds: 0.1 });
    await runner.idle();
    await publishSeatingPlan(app.deps, systemAccess, plan.id);

    const context = await app.browser.newContext({ baseURL: app.baseUrl, locale: 'da-DK', viewport: { width: 375, height: 740 }, isMobile: true });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    const page = await context.newPage();
    await visit(page, `/i/${tokenOf('Facilitator 1', summitId)}/noter`);
    await assertAccessible(page);
    const keyPoints = page.getByLabel('Vigtigste pointer').first();
    await keyPoints.fill('Trafikken til skolen');
    await page.getByLabel('Forslag, bordet blev enige om').first().fill('Sikker skolevej');
    await page.reload();
    assert.equal(await keyPoints.inputValue(), 'Trafikken til skolen', 'the draft came back from the phone');
    assert.ok(await page.locator('#draft-restored').isVisible());
    await navigate(page, () => page.getByRole('button', { name: /^Gem noten/ }).first().click());
    assert.match(await page.locator('main').innerText(), /Noten er gemt\./);
    assert.equal(await keyPoints.inputValue(), 'Trafikken til skolen');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false, 'nothing scrolls sideways');
    await assertAccessible(page);

    // The connection drops while saving a change: the page stays, says so, and sends it once online.
    await keyPoints.fill('Trafikken til skolen og hallen');
    await context.setOffline(true);
    await page.getByRole('button', { name: /^Gem noten/ }).first().click();
    assert.ok(await page.locator('#draft-offline').isVisible(), 'the phone says the note waits for a connection');
    assert.equal(await keyPoints.inputValue(), 'Trafikken til skolen og hallen');
    await assertAccessible(page);
    await navigate(page, () => context.setOffline(false));
    assert.match(await page.locator('main').innerText(), /Noten er gemt\./);
    const stored = await app.deps.db.stores.tableNotes.listForSummit(summitId);
    assert.deepEqual(stored.map((n) => n.keyPoints), ['Trafikken til skolen og hallen'], 'the change reached the server after the connection came back');

    const { page: admin } = await app.newPage();
    const login = new LoginPage(admin);
    await login.open();
    await login.logIn(coordinatorLogin.email, coordinatorLogin.password);
    await visit(admin, `/admin/summits/${summitId}/notes`);
    assert.match(await admin.locator('main').innerText(), /Trafikken til skolen/);
    await admin.getByLabel(/Sikker skolevej/).check();
    await navigate(admin, () => admin.getByRole('button', { name: 'Tilføj til forslagslisten' }).click());
    assert.match(await admin.locator('#list-heading + ol').innerText(), /Sikker skolevej/);
    await assertAccessible(admin);
  });
});
