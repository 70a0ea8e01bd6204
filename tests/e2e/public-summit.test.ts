// The public summit page of the demo summit, in Danish and in English, checked with axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { PublicSummitPage } from './pages/public-summit-page.ts';

describe('the public summit page', () => {
  let app: E2eApp;
  let page: Page;
  before(async () => {
    app = await startE2eApp();
    ({ page } = await app.newPage());
  });
  after(async () => { await app?.close(); });

  it('shows the postponed demo summit in Danish with its groups, forums, editor and last update', async () => {
    const summit = new PublicSummitPage(page);
    await summit.open(app.demo.slug);
    assert.equal(await page.locator('html').getAttribute('lang'), 'da');
    assert.equal((await summit.status().textContent())?.trim(), 'Udsat – dato mangler');
    const main = await summit.main().innerText();
    assert.match(main, /Det størst mulige antal deltagere er 168\./);
    const groupRows = await summit.groupsTable().locator('tbody tr').allInnerTexts();
    assert.equal(groupRows.length, 6);
    assert.equal(groupRows.map((row) => Number(row.split('\t').at(-1))).reduce((a, b) => a + b, 0), 168);
    const forumRows = await summit.forumsTable().locator('tbody tr th').allInnerTexts();
    assert.equal(forumRows.length, 18);
    assert.ok(forumRows.includes('Tølløse'));
    assert.match(main, /fiktive demo-tal/);
    const colophon = await summit.colophon().innerText();
    assert.match(colophon, /Sidst opdateret/);
    assert.match(colophon, /Ansvarlig redaktør/);
    assert.match(colophon, new RegExp(app.demo.responsibleEditor));
  });

  it('switches to English and back', async () => {
    const summit = new PublicSummitPage(page);
    await summit.open(app.demo.slug);
    await summit.switchLanguage('English');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal((await summit.status().textContent())?.trim(), 'Postponed – date to follow');
    assert.match(await summit.colophon().innerText(), /Last updated/);
    await summit.switchLanguage('Dansk');
    assert.equal(await page.locator('html').getAttribute('lang'), 'da');
  });
});
