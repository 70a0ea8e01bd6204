// A person's page in the browser, by keyboard only, at 1280 px and on a 375 px phone: correct an
// email, then withdraw through the confirmation page. The focus lands on what happened; axe finds
// nothing on any page; nothing scrolls sideways.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { assertAccessible, startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { visit } from './support/navigation.ts';

async function pressAndLoad(page: Page, key: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
  await assertAccessible(page);
}

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe("a person's page in the browser", () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => { await app?.close(); });

  async function personPage(t: TestContext, width: number) {
    const { summit, groups } = await buildSummit(app.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 5 }] });
    const forum = await buildOrganisation(app.deps, summit.id, groups[0]!.id, 2, { name: 'Lokalforum Tuse' });
    const person = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'confirmed', name: 'Gitte Møller', email: 'gitte@example.dk' });
    const context = await app.browser.newContext({ storageState: session, baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 } });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    const page = await context.newPage();
    return { page, person, url: `/admin/summits/${summit.id}/participants/${person.id}` };
  }

  for (const width of [1280, 375]) {
    it(`corrects an email and withdraws through the confirmation by keyboard at ${width} px`, async (t) => {
      const { page, person, url } = await personPage(t, width);
      await visit(page, url);
      assert.equal(await scrollsSideways(page), false, `no sideways scrolling at ${width} px`);

      await tabTo(page, (f) => f.id === 'email', { max: 120 });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('gitte.ny@example.dk');
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Gem rettelsen');
      await pressAndLoad(page, 'Enter');
      const notice = await focused(page);
      assert.equal(notice.id, 'action-notice', 'the focus moves to what happened');
      assert.match(notice.text, /personen har fået besked på den nye e-mailadresse/);
      const mails = await app.deps.db.stores.outbox.listForInvitation(person.id);
      assert.deepEqual(mails.map((m) => [m.kind, m.toAddress]), [['email_changed', 'gitte.ny@example.dk']]);

      await tabTo(page, (f) => f.tag === 'a' && f.text === 'Træk tilbage …', { max: 120 });
      await pressAndLoad(page, 'Enter');
      assert.equal(await scrollsSideways(page), false, `the confirmation fits ${width} px`);
      assert.match(await page.locator('main').innerText(), /Personen får en e-mail om det på gitte\.ny@example\.dk/);
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Ja, træk invitationen tilbage', { max: 120 });
      await pressAndLoad(page, 'Enter');
      const done = await focused(page);
      assert.equal(done.id, 'action-notice');
      // Counted as the withdrawal queued its mail: the person, and nobody waited for the seat.
      assert.match(done.text, /1 deltager og 0 organisationer har fået besked på e-mail\./);
      assert.equal((await app.deps.db.stores.invitations.find(person.id as InvitationId))!.status, 'withdrawn');
      assert.equal(await scrollsSideways(page), false);
    });
  }
});
