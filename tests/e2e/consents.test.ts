// The consent register in the browser, at 1280 and at 375 px and by keyboard alone: the
// coordinator adds a summit's own consent on the Samtykker page; a participant gives it and the
// sharing of contact details with one checkbox each, sees the others who share theirs under Min
// dag, then withdraws the sharing with the same checkbox, and the contact list is gone at once.
// axe finds nothing on any page, and no page scrolls sideways.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { consentWordings } from '../../src/domain/personal-data/consent.ts';
import { buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { assertAccessible, coordinatorSessionOf, startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { navigate, visit } from './support/navigation.ts';

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('consents in the browser', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => { await app?.close(); });

  for (const width of [1280, 375]) {
    it(`adds a consent, gives and withdraws consents by keyboard, and the contact list follows at ${width} px`, async (t) => {
      const { summit, groups } = await buildSummit(app.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 5 }] });
      await app.deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2027-03-11T08:00:00.000Z' }, app.deps.clock.now());
      const other = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'confirmed', name: `Ole Omgængelig ${width}`, email: `ole-${width}@example.dk` });
      await app.deps.db.stores.personalData.recordConsent(summit.id, other.id, { kind: 'contacts', wording: 'ord', version: consentWordings.contacts.version, language: 'da', givenAt: app.deps.clock.now() });
      const person = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'pending', name: `Dorthe Deler ${width}` });

      const coordinator = await app.browser.newContext({ storageState: session, baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 } });
      coordinator.setDefaultTimeout(20_000);
      t.after(() => coordinator.close());
      const admin = await coordinator.newPage();
      await visit(admin, `/admin/summits/${summit.id}`);
      await tabTo(admin, (f) => f.text === 'Samtykker', { max: 120 });
      await navigate(admin, () => admin.keyboard.press('Enter'));
      assert.equal(await admin.locator('h1').innerText(), 'Samtykker');
      await assertAccessible(admin);
      assert.equal(await scrollsSideways(admin), false, `the consents page fits ${width} px`);
      await tabTo(admin, (f) => f.id === 'labelDa', { max: 120 });
      await admin.keyboard.type('Jeg må nævnes i referatet.');
      await tabTo(admin, (f) => f.id === 'labelEn', { max: 5 });
      await admin.keyboard.type('I may be named in the minutes.');
      await tabTo(admin, (f) => f.tag === 'button' && f.text === 'Tilføj samtykket', { max: 5 });
      await navigate(admin, () => admin.keyboard.press('Enter'));
      assert.match(await admin.locator('#saved-notice').innerText(), /Samtykket er tilføjet/);
      assert.match(await admin.locator('#consent-kind-1').innerText(), /Version 1 · 0 personer har givet samtykke/);
      await assertAccessible(admin);
      const [own] = await app.deps.db.stores.consentKinds.list(summit.id);

      const participant = await app.browser.newContext({ baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 } });
      participant.setDefaultTimeout(20_000);
      t.after(() => participant.close());
      const page = await participant.newPage();
      const pressAndLoad = async (key: string) => {
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
        await assertAccessible(page);
      };
      await visit(page, `/i/${person.token}`);
      await assertAccessible(page);
      assert.equal(await scrollsSideways(page), false, `the participant's page fits ${width} px`);
      await tabTo(page, (f) => f.id === 'consentContacts', { max: 80 });
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.id === `consent-${own!.id}`, { max: 5 });
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Ja tak, jeg deltager', { max: 20 });
      await pressAndLoad('Enter');
      assert.match((await focused(page)).text, /Tak! Du er tilmeldt/);
      assert.equal(await page.locator('#consentContacts').isChecked(), true);
      assert.equal(await page.locator(`#consent-${own!.id}`).isChecked(), true);
      assert.equal(await page.locator('#consentPhotos').isChecked(), false, 'only what was ticked is given');
      assert.match(await page.locator('#consentContacts-hint').innerText(), /Du gav samtykke/);

      await tabTo(page, (f) => f.text === 'Min dag', { max: 80 });
      await pressAndLoad('Enter');
      assert.match(await page.locator('#contact-list').innerText(), new RegExp(`Ole Omgængelig ${width}[\\s\\S]*ole-${width}@example\\.dk`));
      assert.equal(await scrollsSideways(page), false, `Min dag fits ${width} px`);
      await navigate(page, () => page.getByRole('link', { name: 'Tilbage til din invitation' }).click());

      // Withdrawing is as easy as giving: the same box, the same page.
      await tabTo(page, (f) => f.id === 'consentContacts', { max: 80 });
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Gem ændringer', { max: 20 });
      await pressAndLoad('Enter');
      assert.match((await focused(page)).text, /Dine ændringer er gemt/);
      assert.equal(await page.locator('#consentContacts').isChecked(), false);
      assert.equal(await page.locator(`#consent-${own!.id}`).isChecked(), true, 'the other consent stands');
      await visit(page, `/i/${person.token}/min-dag`);
      const list = await page.locator('#contact-list').innerText();
      assert.doesNotMatch(list, /Ole Omgængelig/, 'no one\'s details once one\'s own are no longer shared');
      assert.match(list, /Giv samtykke til at dele dine kontaktoplysninger/);
      await assertAccessible(page);

      await visit(admin, `/admin/summits/${summit.id}/participants/${person.id}`);
      const consents = await admin.locator('#person-consents').innerText();
      assert.match(consents, /Deling af kontaktoplysninger\s+Trukket tilbage/);
      assert.match(consents, /Jeg må nævnes i referatet\.\s+Givet/);
      await assertAccessible(admin);
    });
  }
});
