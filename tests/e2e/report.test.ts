// The summit report and the table notes per theme in the browser on a 375 px phone: nothing
// scrolls sideways, axe finds nothing, and the report's PDF link and the notes' theme view are
// reached by keyboard and open what they name.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions } from 'playwright-core';
import type { SummitId } from '../../src/domain/ids.ts';
import { saveRoundQuestions } from '../../src/use-cases/print/save-round-questions.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { answerSurvey } from '../../src/use-cases/survey/answer-survey.ts';
import { sendSurvey } from '../../src/use-cases/survey/send-survey.ts';
import { openFacilitatorNotes, saveTableNote } from '../../src/use-cases/table-notes/facilitator-notes.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';
import { assertAccessible, startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { tabTo } from './support/keyboard.ts';
import { navigate, visit } from './support/navigation.ts';
import { systemAccess } from '../support/access.ts';

describe('the summit report and the notes per theme in the browser', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  let summitId: SummitId;
  const runner = createInlinePlanRunner(100);

  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);

    const world = await buildSeatingSummit(app.deps, { people: 12, facilitators: 2, groups: 2 });
    summitId = world.summit.id as SummitId;
    await app.deps.db.stores.summits.update(summitId, { status: 'published', startsAt: '2027-03-01T08:00:00.000Z' }, app.deps.clock.now());
    const plan = await planTables(app.deps, runner, systemAccess, summitId, { rounds: 2, seconds: 0.1 });
    await runner.idle();
    await publishSeatingPlan(app.deps, systemAccess, plan.id);
    await saveRoundQuestions(app.deps, systemAccess, summitId, ['Hvordan mødes by og land?', 'Hvordan mødes by og land?']);
    for (const name of ['Facilitator 1', 'Facilitator 2']) {
      const token = tokenOf(name, summitId);
      for (const table of (await openFacilitatorNotes(app.deps, token)).tables) {
        await saveTableNote(app.deps, token, { round: table.round, tableId: table.tableId, keyPoints: `Pointe fra ${name}, runde ${table.round}`, proposals: `Forslag fra ${name} i runde ${table.round}` });
      }
    }
    await app.deps.db.stores.summits.update(summitId, { status: 'held' }, app.deps.clock.now());
    await sendSurvey(app.deps, systemAccess, summitId);
    const messages = await app.deps.db.stores.outbox.listForSummit(summitId, 1000);
    const tokens = messages.filter((m) => m.kind === 'survey_invitation').map((m) => /\/s\/([A-Za-z0-9_-]{16,})/.exec(m.bodyText)![1]!);
    for (const [i, token] of tokens.slice(0, 6).entries()) await answerSurvey(app.deps, token, [{ questionId: 'q1', value: 1 + (i % 5) }, { questionId: 'q2', value: 'Ja, mange' }]);
  });
  after(async () => { await runner.stopAll(); await app?.close(); });

  async function phone(t: { after(fn: () => Promise<void>): void }) {
    const context = await app.browser.newContext({ baseURL: app.baseUrl, locale: 'da-DK', storageState: session, viewport: { width: 375, height: 740 }, isMobile: true });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    return context.newPage();
  }

  const noSidewaysScroll = (page: Awaited<ReturnType<typeof phone>>) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  it('shows the report with attendance, mixing, feedback and proposals, and reaches its PDF by keyboard', async (t) => {
    const page = await phone(t);
    await visit(page, `/admin/summits/${summitId}/report`);
    const main = await page.locator('main').innerText();
    assert.match(main, /Rapport fra topmødet/);
    assert.match(main, /Pr\. deltagergruppe/);
    assert.match(main, /Ingen mødes to gange\.|gange mødes to personer/);
    assert.match(main, /6 af \d+ svarede\./);
    assert.equal(await page.locator('svg.samskab-chart[role="img"]').count() >= 3, true, 'attendance and feedback charts');
    assert.ok(await noSidewaysScroll(page), 'nothing scrolls sideways');
    await assertAccessible(page);
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Hent rapporten som PDF', { max: 80 });
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    const pdf = await page.request.get(href);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
  });

  it('shows the notes of rounds that share a theme together, reached by keyboard', async (t) => {
    const page = await phone(t);
    await visit(page, `/admin/summits/${summitId}/notes`);
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Pr. tema', { max: 80 });
    await navigate(page, () => page.keyboard.press('Enter'));
    assert.match(page.url(), /\?by=theme$/);
    const headings = await page.locator('main h2[id^="theme-"]').allInnerTexts();
    assert.deepEqual(headings, ['Hvordan mødes by og land? (runde 1 og 2)']);
    assert.match(await page.locator('main').innerText(), /Forslag fra Facilitator 2 i runde 2/);
    assert.ok(await noSidewaysScroll(page), 'nothing scrolls sideways');
    await assertAccessible(page);
  });
});
