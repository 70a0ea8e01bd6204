// Personal data in the browser: the coordinator downloads a person's access export (PDF and JSON)
// from their page, and erases a person through the confirmation page, which asks for a reason.
// axe finds nothing on any page.
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions } from 'playwright-core';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { pageTexts } from '../support/pdf-reading.ts';
import { assertAccessible, startE2eApp, type E2eApp, coordinatorSessionOf } from './support/app-fixture.ts';
import { navigate, visit } from './support/navigation.ts';

describe('personal data in the browser', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
  });
  after(async () => { await app?.close(); });

  async function personPage(t: TestContext, name: string, email: string) {
    const { summit, groups } = await buildSummit(app.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 1 }] });
    const forum = await buildOrganisation(app.deps, summit.id, groups[0]!.id, 1, { name: 'Lokalforum Mørkøv' });
    const person = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'confirmed', name, email });
    const waiting = await buildInvitation(app.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'waitlisted', name: 'Vagn Venteliste', waitlistPosition: 1 });
    const context = await app.browser.newContext({ storageState: session, baseURL: app.baseUrl, locale: 'da-DK', acceptDownloads: true });
    context.setDefaultTimeout(20_000);
    t.after(() => context.close());
    const page = await context.newPage();
    return { page, person, waiting, url: `/admin/summits/${summit.id}/participants/${person.id}` };
  }

  it('downloads everything held about a person as a readable PDF and as JSON from their page', async (t) => {
    const { page, url } = await personPage(t, 'Åse Brøndum Iversen', 'aase.bi@example.dk');
    await visit(page, url);
    const section = page.getByRole('region', { name: 'Persondata' });
    const [pdf] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Hent indsigt som PDF' }).click()]);
    const text = pageTexts(readFileSync((await pdf.path())!)).join('\n');
    assert.match(text, /Indsigt i personoplysninger/);
    assert.match(text, /Åse Brøndum Iversen/);
    assert.match(text, /aase\.bi@example\.dk/);
    const [json] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Hent indsigt som JSON' }).click()]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    assert.equal(data.held.invitation.name, 'Åse Brøndum Iversen');
    assert.equal(data.group, 'Borgere');
  });

  it('erases a person after a confirmation that asks for the reason, and gives the seat to the waiting list', async (t) => {
    const { page, url, person, waiting } = await personPage(t, 'Tage Hjortshøj', 'tage.h@example.dk');
    await visit(page, url);
    await navigate(page, () => page.getByRole('link', { name: 'Slet personen' }).click());
    assert.match(await page.locator('main').innerText(), /kan ikke fortrydes/);
    await navigate(page, () => page.getByRole('button', { name: 'Ja, slet personen' }).click());
    assert.match(await page.locator('.alert-error, .alert').first().innerText(), /Begrundelse/, 'a missing reason is named in the error summary');
    assert.equal((await app.deps.db.stores.invitations.find(person.id as InvitationId))!.name, 'Tage Hjortshøj', 'nothing happened');
    await page.getByLabel('Begrundelse').fill('Anmodning om sletning');
    await navigate(page, () => page.getByRole('button', { name: 'Ja, slet personen' }).click());
    assert.match(await page.locator('#action-notice').innerText(), /oplysninger er slettet/);
    const erased = (await app.deps.db.stores.invitations.find(person.id as InvitationId))!;
    assert.deepEqual([erased.name, erased.email, erased.status], ['(slettet)', '', 'cancelled']);
    assert.equal((await app.deps.db.stores.invitations.find(waiting.id as InvitationId))!.status, 'pending');
    await assertAccessible(page);
  });
});
