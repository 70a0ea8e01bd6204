// The lifecycle in the browser: a citizen asks the local forum by keyboard, the forum answers, the
// coordinator postpones and reschedules, the participant re-confirms; axe checks every page. Each
// test makes its own data on its own page: the forum's test brings its own citizen's request.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { OrganisationId } from '../../src/domain/ids.ts';
import { submitInterestRequest } from '../../src/use-cases/lifecycle/submit-interest-request.ts';
import { createRecruiterLink } from '../../src/use-cases/registration/create-recruiter-link.ts';
import { changeSummitStatus } from '../../src/use-cases/summit/change-summit-status.ts';
import { getSummitOverview } from '../../src/use-cases/summit/get-summit-overview.ts';
import { createGroup } from '../../src/use-cases/summit/save-group.ts';
import { createSummit } from '../../src/use-cases/summit/save-summit.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { assertAccessible, coordinatorLogin, startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { systemAccess } from '../support/access.ts';

describe('the summit lifecycle in the browser', () => {
  let app: E2eApp;
  before(async () => { app = await startE2eApp(); });
  after(async () => { await app?.close(); });

  /** A fresh browser context (no cookies), closed when the test ends. */
  async function freshPage(t: TestContext): Promise<Page> {
    const { context, page } = await app.newPage();
    t.after(() => context.close());
    return page;
  }

  it('lets a citizen ask their local forum using the keyboard only, with Danish errors first', async (t) => {
    const page = await freshPage(t);
    await page.goto(`/topmoede/${app.demo.slug}`);
    await assertAccessible(page);
    await page.locator('#areaId').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Borger Bent');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ikke-en-mail');
    await page.locator('#interesse button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#error-summary');
    assert.match(await page.locator('#error-summary').innerText(), /gyldig e-mailadresse/);
    await assertAccessible(page);
    await page.locator('#email').fill('bent@example.dk');
    await page.locator('#consent').focus();
    await page.keyboard.press('Space');
    await page.locator('#interesse button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Din henvendelse er sendt til lokalforummet');
    await assertAccessible(page);
    const requests = await app.deps.db.stores.interests.listForSummit(app.demo.id);
    assert.deepEqual(requests.map((r) => r.name), ['Borger Bent']);
  });

  it("shows the forum the request on its recruiter page, where it is accepted", async (t) => {
    const page = await freshPage(t);
    const { summit, groups, areas: [area] } = await buildSummit(app.deps, { areas: [{ name: 'Tuse', population: 1200 }] });
    await buildOrganisation(app.deps, summit.id, groups[0].id, 5, { name: 'Lokalforum Tuse', areaId: area.id });
    await changeSummitStatus(app.deps, systemAccess, summit.id, 'postponed');
    const request = await submitInterestRequest(app.deps, summit.id, { areaId: area.id, name: 'Borger Bent', email: 'bent@example.dk', consent: true });
    const { url } = await createRecruiterLink({ ...app.deps, publicUrl: app.baseUrl }, systemAccess, request.organisationId as OrganisationId, { sendEmail: false });
    await page.goto(url);
    await assertAccessible(page);
    await page.getByRole('button', { name: /Tag imod Borger Bent/ }).click();
    await page.waitForSelector('text=Henvendelsen er taget imod');
    await assertAccessible(page);
    const overview = await getSummitOverview(app.deps, summit.id);
    assert.ok(overview.summit);
    assert.equal((await app.deps.db.stores.interests.find(request.id))!.status, 'accepted');
  });

  it('lets the coordinator postpone and reschedule, and the participant re-confirm', async (t) => {
    const page = await freshPage(t);
    const summit = await createSummit(app.deps, systemAccess, { title: 'Browsertopmøde', capacity: 20 });
    const group = await createGroup(app.deps, systemAccess, summit.id, { name: 'Borgere', quota: 5 });
    const person = await buildInvitation(app.deps, { summitId: summit.id, groupId: group.id, status: 'confirmed', name: 'Pia Deltager' });
    await page.goto('/login');
    await page.locator('#email').fill(coordinatorLogin.email);
    await page.locator('#password').fill(coordinatorLogin.password);
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(/\/admin/);

    await page.goto(`/admin/summits/${summit.id}/lifecycle`);
    await assertAccessible(page);
    await page.locator('#postpone-heading ~ form #reason').fill('Covid');
    await page.getByRole('button', { name: 'Udsæt topmødet' }).click();
    await page.waitForSelector('text=1 deltager og 0 organisationer får besked på e-mail.');
    await assertAccessible(page);
    // By keyboard: the confirmation is a plain form, so Enter on its button confirms.
    await page.getByRole('button', { name: 'Ja, udsæt topmødet' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Topmødet er udsat. 1 deltager og 0 organisationer har fået besked.');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'done-notice', 'focus lands on what happened');
    await page.locator('#startsAt').fill('2030-06-01T09:00');
    await page.locator('#endsAt').fill('2030-06-01T16:00');
    await page.locator('#venue').fill('Holbæk Hallen');
    await page.locator('#reconfirmBy').fill('2030-05-20T12:00');
    await page.getByRole('button', { name: /Sæt ny dato/ }).click();
    await page.waitForSelector('text=1 deltager og 0 organisationer får besked på e-mail.');
    await page.getByRole('button', { name: 'Ja, sæt den nye dato' }).click();
    await page.waitForSelector('text=Den nye dato er sat. 1 deltager og 0 organisationer har fået besked.');
    await page.waitForSelector('text=Mangler svar');
    await assertAccessible(page);

    await page.goto(`/admin/summits/${summit.id}/messages`);
    await assertAccessible(page);

    const participant = await app.newPage();
    await participant.page.goto(`/i/${person.token}`);
    await participant.page.waitForSelector('text=Bekræft din plads på den nye dato');
    await assertAccessible(participant.page);
    await participant.page.getByRole('button', { name: 'Ja, jeg kommer stadig' }).click();
    await participant.page.waitForSelector('text=du har bekræftet din plads');
    await assertAccessible(participant.page);
    await participant.context.close();

    await page.goto(`/admin/summits/${summit.id}/lifecycle`);
    assert.match(await page.locator('main').innerText(), /1 har bekræftet/);
  });
});
