// Personal data in the browser: the coordinator downloads a person's access export (PDF and JSON)
// from their page, and erases a person through the confirmation page, which asks for a reason; a
// participant gives and withdraws the photo consent on their own page by keyboard, at 1280 and
// 375 px, and the withdrawal shows everywhere (list, person page, badge, register). axe finds
// nothing on any page.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions } from 'playwright-core';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { pageTexts } from '../support/pdf-reading.ts';
import { printTexts } from '../../src/domain/badge.ts';
import { assertAccessible, startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { navigate, visit } from './support/navigation.ts';

describe('personal data in the browser', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => { await app?.close(); });

  async function personPage(t: TestContext, name: string, email: string) {
    const { summit, groups } = await buildSummit(app.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 1 }] });
    const forum = await buildOrganisation(app.deps, summit.id, groups[0]!.id, 1, { name: 'Lokalforum Mørkøv' });
    const person = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'confirmed', name, email });
    const waiting = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'waitlisted', name: 'Vagn Venteliste', waitlistPosition: 1 });
    const context = await app.browser.newContext({ storageState: session, baseURL: app.baseUrl, locale: 'da-DK', acceptDownloads: true });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    const page = await context.newPage();
    return { page, person, waiting, url: `/admin/summits/${summit.id}/participants/${person.id}` };
  }

  it('downloads everything held about a person as a readable PDF and as JSON from their page', async (t) => {
    const { page, url } = await personPage(t, 'Åse Brøndum Iversen', 'aase.bi@example.dk');
    await visit(page, url);
    const section = page.getByRole('region', { name: 'Persondata' });
    const [pdf] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Hent indsigt som PDF' }).click()]);
    const text = pageTexts(readFileSync((await pdf.path())!)).join('\n');
    assert.match(text, /Indsigt i personoplysninger/);
    assert.match(text, /Åse Brøndum Iversen/);
    assert.match(text, /aase\.bi@example\.dk/);
    const [json] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Hent indsigt som JSON' }).click()]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    assert.equal(data.held.invitation.name, 'Åse Brøndum Iversen');
    assert.equal(data.group, 'Borgere');
  });

  it('erases a person after a confirmation that asks for the reason, and gives the seat to the waiting list', async (t) => {
    const { page, url, person, waiting } = await personPage(t, 'Tage Hjortshøj', 'tage.h@example.dk');
    await visit(page, url);
    await navigate(page, () => page.getByRole('link', { name: 'Slet personen' }).click());
    assert.match(await page.locator('main').innerText(), /kan ikke fortrydes/);
    await navigate(page, () => page.getByRole('button', { name: 'Ja, slet personen' }).click());
    assert.match(await page.locator('.alert-error, .alert').first().innerText(), /Begrundelse/, 'a missing reason is named in the error summary');
    assert.equal((await app.deps.db.stores.invitations.find(person.id as InvitationId))!.name, 'Tage Hjortshøj', 'nothing happened');
    await page.getByLabel('Begrundelse').fill('Anmodning om sletning');
    await navigate(page, () => page.getByRole('button', { name: 'Ja, slet personen' }).click());
    assert.match(await page.locator('#action-notice').innerText(), /oplysninger er slettet/);
    const erased = (await app.deps.db.stores.invitations.find(person.id as InvitationId))!;
    assert.deepEqual([erased.name, erased.email, erased.status], ['(slettet)', '', 'cancelled']);
    assert.equal((await app.deps.db.stores.invitations.find(waiting.id as InvitationId))!.status, 'pending');
    await assertAccessible(page);
  });

  for (const width of [1280, 375]) {
    it(`lets a participant give and withdraw the photo consent by keyboard at ${width} px, and the withdrawal shows in the list, on the badge and in the register`, async (t) => {
      const { summit, groups } = await buildSummit(app.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 5 }] });
      await app.deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2027-03-11T08:00:00.000Z' }, app.deps.clock.now());
      const name = `Freja Fotofri ${width}`;
      const person = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'pending', name });
      const participant = await app.browser.newContext({ baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 } });
      participant.setDefaultTimeout(20_000);
      t.after(() => participant.close());
      const page = await participant.newPage();
      const pressAndLoad = async (key: string) => {
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
        await assertAccessible(page);
      };

      await visit(page, `/i/${person.token}`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'no sideways scrolling');
      await tabTo(page, (f) => f.id === 'consentPhotos', { max: 80 });
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Ja tak, jeg deltager', { max: 20 });
      await pressAndLoad('Enter');
      assert.match((await focused(page)).text, /Tak! Du er tilmeldt/);
      assert.equal(await page.locator('#consentPhotos').isChecked(), true);

      // Withdrawing is as easy as giving: the same box, the same page.
      await tabTo(page, (f) => f.id === 'consentPhotos', { max: 80 });
      await page.keyboard.press('Space');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Gem ændringer', { max: 20 });
      await pressAndLoad('Enter');
      assert.match((await focused(page)).text, /Dine ændringer er gemt/);
      assert.equal(await page.locator('#consentPhotos').isChecked(), false);

      const coordinator = await app.browser.newContext({ storageState: session, baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 } });
      coordinator.setDefaultTimeout(20_000);
      t.after(() => coordinator.close());
      const admin = await coordinator.newPage();
      await visit(admin, `/admin/summits/${summit.id}/participants`);
      const row = admin.getByRole('row').filter({ hasText: name });
      assert.match(await row.innerText(), /Ingen fotos/, 'the list marks the person as not to be photographed');
      await visit(admin, `/admin/summits/${summit.id}/participants/${person.id}`);
      assert.match(await admin.getByRole('region', { name: 'Behov og samtykke' }).innerText(), /Vil ikke fotograferes/, 'the person page says so');
      const badge = await admin.request.get(`/admin/summits/${summit.id}/print/badge.pdf?invitationId=${person.id}`);
      assert.equal(badge.status(), 200);
      assert.match(pageTexts(await badge.body()).join('\n'), new RegExp(printTexts.noPhoto), 'the badge carries the no-photo mark');
      const exported = JSON.parse(await (await admin.request.get(`/admin/summits/${summit.id}/participants/${person.id}/personal-data.json`)).text());
      const consents = exported.held.consents as { kind: string; withdrawnAt: string | null; wording: string }[];
      assert.equal(consents.length, 1, 'the register holds the consent given');
      assert.equal(consents[0]!.kind, 'photos');
      assert.ok(consents[0]!.withdrawnAt, 'and its withdrawal');
      assert.match(consents[0]!.wording, /billeder af mig/);
    });
  }
});
