// The table plan in the browser, end to end: settings, background planning with progress, moves
// by keyboard only and by drag and drop, locks and re-optimising, publishing, the participant's
// and the facilitator's view, exports and re-planning on the day. Every page is checked with axe.
// Each test makes its own summit on its own page; only the app, the browser and the coordinator's
// session (logged in once through the form) are shared. Tests that are not about starting a plan get theirs from the use cases, planned in this
// process, so they start on a finished plan without going through the first test's steps.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { SeatingPlanId } from '../../src/domain/seating-plan.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { saveSeatingSettings } from '../../src/use-cases/seating/save-seating-settings.ts';
import { startE2eApp, type E2eApp, assertAccessible, coordinatorSessionOf } from './support/app-fixture.ts';
import { navigate, visit } from './support/navigation.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { systemAccess } from '../support/access.ts';

type World = Awaited<ReturnType<typeof buildSeatingSummit>>;

const planIdOf = (page: Page) => /\/plans\/([^/?#]+)/.exec(page.url())![1] as SeatingPlanId;

/** seating.js polls the status and reloads the page when planning is done. */
async function waitUntilPlanned(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Sådan blander planen' }).waitFor({ timeout: 30_000 });
  await assertAccessible(page);
}

describe('the table plan in the browser', () => {
  let app: E2eApp;
  const runner = createInlinePlanRunner(200);

  let coordinatorSession: BrowserContextOptions['storageState'];

  before(async () => {
    app = await startE2eApp();
    coordinatorSession = await coordinatorSessionOf(app);
  });
  after(async () => { await runner.stopAll(); await app?.close(); });

  /** 28 participants (the first 2 need accessible seats), 4 facilitators, one pending and one cancelled invitation. */
  const seatingSummit = () => buildSeatingSummit(app.deps, { people: 28, facilitators: 4, accessibilityNeeds: 2, others: ['pending', 'cancelled'] });
  const seatingUrlOf = (world: World) => `/admin/summits/${world.summit.id}/seating`;
  const personId = (world: World, name: string) => world.people.find((p) => p.name === name)!.id as string;
  const planOf = async (page: Page) => (await app.deps.db.stores.seatingPlans.find(planIdOf(page)))!;
  const seatOf = async (page: Page, person: string, round = 1) => {
    const plan = await planOf(page);
    return plan.rounds[round - 1].tables.find((t) => t.people.includes(person))!.id;
  };

  /** A fresh browser context with the coordinator's session cookie, closed when the test ends. */
  async function coordinatorPage(t: TestContext): Promise<Page> {
    const { context, page } = await app.newPage({ storageState: coordinatorSession });
    t.after(() => context.close());
    return page;
  }

  /**
   * A summit with the settings the first test saves in the browser (2 rounds, 2 seconds, table 1
   * reserved for accessibility needs) and `versions` finished plans, the newest at `planUrl`.
   */
  async function plannedSummit(t: TestContext, options: { versions?: number; published?: boolean } = {}) {
    const world = await seatingSummit();
    await saveSeatingSettings(app.deps, systemAccess, world.summit.id, (settings) => ({ ...settings, rounds: 2, seconds: 2, accessibleTables: [1] }));
    let planId: SeatingPlanId | undefined;
    for (let i = 0; i < (options.versions ?? 1); i++) {
      planId = (await planTables(app.deps, runner, systemAccess, world.summit.id)).id;
      await runner.idle();
    }
    const plan = (await app.deps.db.stores.seatingPlans.find(planId!))!;
    assert.equal(plan.status, 'done', plan.error);
    if (options.published) await publishSeatingPlan(app.deps, systemAccess, plan.id);
    const page = await coordinatorPage(t);
    return { world, page, seatingUrl: seatingUrlOf(world), planUrl: `${seatingUrlOf(world)}/plans/${plan.id}` };
  }

  it('plans in the background, then moves a person with the keyboard only', async (t) => {
    const world = await seatingSummit();
    const page = await coordinatorPage(t);
    await visit(page, `/admin/summits/${world.summit.id}`);
    await navigate(page, () => page.getByRole('link', { name: 'Bordplan' }).click());
    assert.match(await page.locator('main').innerText(), /32 bekræftede deltagere/);
    await page.getByLabel('Søgetid i sekunder').fill('2');
    await page.getByLabel('Antal runder').fill('2');
    await page.getByLabel(/Borde reserveret til deltagere/).fill('1');
    await navigate(page, () => page.getByRole('button', { name: 'Gem indstillinger' }).click());
    await navigate(page, () => page.getByRole('button', { name: 'Lav bordplan' }).click());
    assert.ok(await page.getByRole('heading', { name: 'Planlægningen kører' }).count() + await page.getByRole('heading', { name: 'Sådan blander planen' }).count() > 0);
    await waitUntilPlanned(page);
    assert.match(await page.locator('main').innerText(), /Alle regler er overholdt\./);

    const person = personId(world, 'Deltager 5');
    const from = await seatOf(page, person);
    const select = page.getByLabel('Flyt Deltager 5 til bord');
    await select.focus();
    await page.keyboard.press(from === 't1' ? 'ArrowDown' : 'ArrowUp');
    const to = await select.inputValue();
    assert.notEqual(to, from);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Flyt Deltager 5');
    await navigate(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('.alert-success').innerText(), /gemt/i);
    assert.equal(await seatOf(page, person), to, 'the person sits at the chosen table in the new version');
    const edited = await planOf(page);
    assert.equal(edited.source, 'edited');
    assert.ok(edited.score, 'the score is computed at once');
  });

  it('moves a person to another table and swaps two people by drag and drop', async (t) => {
    const { world, page, planUrl } = await plannedSummit(t);
    await visit(page, planUrl);
    const plan = await planOf(page);
    // Facilitators and the people with accessibility needs (fixed to table 1) stay put, so the plan keeps every rule.
    const facilitators = new Set<string>(world.people.filter((p) => p.name.startsWith('Facilitator') || p.name === 'Deltager 1' || p.name === 'Deltager 2').map((p) => p.id));
    const a = personId(world, 'Deltager 10');
    const seatA = await seatOf(page, a);
    const other = plan.rounds[0].tables.find((t) => t.id !== seatA)!;
    // A real drag scrolls the page as it nears the edge; here both ends are on screen at once.
    await page.setViewportSize({ width: 1280, height: 3000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await navigate(page, () => page.locator(`[data-person="${a}"] strong`).dragTo(page.locator(`section[data-table="${other.id}"] h3`)));
    assert.equal(await seatOf(page, a), other.id, 'dropped on a table: moved there');

    await page.evaluate(() => window.scrollTo(0, 0));
    const b = other.people.find((p) => !facilitators.has(p))!;
    const current = await planOf(page);
    const c = current.rounds[0].tables.find((t) => t.id !== other.id)!.people.find((p) => !facilitators.has(p))!;
    const [seatB, seatC] = [await seatOf(page, b), await seatOf(page, c)];
    await navigate(page, () => page.locator(`[data-person="${b}"] strong`).dragTo(page.locator(`[data-person="${c}"] strong`)));
    assert.equal(await seatOf(page, b), seatC, 'dropped on a person: swapped');
    assert.equal(await seatOf(page, c), seatB);
  });

  it('locks a table, re-optimises the rest, and keeps the locked seats', async (t) => {
    const { page, planUrl } = await plannedSummit(t);
    await visit(page, planUrl);
    const tableName = 'bord 2';
    const before = await planOf(page);
    const lockedPeople = before.rounds[0].tables.find((t) => t.id === 't2')!.people;
    await navigate(page, () => page.getByRole('button', { name: `Lås ${tableName}`, exact: true }).click());
    await navigate(page, () => page.getByRole('button', { name: /Genberegn resten/ }).click());
    await waitUntilPlanned(page);
    const after = await planOf(page);
    assert.equal(after.source, 'reoptimised');
    assert.deepEqual(new Set(after.rounds[0].tables.find((t) => t.id === 't2')!.people), new Set(lockedPeople));
  });

  it('publishes; participants and facilitators see their tables; the plan exports', async (t) => {
    const { world, page, planUrl } = await plannedSummit(t);
    await visit(page, planUrl);
    await navigate(page, () => page.getByRole('button', { name: 'Offentliggør' }).click());
    assert.match(await page.locator('main').innerText(), /Offentliggjort/);
    const csv = await page.request.get(`${page.url().split('?')[0]}/export.csv`);
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /Runde;Bord;Navn;Deltagergruppe;Lokalområde/);
    const xlsx = await page.request.get(`${page.url().split('?')[0]}/export.xlsx`);
    assert.equal((await xlsx.body()).subarray(0, 2).toString(), 'PK');

    const { page: participant } = await app.newPage();
    await visit(participant, `/i/${tokenOf('Deltager 1', world.summit.id)}`);
    await navigate(participant, () => participant.getByRole('link', { name: 'Se dit bord' }).click());
    assert.match(await participant.locator('main').innerText(), /Runde 1: bord \d+/);
    assert.equal(await participant.locator('table').count(), 0, 'a participant sees only their own tables');
    await visit(participant, `/i/${tokenOf('Facilitator 1', world.summit.id)}/bord`);
    assert.match(await participant.locator('main').innerText(), /Du er bordfacilitator/);
    assert.ok(await participant.locator('table tbody tr').count() >= 5, 'the facilitator sees the people at the table');
    await visit(participant, `/i/${tokenOf('Anden 2 cancelled', world.summit.id)}/bord`);
    assert.match(await participant.locator('main').innerText(), /ikke en bekræftet plads/);
    await participant.context().close();
  });

  it('marks a no-show and re-plans the remaining round with few moves', async (t) => {
    const { world, page, seatingUrl } = await plannedSummit(t, { published: true });
    await visit(page, seatingUrl);
    const absent = world.people.find((p) => p.name === 'Deltager 3')!;
    await page.getByLabel('Person', { exact: true }).last().fill(absent.name);
    await page.getByLabel('Fraværende fra runde').selectOption('2');
    await navigate(page, () => page.getByRole('button', { name: 'Marker som udeblevet' }).last().click());
    assert.match(await page.locator('#day').innerText(), /Deltager 3 \(fra runde 2\)/);
    await page.getByLabel('Omplanlæg fra runde').selectOption('2');
    await navigate(page, () => page.getByRole('button', { name: 'Omplanlæg resten' }).click());
    await waitUntilPlanned(page);
    const plan = await planOf(page);
    assert.equal(plan.source, 'replanned');
    assert.ok(!plan.rounds[1].tables.some((t) => t.people.includes(absent.id)), 'the no-show has no seat in round 2');
    assert.ok(plan.rounds[0].tables.some((t) => t.people.includes(absent.id)), 'round 1 stays as it was');
    assert.match(await page.locator('main').innerText(), /(plads|pladser) er flyttet i forhold til den offentliggjorte plan/);
  });

  it('compares two versions and restores one', async (t) => {
    const { world, page, seatingUrl } = await plannedSummit(t, { versions: 2 });
    await visit(page, seatingUrl);
    await navigate(page, () => page.getByRole('button', { name: 'Sammenlign' }).click());
    assert.match(await page.locator('main').innerText(), /(plads|pladser) er forskellige|Ingen pladser er forskellige/);
    const count = (await app.deps.db.stores.seatingPlans.list(world.summit.id)).length;
    await navigate(page, () => page.getByRole('button', { name: /Gendan version/ }).first().click());
    const plans = await app.deps.db.stores.seatingPlans.list(world.summit.id);
    assert.equal(plans.length, count + 1);
    assert.equal(plans[0].source, 'restored');
  });

  it('speaks English on request', async (t) => {
    const { page, seatingUrl } = await plannedSummit(t);
    await visit(page, `${seatingUrl}?lang=en`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Table plan');
    await navigate(page, () => page.getByRole('link', { name: /Show version/ }).first().click());
    assert.match(await page.locator('main').innerText(), /How the plan mixes|Planning is running/);
  });
});
