// Defects of the finished service that only a browser shows: where the focus goes after a form is
// sent, and how the consent checkbox sits beside its hint. At 1280 px and 375 px, axe clean.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { assertAccessible, startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { visit } from './support/navigation.ts';

async function pressAndLoad(page: Page, key: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press(key)]);
  await assertAccessible(page);
}

describe('the cockpit defects in the browser', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => { await app?.close(); });

  async function browserAt(t: TestContext, width: number, loggedIn: boolean) {
    const context = await app.browser.newContext({ ...(loggedIn ? { storageState: session } : {}), baseURL: app.baseUrl, locale: 'da-DK', viewport: { width, height: 900 } });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    return context.newPage();
  }

  async function pendingPerson() {
    const { summit, groups } = await buildSummit(app.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 5 }] });
    await app.deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2027-03-11T08:00:00.000Z' }, app.deps.clock.now());
    return buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'pending', name: 'Ane Svar' });
  }

  for (const width of [1280, 375]) {
    it(`moves the focus to the message after a saved form, and to the error summary after a refused one, at ${width} px`, async (t) => {
      const page = await browserAt(t, width, true);
      const { summit } = await buildSummit(app.deps);
      await visit(page, `/admin/summits/${summit.id}`);
      await tabTo(page, (f) => f.id === 'venue', { max: 150 });
      await page.keyboard.type('Hallen');
      await pressAndLoad(page, 'Enter');
      const saved = await focused(page);
      assert.equal(saved.id, 'saved-notice', 'the focus is on the message, not on <body>');
      assert.match(saved.text, /Ændringerne er gemt/);

      await tabTo(page, (f) => f.id === 'title', { max: 150 });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Delete');
      await pressAndLoad(page, 'Enter');
      assert.equal((await focused(page)).id, 'error-summary');
    });

    it(`moves the focus to the answer on a participant's page at ${width} px`, async (t) => {
      const page = await browserAt(t, width, false);
      const person = await pendingPerson();
      await visit(page, `/i/${person.token}`);
      await tabTo(page, (f) => f.tag === 'button' && f.text === 'Ja tak, jeg deltager', { max: 80 });
      await pressAndLoad(page, 'Enter');
      const answer = await focused(page);
      assert.match(answer.text, /Tak! Du er tilmeldt/);
    });

    it(`draws the consent checkbox beside its label, clear of its hint, at ${width} px`, async (t) => {
      const page = await browserAt(t, width, false);
      const person = await pendingPerson();
      await visit(page, `/i/${person.token}`);
      // dkfds draws the box where the (transparent) input lies, so the input's box is the drawn one.
      const hintId = await page.locator('#consentPhotos').getAttribute('aria-describedby');
      const [box, label, hint] = await Promise.all(['#consentPhotos', 'label[for="consentPhotos"]', `#${hintId}`].map(async (selector) => (await page.locator(selector).boundingBox())!));
      const overlaps = (a: typeof box, b: typeof box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      assert.ok(box.x >= label.x - 1 && box.x + box.width <= label.x + 33, `the box lies in the label's left padding (box ${JSON.stringify(box)}, label ${JSON.stringify(label)})`);
      assert.ok(box.y >= label.y - 1 && box.y + box.height <= label.y + label.height + 1, 'the box is level with the label');
      assert.equal(overlaps(box, hint), false, 'the box does not cover the hint');
      // dkfds pulls the hint 4 px up into the label's bottom padding; the text lines do not meet.
      assert.ok(hint.y >= label.y + label.height - 5, "the hint starts below the label's text");
      await tabTo(page, (f) => f.id === 'consentPhotos', { max: 80 });
      await page.keyboard.press('Space');
      assert.equal(await page.locator('#consentPhotos').isChecked(), true);
    });
  }
});
