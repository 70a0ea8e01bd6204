// Printing in the browser: the coordinator's "Udskrifter" page (badges on a chosen sheet, one badge
// again, round questions, table cards, the outdated badges after a re-plan) and the participant's
// "Min dag" on a 375 px phone and on paper. Every page is checked with axe; each test makes its
// own summit.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { navigate, visit } from './support/navigation.ts';
import { buildPrintSummit, printTokenOf, publishPlan, roundRobin, tableSpecs } from '../support/print-builders.ts';

describe('printing in the browser', () => {
  let app: E2eApp;
  let coordinatorSession: BrowserContextOptions['storageState'];

  before(async () => {
    app = await startE2eApp();
    coordinatorSession = await coordinatorSessionOf(app);
  });
  after(async () => app?.close());

  async function pageWith(t: TestContext, options: Pick<BrowserContextOptions, 'storageState'> = {}): Promise<Page> {
    const { context, page } = await app.newPage(options);
    t.after(() => context.close());
    return page;
  }

  async function plannedSummit() {
    const built = await buildPrintSummit(app.deps);
    const confirmed = built.invitations.filter((i) => i.status === 'confirmed').map((i) => i.id);
    const tables = tableSpecs(3);
    const plan = await publishPlan(app.deps, built.summit.id, tables, roundRobin(confirmed, tables, 2));
    return { ...built, confirmed, tables, plan };
  }

  it('prints badges, one badge and table cards from Udskrifter, and saves the round questions, by keyboard', async (t) => {
    const { summit } = await plannedSummit();
    const page = await pageWith(t, { storageState: coordinatorSession });
    await page.setViewportSize({ width: 375, height: 800 });
    await visit(page, `/admin/summits/${summit.id}/print`);
    await page.getByRole('heading', { name: 'Udskrifter', level: 1 }).waitFor();

    const pdfOf = async (click: () => Promise<unknown>) => {
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes('.pdf')), click()]);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/);
      return response.url();
    };
    await page.getByLabel('A4 med 4 navneskilte i A6').first().check();
    const badges = await pdfOf(() => page.getByRole('button', { name: 'Hent navneskilte (PDF)' }).click());
    assert.match(badges, /badges\.pdf\?layout=a6/);
    await page.goBack();
    const one = await pdfOf(() => page.getByRole('button', { name: 'Hent navneskiltet (PDF)' }).click());
    assert.match(one, /badge\.pdf\?invitationId=/);
    await page.goBack();
    await pdfOf(() => page.getByRole('link', { name: 'Hent bordkort og facilitatorark (PDF)' }).click());
    await page.goBack();

    await page.getByLabel('Spørgsmål til runde 1').focus();
    await page.keyboard.type('Hvad gør Tølløse godt at bo i?');
    await page.getByLabel('Spørgsmål til runde 2').focus();
    await page.keyboard.type('Hvem tager ansvar?');
    await page.getByRole('button', { name: 'Gem spørgsmålene' }).focus();
    await navigate(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.getByLabel('Spørgsmål til runde 2').inputValue(), 'Hvem tager ansvar?');
    assert.deepEqual(await app.deps.db.stores.seatingPlans.listRoundQuestions(summit.id), ['Hvad gør Tølløse godt at bo i?', 'Hvem tager ansvar?']);
  });

  it('lists the badges a re-plan made outdated and reprints them', async (t) => {
    const { summit, confirmed, tables, plan } = await plannedSummit();
    const page = await pageWith(t, { storageState: coordinatorSession });
    await visit(page, `/admin/summits/${summit.id}/print`);
    assert.ok(await page.getByText('Ingen udskrevne navneskilte er forældede.').isVisible());
    const response = await page.request.get(`/admin/summits/${summit.id}/print/badges.pdf`);
    assert.equal(response.status(), 200);
    const [a, b] = [confirmed[0]!, confirmed[1]!];
    await publishPlan(app.deps, summit.id, tables, plan.rounds.map((round) => ({
      tables: round.tables.map((table) => ({ id: table.id, people: table.people.map((p) => (p === a ? b : p === b ? a : p)) })),
    })));
    await visit(page, `/admin/summits/${summit.id}/print`);
    const rows = page.getByRole('table', { name: 'Forældede navneskilte' }).locator('tbody tr');
    assert.equal(await rows.count(), 2);
    assert.ok(await page.getByRole('link', { name: 'Genudskriv de forældede navneskilte (PDF)' }).isVisible());
  });

  it('shows Min dag on a 375 px phone and prints it on one page without the site frame', async (t) => {
    const { summit } = await plannedSummit();
    const page = await pageWith(t);
    await page.setViewportSize({ width: 375, height: 800 });
    await visit(page, `/i/${printTokenOf(summit.id, 0)}/min-dag`);
    await page.getByRole('heading', { name: /^Min dag/, level: 1 }).waitFor();
    assert.ok(await page.getByText('Runde 2:').isVisible());
    const qr = page.getByRole('img', { name: /QR-kode med din kode/ });
    assert.ok(await qr.isVisible());
    const box = (await qr.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= 375, 'the QR code fits the phone');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scrolling');

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.header').isVisible(), false);
    assert.ok(await qr.isVisible());
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, 'Min dag prints on one page');
  });
});
