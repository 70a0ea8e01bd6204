// The feedback survey in the browser: a participant answers on a 375 px phone by keyboard only,
// gets a Danish message beside a missing answer with the rest kept, and is thanked; the
// coordinator's results page shows a chart and a table per question. axe finds nothing on any page.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions } from 'playwright-core';
import type { SummitId } from '../../src/domain/ids.ts';
import { answerSurvey } from '../../src/use-cases/survey/answer-survey.ts';
import { sendSurvey } from '../../src/use-cases/survey/send-survey.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { assertAccessible, startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { focused, tabTo } from './support/keyboard.ts';
import { navigate, visit } from './support/navigation.ts';
import { systemAccess } from '../support/access.ts';

describe('the feedback survey in the browser', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];

  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => app?.close());

  /** A held summit of `people` whose survey was sent; the tokens by email. */
  async function sentSurvey(people: number) {
    const world = await buildSeatingSummit(app.deps, { people, facilitators: 0, groups: 1 });
    const summitId = world.summit.id as SummitId;
    await app.deps.db.stores.summits.update(summitId, { status: 'held', startsAt: '2026-02-20T08:00:00.000Z' }, app.deps.clock.now());
    await sendSurvey(app.deps, systemAccess, summitId);
    const messages = await app.deps.db.stores.outbox.listForSummit(summitId, 1000);
    const tokens = new Map(messages.map((m) => [m.toAddress, /\/s\/([A-Za-z0-9_-]{16,})/.exec(m.bodyText)![1]!]));
    return { world, summitId, tokens };
  }

  async function contextFor(t: TestContext, options: BrowserContextOptions) {
    const context = await app.browser.newContext({ baseURL: app.baseUrl, locale: 'da-DK', ...options });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    return context.newPage();
  }

  it('is answered by keyboard on a phone, keeps the answers given when one is missing, and thanks', async (t) => {
    const { world, tokens } = await sentSurvey(5);
    const page = await contextFor(t, { viewport: { width: 375, height: 740 }, isMobile: true });
    await visit(page, `/s/${tokens.get(world.people[0]!.email)}`);
    assert.match(await page.locator('main').innerText(), /Evalueringen er anonym\./);
    await assertAccessible(page);

    await tabTo(page, (f) => f.id === 'q-q1-0');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal((await focused(page)).id, 'q-q1-3');
    await tabTo(page, (f) => f.id === 'q-q4');
    await page.keyboard.type('Mere tid ved bordene');
    await tabTo(page, (f) => f.text === 'Send dine svar');
    await navigate(page, () => page.keyboard.press('Enter'));

    assert.match(await page.locator('#error-summary').innerText(), /Mødte du folk fra andre sektorer.*Besvar spørgsmålet\./s);
    assert.ok(await page.locator('#q-q1-3').isChecked(), 'the rating is kept');
    assert.equal(await page.locator('#q-q4').inputValue(), 'Mere tid ved bordene');
    await assertAccessible(page);

    await tabTo(page, (f) => f.id.startsWith('q-q2-'));
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.text === 'Send dine svar');
    await navigate(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('main').innerText(), /Tak for dine svar!/);
    await assertAccessible(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false, 'nothing scrolls sideways');
  });

  it("shows the coordinator's results as charts with their numbers in tables", async (t) => {
    const { world, summitId, tokens } = await sentSurvey(6);
    for (const [i, person] of world.people.entries()) {
      await answerSurvey(app.deps, tokens.get(person.email)!, [{ questionId: 'q1', value: 1 + (i % 5) }, { questionId: 'q2', value: 'Ja, nogle få' }, { questionId: 'q4', value: `Forslag ${i}` }]);
    }
    const page = await contextFor(t, { storageState: session, viewport: { width: 1280, height: 900 } });
    await visit(page, `/admin/summits/${summitId}/survey/results`);
    assert.match(await page.locator('main').innerText(), /6 af 6 har svaret/);
    assert.equal(await page.getByRole('img', { name: /Hvor godt var topmødet/ }).count(), 2, 'overall and for the one group');
    assert.match(await page.getByRole('table', { name: /Mødte du folk/ }).first().innerText(), /Ja, nogle få\s+6\s+100 %/);
    assert.ok(await page.getByText('Forslag 3', { exact: true }).isVisible());
    await assertAccessible(page);
    await visit(page, `/admin/summits/${summitId}/survey`);
    await assertAccessible(page);
  });
});
