// In the browser, by keyboard only, at 1280 px and on a 375 px phone: publishing a summit, a
// recruiter withdrawing a person and declining a citizen's request each ask first, saying who is
// told; confirmed, the page says how many were told, with the focus on that message. The
// coordinator sets the municipality's name, colour and logo on /admin/indstillinger, a colour too
// light for white text is refused with the focus on the error, and the header, buttons and icon
// follow. axe finds nothing on any page; nothing scrolls sideways.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { submitInterestRequest } from '../../src/use-cases/lifecycle/submit-interest-request.ts';
import { createRecruiterLink } from '../../src/use-cases/registration/create-recruiter-link.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { assertAccessible, coordinatorSessionOf, startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { visit } from './support/navigation.ts';
import { systemAccess } from '../support/access.ts';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082', 'hex');

async function pressAndLoad(page: Page, key = 'Enter'): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
  await assertAccessible(page);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, `${page.url()} does not scroll sideways`);
}

describe('asking first, and the municipality settings, in the browser', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => { await app?.close(); });

  async function browserPage(t: TestContext, width: number, coordinator: boolean) {
    const context = await app.browser.newContext({ ...(coordinator ? { storageState: session } : {}), baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 } });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    return context.newPage();
  }

  /** A published summit with a local forum of one seat, taken, one person waiting, and the forum's link. */
  async function forumSummit() {
    const { summit, groups, areas } = await buildSummit(app.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 5 }], areas: [{ name: 'Tuse', population: 900 }] });
    await app.deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2027-03-11T08:00:00.000Z' }, app.deps.clock.now());
    const forum = await buildOrganisation(app.deps, summit.id, groups[0]!.id, 1, { name: 'Lokalforum Tuse', areaId: areas[0]!.id });
    await app.deps.db.stores.organisations.update(forum.id, { contactEmail: 'tuse@example.dk' });
    const held = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'confirmed', name: 'Hanne Holm', email: 'hanne@example.dk' });
    await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'waitlisted', name: 'Vera Venter', waitlistPosition: 1 });
    const { url } = await createRecruiterLink(app.deps, systemAccess, forum.id, { sendEmail: false });
    return { summit, area: areas[0]!, held, path: new URL(url).pathname };
  }

  for (const width of [1280, 375]) {
    it(`publishes a summit only after saying what happens, by keyboard at ${width} px`, async (t) => {
      const { summit } = await buildSummit(app.deps, { capacity: 50 });
      await app.deps.db.stores.summits.update(summit.id, { startsAt: '2027-05-20T15:00:00.000Z' }, app.deps.clock.now());
      const page = await browserPage(t, width, true);
      await visit(page, `/admin/summits/${summit.id}`);
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Skift til »Offentliggjort«', { max: 150 });
      await pressAndLoad(page);
      const asked = await focused(page);
      assert.equal(asked.id, 'confirm-notice', 'the focus is on what will happen');
      assert.match(asked.text, /vist for alle på den offentlige side \/topmoede\/\S+[\s\S]*Ingen får besked på e-mail\./);
      assert.equal((await app.deps.db.stores.summits.find(summit.id))!.status, 'draft');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Ja, offentliggør topmødet', { max: 150 });
      await pressAndLoad(page);
      const done = await focused(page);
      assert.equal(done.id, 'done-notice');
      assert.match(done.text, /Topmødet er offentliggjort/);
      assert.equal((await app.deps.db.stores.summits.find(summit.id))!.status, 'published');
    });

    it(`lets a recruiter withdraw a person only after naming who is told, by keyboard at ${width} px`, async (t) => {
      const { held, path } = await forumSummit();
      const page = await browserPage(t, width, false);
      await visit(page, path);
      await tabTo(page, (f) => f.tag === 'button' && /^Træk tilbage\s+Hanne Holm$/.test(f.text), { max: 150 });
      await pressAndLoad(page);
      const asked = await focused(page);
      assert.equal(asked.id, 'confirm-notice');
      assert.match(asked.text, /Personen får en e-mail om det på hanne@example\.dk\./);
      assert.match(asked.text, /Pladsen går videre til Vera Venter/);
      assert.match(asked.text, /I alt får 2 personer besked på e-mail\./);
      assert.equal((await app.deps.db.stores.invitations.find(held.id as InvitationId))!.status, 'confirmed');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Ja, træk personen tilbage', { max: 150 });
      await pressAndLoad(page);
      const done = await focused(page);
      assert.equal(done.id, 'recruiter-notice');
      assert.match(done.text, /Personen er trukket tilbage\. 2 personer har fået besked på e-mail\. I har fået en e-mail om, hvem der fik pladsen\./);
      assert.equal((await app.deps.db.stores.invitations.find(held.id as InvitationId))!.status, 'withdrawn');
    });

    it(`lets a forum decline a citizen only after saying who is told, by keyboard at ${width} px`, async (t) => {
      const { summit, area, path } = await forumSummit();
      const request = await submitInterestRequest(app.deps, summit.id, { areaId: area.id, name: 'Carl Borger', email: 'carl@example.dk', consent: true });
      const page = await browserPage(t, width, false);
      await visit(page, path);
      await tabTo(page, (f) => f.id === `decline-${request.id}`, { max: 150 });
      await page.keyboard.type('Vi er fuldtallige');
      await tabTo(page, (f) => f.tag === 'button' && /^Afvis\s+Carl Borger$/.test(f.text));
      await pressAndLoad(page);
      const asked = await focused(page);
      assert.equal(asked.id, 'confirm-notice');
      assert.match(asked.text, /Carl Borger får en e-mail på carl@example\.dk om, at I har afvist henvendelsen\./);
      assert.match(asked.text, /»Vi er fuldtallige«/);
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Ja, afvis henvendelsen', { max: 150 });
      await pressAndLoad(page);
      const done = await focused(page);
      assert.match(done.text, /Henvendelsen er afvist\. 1 person har fået besked på e-mail\./);
      assert.equal((await app.deps.db.stores.interests.find(request.id))!.status, 'declined');
    });
  }

  it('sets the municipality, its colour and logo by keyboard, refusing a colour too light for white text, at 1280 and 375 px', async (t) => {
    for (const [i, width] of [1280, 375].entries()) {
      const page = await browserPage(t, width, true);
      await visit(page, '/admin');
      await tabTo(page, (f) => f.tag === 'a' && f.text === 'Kommunens navn, logo og farve', { max: 150 });
      await pressAndLoad(page);
      const name = `Roskilde Kommune ${i + 1}`;
      await tabTo(page, (f) => f.id === 'municipality', { max: 150 });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(name);
      await tabTo(page, (f) => f.id === 'primaryColour');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('#ffcc00');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Gem indstillingerne', { max: 20 });
      await pressAndLoad(page);
      const error = await focused(page);
      assert.equal(error.id, 'error-summary', 'the focus is on what is wrong');
      assert.match(error.text, /Farven er for lys/);
      assert.equal(await page.locator('#municipality').inputValue(), name, 'the typed name is kept');

      await page.locator('#primaryColour').focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('#8b0000');
      await tabTo(page, (f) => f.id === 'logoChoice-keep' || f.id === 'logoChoice-upload');
      await page.keyboard.press('ArrowDown');
      assert.equal((await focused(page)).id, 'logoChoice-upload');
      // A file chooser is the operating system's; the file is given to the field directly.
      await page.locator('#logoFile').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Gem indstillingerne', { max: 20 });
      await pressAndLoad(page);
      assert.equal((await focused(page)).id, 'saved-notice');
      assert.equal((await page.locator('.samskab-municipality span').innerText()).trim(), name);
      const logo = page.locator('.samskab-municipality img');
      assert.match(String(await logo.getAttribute('src')), /^\/indstillinger\/logo\?v=\d+$/);
      assert.ok(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the uploaded logo loads');
      assert.match(String(await page.locator('link[rel="icon"]').getAttribute('href')), /^\/indstillinger\/logo\?v=\d+$/);
      const button = await page.locator('button.button-primary').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(button, 'rgb(139, 0, 0)', 'the primary buttons take the colour');
      await visit(page, `/topmoede/${app.demo.slug}`);
      assert.equal((await page.locator('.samskab-municipality span').innerText()).trim(), name, "citizens' pages show it too");
    }
  });
});
