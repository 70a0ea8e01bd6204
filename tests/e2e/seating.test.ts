// The table plan in the browser, end to end: settings, background planning with progress, moves
// by keyboard only and by drag and drop, locks and re-optimising, publishing, the participant's
// and the facilitator's view, exports and re-planning on the day. Every page is checked with axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { SeatingPlanId } from '../../src/domain/seating-plan.ts';
import { coordinatorLogin, startE2eApp, type E2eApp, assertAccessible } from './support/app-fixture.ts';
import { LoginPage } from './pages/login-page.ts';
import { navigate, visit } from './support/navigation.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';

describe('the table plan in the browser', () => {
  let app: E2eApp;
  let page: Page;
  let world: Awaited<ReturnType<typeof buildSeatingSummit>>;
  let seatingUrl: string;

  const planIdOfPage = () => /\/plans\/([^/?#]+)/.exec(page.url())![1] as SeatingPlanId;
  const waitUntilPlanned = async () => {
    // seating.js polls the status and reloads the page when planning is done.
    await page.getByRole('heading', { name: 'Sådan blander planen' }).waitFor({ timeout: 30_000 });
    await assertAccessible(page);
  };
  const seatOf = async (person: string, round = 1) => {
    const plan = (await app.deps.db.stores.seatingPlans.find(planIdOfPage()))!;
    return plan.rounds[round - 1].tables.find((t) => t.people.includes(person))!.id;
  };

  before(async () => {
    app = await startE2eApp();
    world = await buildSeatingSummit(app.deps, { people: 28, facilitators: 4, accessibilityNeeds: 2, others: ['pending', 'cancelled'] });
    seatingUrl = `/admin/summits/${world.summit.id}/seating`;
    ({ page } = await app.newPage());
    const login = new LoginPage(page);
    await login.open();
    await login.logIn(coordinatorLogin.email, coordinatorLogin.password);
  });
  after(async () => app.close());

  it('plans in the background, then moves a person with the keyboard only', async () => {
    await visit(page, `/admin/summits/${world.summit.id}`);
    await navigate(page, () => page.getByRole('link', { name: 'Bordplan' }).click());
    assert.match(await page.locator('main').innerText(), /32 bekræftede deltagere/);
    await page.getByLabel('Søgetid i sekunder').fill('2');
    await page.getByLabel('Antal runder').fill('2');
    await page.getByLabel(/Borde reserveret til deltagere/).fill('1');
    await navigate(page, () => page.getByRole('button', { name: 'Gem indstillinger' }).click());
    await navigate(page, () => page.getByRole('button', { name: 'Lav bordplan' }).click());
    assert.ok(await page.getByRole('heading', { name: 'Planlægningen kører' }).count() + await page.getByRole('heading', { name: 'Sådan blander planen' }).count() > 0);
    await waitUntilPlanned();
    assert.match(await page.locator('main').innerText(), /Alle regler er overholdt\./);

    const person = world.people.find((p) => p.name === 'Deltager 5')!.id;
    const from = await seatOf(person);
    const select = page.getByLabel('Flyt Deltager 5 til bord');
    await select.focus();
    await page.keyboard.press(from === 't1' ? 'ArrowDown' : 'ArrowUp');
    const to = await select.inputValue();
    assert.notEqual(to, from);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Flyt Deltager 5');
    await navigate(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('.alert-success').innerText(), /gemt/i);
    assert.equal(await seatOf(person), to, 'the person sits at the chosen table in the new version');
    const edited = (await app.deps.db.stores.seatingPlans.find(planIdOfPage()))!;
    assert.equal(edited.source, 'edited');
    assert.ok(edited.score, 'the score is computed at once');
  });

  it('moves a person to another table and swaps two people by drag and drop', async () => {
    const plan = (await app.deps.db.stores.seatingPlans.find(planIdOfPage()))!;
    // Facilitators and the people with accessibility needs (fixed to table 1) stay put, so the plan keeps every rule.
    const facilitators = new Set<string>(world.people.filter((p) => p.name.startsWith('Facilitator') || p.name === 'Deltager 1' || p.name === 'Deltager 2').map((p) => p.id));
    const a = world.people.find((p) => p.name === 'Deltager 10')!.id as string;
    const seatA = await seatOf(a);
    const other = plan.rounds[0].tables.find((t) => t.id !== seatA)!;
    // A real drag scrolls the page as it nears the edge; here both ends are on screen at once.
    await page.setViewportSize({ width: 1280, height: 3000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await navigate(page, () => page.locator(`[data-person="${a}"] strong`).dragTo(page.locator(`section[data-table="${other.id}"] h3`)));
    assert.equal(await seatOf(a), other.id, 'dropped on a table: moved there');

    await page.evaluate(() => window.scrollTo(0, 0));
    const b = other.people.find((p) => !facilitators.has(p))!;
    const current = (await app.deps.db.stores.seatingPlans.find(planIdOfPage()))!;
    const c = current.rounds[0].tables.find((t) => t.id !== other.id)!.people.find((p) => !facilitators.has(p))!;
    const [seatB, seatC] = [await seatOf(b), await seatOf(c)];
    await navigate(page, () => page.locator(`[data-person="${b}"] strong`).dragTo(page.locator(`[data-person="${c}"] strong`)));
    assert.equal(await seatOf(b), seatC, 'dropped on a person: swapped');
    assert.equal(await seatOf(c), seatB);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('locks a table, re-optimises the rest, and keeps the locked seats', async () => {
    const tableName = 'bord 2';
    const before = (await app.deps.db.stores.seatingPlans.find(planIdOfPage()))!;
    const lockedPeople = before.rounds[0].tables.find((t) => t.id === 't2')!.people;
    await navigate(page, () => page.getByRole('button', { name: `Lås ${tableName}`, exact: true }).click());
    await navigate(page, () => page.getByRole('button', { name: /Genberegn resten/ }).click());
    await waitUntilPlanned();
    const after = (await app.deps.db.stores.seatingPlans.find(planIdOfPage()))!;
    assert.equal(after.source, 'reoptimised');
    assert.deepEqual(new Set(after.rounds[0].tables.find((t) => t.id === 't2')!.people), new Set(lockedPeople));
  });

  it('publishes; participants and facilitators see their tables; the plan exports', async () => {
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

  it('marks a no-show and re-plans the remaining round with few moves', async () => {
    await visit(page, seatingUrl);
    const absent = world.people.find((p) => p.name === 'Deltager 3')!;
    await page.getByLabel('Person', { exact: true }).last().selectOption(absent.id);
    await page.getByLabel('Fraværende fra runde').selectOption('2');
    await navigate(page, () => page.getByRole('button', { name: 'Marker som udeblevet' }).last().click());
    assert.match(await page.locator('#day').innerText(), /Deltager 3 \(fra runde 2\)/);
    await page.getByLabel('Omplanlæg fra runde').selectOption('2');
    await navigate(page, () => page.getByRole('button', { name: 'Omplanlæg resten' }).click());
    await waitUntilPlanned();
    const plan = (await app.deps.db.stores.seatingPlans.find(planIdOfPage()))!;
    assert.equal(plan.source, 'replanned');
    assert.ok(!plan.rounds[1].tables.some((t) => t.people.includes(absent.id)), 'the no-show has no seat in round 2');
    assert.ok(plan.rounds[0].tables.some((t) => t.people.includes(absent.id)), 'round 1 stays as it was');
    assert.match(await page.locator('main').innerText(), /pladser er flyttet i forhold til den offentliggjorte plan/);
  });

  it('compares two versions and restores one', async () => {
    await visit(page, seatingUrl);
    await navigate(page, () => page.getByRole('button', { name: 'Sammenlign' }).click());
    assert.match(await page.locator('main').innerText(), /pladser er forskellige|Ingen pladser er forskellige/);
    const count = (await app.deps.db.stores.seatingPlans.list(world.summit.id)).length;
    await navigate(page, () => page.getByRole('button', { name: /Gendan version/ }).first().click());
    const plans = await app.deps.db.stores.seatingPlans.list(world.summit.id);
    assert.equal(plans.length, count + 1);
    assert.equal(plans[0].source, 'restored');
  });

  it('speaks English on request', async () => {
    await visit(page, `${seatingUrl}?lang=en`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Table plan');
    await navigate(page, () => page.getByRole('link', { name: /Show version/ }).first().click());
    assert.match(await page.locator('main').innerText(), /How the plan mixes|Planning is running/);
    await visit(page, `${seatingUrl}?lang=da`);
  });
});
