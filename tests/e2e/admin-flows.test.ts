// The coordinator's summit flows in the browser (create, programme, status), every page checked
// with axe; admin-setup-flows.test.ts covers groups, areas, organisations and apportionment.
// Each test builds the summit it needs, so the tests do not depend on their order.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { coordinatorLogin, startAdminSession, type E2eApp } from './support/app-fixture.ts';
import { AdminPages } from './pages/admin-pages.ts';
import { LoginPage } from './pages/login-page.ts';
import { navigate, visit } from './support/navigation.ts';

describe("the coordinator's pages", () => {
  let app: E2eApp;
  let page: Page;
  let admin: AdminPages;
  let summitWithGroup: Awaited<ReturnType<typeof startAdminSession>>['summitWithGroup'];

  before(async () => {
    ({ app, page, admin, summitWithGroup } = await startAdminSession());
  });
  after(async () => { await app?.close(); });


  it('adds a programme item with a speaker', async () => {
    const id = await summitWithGroup('Program', 10);
    await admin.open(id, 'programme');
    await admin.addProgrammeItem({ title: 'Oplæg om lokal udvikling', startsAt: '17:30', speaker: 'Sara Ekspert' });
    const rows = await admin.tableRows('Programpunkter').allInnerTexts();
    assert.equal(rows.length, 1);
    assert.match(rows[0], /17:30/);
    assert.match(rows[0], /Sara Ekspert/);
  });

  it('publishes a summit only once it has a date', async () => {
    const id = await summitWithGroup('Status', 10);
    await admin.open(id);
    await admin.changeStatus('Offentliggjort');
    assert.match(await admin.errorSummary().innerText(), /Topmødet skal have en dato, før det kan offentliggøres\./);
    assert.equal(await admin.currentStatus(), 'Kladde');
    assert.equal(await page.getByRole('link', { name: 'Offentlig side' }).count(), 0, 'a draft has no public page to link to');

    await admin.setDates('2027-05-20T17:00', '2027-05-20T21:00');
    assert.equal((await app.deps.db.stores.summits.find(id))?.startsAt, '2027-05-20T15:00:00.000Z');
    assert.equal(await page.getByLabel('Starttidspunkt', { exact: true }).inputValue(), '2027-05-20T17:00');
    await admin.changeStatus('Offentliggjort');
    // Publishing cannot be undone, so it asks first, saying what happens and that nobody is mailed.
    assert.match(await page.locator('#confirm-notice').innerText(), /vist for alle på den offentlige side[\s\S]*Ingen får besked på e-mail\./);
    assert.equal((await app.deps.db.stores.summits.find(id))?.status, 'draft', 'nothing changed before confirming');
    await navigate(page, () => page.getByRole('button', { name: 'Ja, offentliggør topmødet' }).click());
    assert.match(await page.locator('#done-notice').innerText(), /Topmødet er offentliggjort/);
    assert.equal(await admin.currentStatus(), 'Offentliggjort');
    await admin.changeStatus('Udsat – dato mangler', 'Udsættes til foråret');
    // Postponing mails everyone concerned, so it asks first, saying how many (nobody is invited yet).
    assert.match(await page.locator('main').innerText(), /0 deltagere og 0 organisationer får besked på e-mail\./);
    assert.equal((await app.deps.db.stores.summits.find(id))?.status, 'published', 'nothing changed before confirming');
    await navigate(page, () => page.getByRole('button', { name: 'Ja, udsæt topmødet' }).click());
    assert.match(await page.locator('#done-notice').innerText(), /Topmødet er udsat\. 0 deltagere og 0 organisationer har fået besked\./);
    await admin.open(id);
    assert.equal(await admin.currentStatus(), 'Udsat – dato mangler');
    const history = await admin.tableRows('Statusskift').allInnerTexts();
    assert.equal(history.length, 2);
    assert.match(history[1], /Udsættes til foråret/);
    assert.match(history[1], /Kim Koordinator/);
    await navigate(page, () => page.getByRole('link', { name: 'Offentlig side' }).click());
    assert.match(await page.locator('main').innerText(), /Udsættes til foråret/);
  });

  it('speaks English on ?lang=en, with English errors', async () => {
    const id = await summitWithGroup('Language', 10);
    const { context, page: english } = await app.newPage();
    const login = new LoginPage(english);
    await login.open();
    await login.logIn(coordinatorLogin.email, coordinatorLogin.password);
    await visit(english, `/admin/summits/${id}/groups?lang=en`);
    assert.equal(await english.locator('html').getAttribute('lang'), 'en');
    assert.equal(await english.getByRole('heading', { level: 1 }).textContent(), 'Stakeholder groups');
    await english.getByLabel('Name', { exact: true }).fill('Citizens');
    await english.getByLabel('Quota', { exact: true }).fill('11');
    await navigate(english, () => english.getByRole('button', { name: 'Add stakeholder group' }).click());
    assert.match(await english.locator('#error-summary').innerText(), /capacity/i);
    await context.close();
  });
});
