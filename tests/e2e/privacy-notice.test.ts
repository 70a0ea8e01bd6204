// The municipality's details for the privacy notice and a summit's notice in the browser, at
// 1280 px and at 375 px: the settings page is reached from the coordinator's front page and
// filled by keyboard, a bad CVR number is named in the error summary, which takes the focus, and
// the public notice shows what was saved, in Danish and in English. axe finds nothing, and no
// page scrolls sideways at 375 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { buildSummit } from '../support/builders.ts';
import { moveSummitStatus } from '../../src/use-cases/summit/move-summit-status.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { assertAccessible, coordinatorSessionOf, startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { navigate, visit } from './support/navigation.ts';
import { systemAccess } from '../support/access.ts';

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('the privacy notice and the municipality\'s details in the browser', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  let slug: string;
  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
    const { summit } = await buildSummit(app.deps, { capacity: 30, groups: [{ name: 'Borgere', quota: 20 }] });
    await updateSummit(app.deps, systemAccess, summit.id, { title: 'Topmøde om lokal udvikling', startsAt: '2027-03-11T08:00:00.000Z', retentionDays: 75 });
    slug = (await moveSummitStatus(app.deps, systemAccess, summit.id, 'published')).slug;
  });
  after(async () => { await app?.close(); });

  for (const width of [1280, 375]) {
    it(`fills the details by keyboard and shows them in the summit's notice at ${width} px`, async (t) => {
      const context = await app.browser.newContext({ storageState: session, baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 } });
      context.setDefaultTimeout(20_000);
      t.after(() => context.close());
      const page = await context.newPage();

      await visit(page, '/admin');
      await tabTo(page, (f) => f.text === 'Kommunens oplysninger (privatlivspolitik)', { max: 80 });
      await navigate(page, () => page.keyboard.press('Enter'));
      assert.equal(await page.locator('h1').innerText(), 'Kommunens oplysninger til privatlivspolitikken');
      assert.equal(await scrollsSideways(page), false, `no sideways scrolling at ${width} px`);

      await page.getByLabel('Kommunens navn').fill('Holbæk Kommune');
      await page.getByLabel('Adresse').fill('Kanalstræde 2, 4300 Holbæk');
      await page.getByLabel('CVR-nummer').fill('2918');
      await page.getByLabel('Kommunens e-mail').fill('holbaek@holb.dk');
      await page.getByLabel('Rådgiverens e-mail').fill(`dpo-${width}@holb.dk`);
      await navigate(page, () => page.getByLabel('Rådgiverens e-mail').press('Enter'));
      assert.equal((await focused(page)).id, 'error-summary', 'the error summary takes the focus');
      assert.match(await page.locator('#error-summary').innerText(), /CVR-nummer: Skriv et CVR-nummer med otte cifre/);
      assert.equal(await scrollsSideways(page), false);
      assert.equal((await app.deps.db.stores.dataController.find()).cvr === '2918', false, 'nothing was saved');

      await page.getByLabel('CVR-nummer').fill('29189781');
      await navigate(page, () => page.getByLabel('CVR-nummer').press('Enter'));
      assert.match(await page.locator('#saved-notice').innerText(), /gemt/);

      await visit(page, `/topmoede/${slug}`);
      await tabTo(page, (f) => f.text === 'Privatlivspolitik for topmødet', { max: 120 });
      await navigate(page, () => page.keyboard.press('Enter'));
      const main = await page.locator('main').innerText();
      assert.match(main, /Holbæk Kommune/);
      assert.match(main, new RegExp(`dpo-${width}@holb\\.dk`));
      assert.match(main, /slettes 75 dage efter/);
      assert.match(main, /Klage til Datatilsynet/);
      assert.equal(await scrollsSideways(page), false, `the notice fits ${width} px`);

      await navigate(page, () => page.getByRole('link', { name: 'English' }).click());
      assert.match(await page.locator('main').innerText(), /deleted 75 days after/);
      await assertAccessible(page);
    });
  }
});
