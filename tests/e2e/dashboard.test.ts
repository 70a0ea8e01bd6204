// The summit's front page for the coordinator: fill state as bars with the numbers in text and
// tables, answers over time, deadlines, who has not answered and what to do next; at 1280 and
// 375 px, by keyboard, with axe finding nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { InvitationId, InvitationStatus } from '../../src/domain/invitation.ts';
import type { Organisation } from '../../src/domain/organisation.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { startAdminSession, type E2eApp } from './support/app-fixture.ts';
import { tabTo } from './support/keyboard.ts';
import { navigate, visit } from './support/navigation.ts';
import { systemAccess } from '../support/access.ts';

describe("the summit's dashboard", () => {
  let app: E2eApp;
  let page: Page;
  let forums: Organisation[];

  before(async () => {
    ({ app, page } = await startAdminSession());
    const organisations = await app.deps.db.stores.organisations.list(app.demo.id);
    forums = organisations.filter((o) => o.kind === 'local_forum');
    const add = async (forum: Organisation, status: InvitationStatus, name: string) => {
      const made = await buildInvitation(app.deps, { summitId: app.demo.id, groupId: forum.groupId, organisationId: forum.id, status, name });
      await app.deps.db.stores.invitations.update(made.id as InvitationId, { areaId: forum.areaId, ...(status === 'declined' ? { answeredAt: app.deps.clock.now() } : {}) }, app.deps.clock.now());
    };
    // Two forums nominate; the other sixteen have nominated nobody.
    await add(forums[0]!, 'confirmed', 'Gitte Møller');
    await add(forums[0]!, 'pending', 'Ole Venter');
    await add(forums[0]!, 'waitlisted', 'Karl Liste');
    await add(forums[1]!, 'declined', 'Pia Afbud');
  });
  after(async () => { await app?.close(); });

  it('opens from the summit list and says what to do next, with the numbers in text', async () => {
    await visit(page, '/admin');
    await navigate(page, () => page.getByRole('link', { name: app.demo.title }).click());
    assert.match(page.url(), new RegExp(`/admin/summits/${app.demo.id}/dashboard$`));
    assert.equal(await page.getByRole('link', { name: 'Overblik' }).getAttribute('aria-current'), 'page');
    const next = await page.getByRole('region', { name: 'Det næste at gøre' }).innerText();
    assert.match(next, new RegExp(`${forums.length - 2} lokalfora har ikke nomineret nogen endnu\\.`));
    assert.match(await page.getByRole('region', { name: 'Pladser i alt' }).innerText(), /1 bekræftet og 1 inviteret uden svar af 168 pladser; 1 på venteliste\./);
  });

  it('draws the groups and areas as charts that name themselves, with the same numbers in a table', async () => {
    await visit(page, `/admin/summits/${app.demo.id}/dashboard`);
    const chart = page.getByRole('img', { name: 'Pladser pr. deltagergruppe' });
    assert.equal(await chart.count(), 1);
    assert.match(await chart.locator('desc').textContent() ?? '', /Borgere: 1 bekræftet, 1 uden svar, 1 på venteliste, kvote 76/);
    const citizens = page.getByRole('table', { name: 'Deltagergrupper: tallene i diagrammet' }).getByRole('row', { name: /^Borgere/ });
    assert.deepEqual((await citizens.getByRole('cell').allInnerTexts()).map((t) => t.trim()), ['76', '1', '1', '1', '1', '74']);
    const area = page.getByRole('table', { name: 'Lokalområder: tallene i diagrammet' }).getByRole('row').filter({ hasText: (await app.deps.db.stores.areas.find(forums[0]!.areaId!))!.name });
    assert.ok((await area.count()) >= 1);
    assert.equal(await page.getByRole('img', { name: 'Pladser pr. lokalområde' }).count(), 1);
  });

  it('shows the answers over time, the deadlines and who has not answered', async () => {
    await visit(page, `/admin/summits/${app.demo.id}/dashboard`);
    assert.equal(await page.getByRole('img', { name: 'Svar over tid, samlet antal' }).count(), 1);
    assert.deepEqual((await page.getByRole('table', { name: 'Svar pr. dag' }).getByRole('cell').allInnerTexts()).map((t) => t.trim()), ['1', '1', '2']);
    // The demo is postponed: answer deadlines stand still, and there is no date.
    assert.match(await page.getByRole('region', { name: 'Frister forude' }).innerText(), /Der er ingen frister forude\./);
    const waiting = page.getByRole('region', { name: 'Har ikke svaret' });
    assert.match(await waiting.innerText(), /1 person venter på at svare\./);
    await navigate(page, () => waiting.getByRole('link', { name: 'Ole Venter' }).click());
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Ole Venter/);
  });

  it('lists the deadlines ahead of a published summit', async () => {
    const { createSummit, updateSummit } = await import('../../src/use-cases/summit/save-summit.ts');
    const { createGroup } = await import('../../src/use-cases/summit/save-group.ts');
    const { moveSummitStatus } = await import('../../src/use-cases/summit/move-summit-status.ts');
    const summit = await createSummit(app.deps, systemAccess, { title: 'Frister', capacity: 10 });
    const group = await createGroup(app.deps, systemAccess, summit.id, { name: 'Borgere', quota: 10 });
    await updateSummit(app.deps, systemAccess, summit.id, { startsAt: '2099-05-20T15:00:00.000Z', endsAt: '2099-05-20T19:00:00.000Z' });
    await moveSummitStatus(app.deps, systemAccess, summit.id, 'published');
    await buildInvitation(app.deps, { summitId: summit.id, groupId: group.id, status: 'pending', name: 'Ny Inviteret' });
    await visit(page, `/admin/summits/${summit.id}/dashboard`);
    const items = await page.getByRole('region', { name: 'Frister forude' }).getByRole('listitem').allInnerTexts();
    assert.equal(items.length, 2);
    assert.match(items[0]!, /Svarfrist for 1 invitation$/);
    assert.match(items[1]!, /^20\. maj 2099 kl\. 17\.00: Topmødet begynder$/);
    assert.match(await page.getByRole('region', { name: 'Det næste at gøre' }).innerText(), /9 pladser er endnu ikke besat\./);
  });

  it('reaches the next step by keyboard and fits a phone without scrolling sideways', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await visit(page, `/admin/summits/${app.demo.id}/dashboard`);
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      assert.ok(width <= 375, `the page is ${width} px wide`);
      await tabTo(page, (f) => f.text === 'Til rekrutteringen', { max: 80 });
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(page.url(), /\/recruitment$/);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
