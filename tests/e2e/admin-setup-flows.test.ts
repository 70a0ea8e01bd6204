// Setting a summit up in the browser: groups and quotas, areas, organisations, apportionment;
// every page checked with axe.
// Each test builds the summit it needs, so the tests do not depend on their order.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { SummitId } from '../../src/domain/ids.ts';
import { startAdminSession, type E2eApp } from './support/app-fixture.ts';
import { AdminPages } from './pages/admin-pages.ts';

describe("the coordinator's set-up pages", () => {
  let app: E2eApp;
  let page: Page;
  let admin: AdminPages;
  let summitWithGroup: Awaited<ReturnType<typeof startAdminSession>>['summitWithGroup'];

  before(async () => {
    ({ app, page, admin, summitWithGroup } = await startAdminSession());
  });
  after(async () => { await app?.close(); });

  it('creates a summit as a draft and lists it', async () => {
    const id = await admin.createSummit('Topmøde om grøn omstilling', 120);
    assert.equal(await admin.currentStatus(), 'Kladde');
    await admin.openSummits();
    const rows = await admin.tableRows('Alle topmøder').allInnerTexts();
    assert.ok(rows.some((row) => row.includes('Topmøde om grøn omstilling') && row.includes('Kladde') && row.includes('120')));
    assert.equal((await app.deps.db.stores.summits.find(id as SummitId))?.capacity, 120);
  });

  it('adds stakeholder groups and refuses one over the capacity with a Danish error, saving nothing', async () => {
    const id = await summitWithGroup('Grupper', 50);
    await admin.open(id, 'groups');
    await admin.addGroup('Borgere', 30);
    assert.match(await admin.successNotice().innerText(), /Ændringerne er gemt/);
    await admin.addGroup('Bordfacilitatorer', 5, { facilitators: true });
    await admin.addGroup('Politikere', 20);
    assert.match(await admin.errorSummary().innerText(), /Deltagergruppernes kvoter tilsammen må ikke overstige topmødets kapacitet\./);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
    assert.equal(await page.getByLabel('Navn', { exact: true }).inputValue(), 'Politikere');
    assert.deepEqual((await app.deps.db.stores.groups.list(id)).map((g) => [g.name, g.quota, g.isFacilitators]), [['Borgere', 30, false], ['Bordfacilitatorer', 5, true]]);
    assert.match(await page.locator('#group-sum').innerText(), /35 af 50 pladser/);

    await admin.addGroup('', '2.5');
    const summary = await admin.errorSummary().innerText();
    assert.match(summary, /Navn: Feltet skal udfyldes\./);
    assert.match(summary, /Kvote: Skriv et helt tal\./);
    assert.equal((await app.deps.db.stores.groups.list(id)).length, 2);
  });

  it("adds areas and organisations, apportions a group's quota and accepts it", async () => {
    const id = await summitWithGroup('Fordeling', 100, { name: 'Borgere', quota: 10 });
    await admin.open(id, 'areas');
    await admin.addArea('Nord', 6000);
    await admin.addArea('Syd', 3000);
    await admin.addArea('Øst', 1000);
    assert.deepEqual(await admin.tableRows('Lokalområder og indbyggertal').locator('th').allInnerTexts(), ['Nord', 'Syd', 'Øst']);

    await admin.open(id, 'organisations');
    await admin.addOrganisation({ name: 'Lokalforum Nord', kind: 'Lokalforum', group: 'Borgere', area: 'Nord', quota: 2, email: 'nord@example.dk' });
    assert.match(await page.locator('main').innerText(), /2 af gruppens 10 pladser er fordelt\./);
    await admin.addOrganisation({ name: 'For stor', kind: 'Erhvervsråd', group: 'Borgere', quota: 9 });
    assert.match(await admin.errorSummary().innerText(), /Organisationernes kvoter tilsammen må ikke overstige deltagergruppens kvote\./);
    assert.equal((await app.deps.db.stores.organisations.list(id)).length, 1);

    await admin.open(id, 'groups');
    await admin.openApportionment('Borgere');
    await admin.previewApportionment("d'Hondts metode", 1);
    const rows = await admin.proposalRows();
    assert.deepEqual(rows.map((r) => r[0]), ['Nord', 'Syd', 'Øst']);
    assert.deepEqual(rows.map((r) => r[2]), ['6,00', '3,00', '1,00']);
    assert.equal(rows.reduce((s, r) => s + Number(r[3]), 0), 10);
    assert.equal(rows[0][4], '2');
    await admin.acceptApportionment();
    assert.match(await admin.successNotice().innerText(), /Ændringerne er gemt/);
    const quotas = (await app.deps.db.stores.organisations.list(id)).map((o) => o.quota);
    assert.equal(quotas.reduce((a, b) => a + b, 0), 10);
    assert.equal(quotas.length, 3);
    assert.equal((await app.deps.db.stores.groups.list(id))[0].apportionmentMethod, 'dhondt');
  });

});
