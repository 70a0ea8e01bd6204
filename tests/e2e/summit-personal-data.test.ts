// A summit's personal-data page in the browser, at 1280 and 375 px and by keyboard alone: the
// notice on the summit's pages leads there when deletion is near; the coordinator changes the
// retention period (a bad value is named and changes nothing), downloads the archive copy, and
// postpones the deletion once with a reason, after which no second postponement is offered. The
// page never scrolls sideways, and axe finds nothing on any page.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { SummitId } from '../../src/domain/ids.ts';
import { moveSummitStatus } from '../../src/use-cases/summit/move-summit-status.ts';
import { buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { assertAccessible, startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { visit } from './support/navigation.ts';
import { systemAccess } from '../support/access.ts';

describe("a summit's personal-data page in the browser", () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => { await app?.close(); });

  /** A summit cancelled just now with a 10-day retention (so its deletion is near), with three people. */
  async function endingSummit(t: TestContext, width: number) {
    const { summit, groups } = await buildSummit(app.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 5 }] });
    await app.deps.db.stores.summits.update(summit.id, { retentionDays: 10 }, app.deps.clock.now());
    const names = ['Agnete Arkiv', 'Bjarke Bordplan', 'Cecilie Samtykke'].map((n) => `${n} ${width}`);
    for (const name of names) await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'confirmed', name });
    await moveSummitStatus(app.deps, systemAccess, summit.id, 'cancelled', 'Ingen sal');
    const context = await app.browser.newContext({ storageState: session, baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 }, acceptDownloads: true });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    return { summitId: summit.id as SummitId, names, page: await context.newPage() };
  }

  const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  async function pressAndLoad(page: Page, key: string) {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
    await assertAccessible(page);
  }
  /** Empties the focused field and types `text` into it. */
  async function retype(page: Page, text: string) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
  }

  for (const width of [1280, 375]) {
    it(`follows the notice to the page, changes the retention period and postpones once with a reason, by keyboard at ${width} px`, async (t) => {
      const { summitId, page } = await endingSummit(t, width);
      await visit(page, `/admin/summits/${summitId}/participants`);
      const notice = page.getByRole('region', { name: 'Persondata slettes snart' });
      assert.match(await notice.innerText(), /slettes/);
      await tabTo(page, (f) => f.tag === 'a' && f.text === 'Gå til Persondata', { max: 120 });
      await pressAndLoad(page, 'Enter');
      assert.equal(new URL(page.url()).pathname, `/admin/summits/${summitId}/personal-data`);
      assert.equal(await scrollsSideways(page), false, 'no sideways scrolling');
      assert.equal(await page.getByRole('link', { name: 'Persondata', exact: true }).getAttribute('aria-current'), 'page', 'the side menu marks the page');

      // A bad period is named in the error summary and changes nothing.
      await tabTo(page, (f) => f.id === 'retentionDays', { max: 120 });
      await retype(page, '0');
      await pressAndLoad(page, 'Enter');
      assert.equal((await focused(page)).id, 'error-summary');
      assert.match(await page.locator('#error-summary').innerText(), /Opbevaringsperiode \(dage\)/);
      assert.equal((await app.deps.db.stores.summits.find(summitId))!.retentionDays, 10);

      await tabTo(page, (f) => f.id === 'retentionDays', { max: 120 });
      await retype(page, '40');
      await pressAndLoad(page, 'Enter');
      assert.equal((await focused(page)).id, 'saved-notice');
      assert.equal((await app.deps.db.stores.summits.find(summitId))!.retentionDays, 40);
      assert.equal(await page.getByRole('region', { name: 'Persondata slettes snart' }).count(), 0, 'the deletion is no longer near');

      await tabTo(page, (f) => f.id === 'days', { max: 120 });
      await page.keyboard.type('30');
      await tabTo(page, (f) => f.id === 'reason', { max: 5 });
      await page.keyboard.type('Klage under behandling');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Udsæt sletningen', { max: 5 });
      await pressAndLoad(page, 'Enter');
      assert.equal((await focused(page)).id, 'saved-notice');
      const main = await page.locator('main').innerText();
      assert.match(main, /30 dage – begrundelse: Klage under behandling/);
      assert.match(main, /Sletningen er udsat én gang/);
      assert.equal(await page.getByRole('button', { name: 'Udsæt sletningen' }).count(), 0, 'no second postponement is offered');
      const retention = await app.deps.db.stores.personalData.findRetention(summitId);
      assert.deepEqual([retention.postponedDays, retention.postponeReason], [30, 'Klage under behandling']);
      assert.equal(await scrollsSideways(page), false);
    });

    it(`downloads the archive copy with every participant as Excel and as JSON at ${width} px`, async (t) => {
      const { summitId, names, page } = await endingSummit(t, width);
      await visit(page, `/admin/summits/${summitId}/personal-data`);
      await tabTo(page, (f) => f.tag === 'a' && f.text === 'Hent arkivkopi som Excel', { max: 120 });
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
      const people = workbook.getWorksheet('Deltagere')!.getColumn(1).values.slice(2).map(String);
      assert.deepEqual(people.sort(), [...names].sort());
      const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent arkivkopi som JSON' }).click()]);
      const archive = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { participants: { name: string }[] };
      assert.deepEqual(archive.participants.map((p) => p.name).sort(), [...names].sort());
      await assertAccessible(page);
    });
  }
});
