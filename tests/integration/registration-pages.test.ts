// The registration pages: the recruiter's /r/{token}, the participant's /i/{token} and the
// coordinator's recruitment and outbox pages. GETs change nothing; forms need CSRF; each link
// shows only its own people.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import type { Deps } from '../../src/ports.ts';
import type { SummitId } from '../../src/domain/ids.ts';
import { createCoordinator, logIn } from '../../src/use-cases/manage-coordinators.ts';
import { nominateParticipant } from '../../src/use-cases/registration/nominate-participant.ts';
import { composeTestApp } from '../support/test-app.ts';
import { createTestDatabase, testDeps, type TestDatabase } from '../support/test-database.ts';
import { buildRecruitingSummit, participantTokens } from '../support/registration.ts';

let db: TestDatabase;
let deps: Deps;
let app: FastifyInstance;
let session: string;
let summitId: SummitId;
let groupId: string;
let orgs: { id: string; name: string; token: string }[];

before(async () => {
  db = await createTestDatabase('sqlite');
  deps = testDeps(db.database);
  app = await composeTestApp(deps);
  await createCoordinator(deps, { email: 'k@example.dk', password: 'a-long-password-1' });
  session = (await logIn(deps, 'k@example.dk', 'a-long-password-1')).sessionToken;
  const built = await buildRecruitingSummit(deps, { organisations: 2, seats: 1 });
  summitId = built.summit.id;
  groupId = built.group.id;
  orgs = built.organisations;
});
after(async () => { await app.close(); await db.destroy(); });

async function formToken(url: string, cookies: Record<string, string> = {}) {
  const page = await app.inject({ url, cookies });
  assert.equal(page.statusCode, 200, `GET ${url}: ${page.statusCode}`);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(token, 'the page has a CSRF field');
  return { token, cookies: { ...cookies, _csrf: page.cookies.find((c) => c.name === '_csrf')!.value }, body: page.body };
}

async function postForm(url: string, page: string, fields: Record<string, string>, cookies: Record<string, string> = {}) {
  const { token, cookies: jar } = await formToken(page, cookies);
  return app.inject({ method: 'POST', url, cookies: jar, payload: new URLSearchParams({ ...fields, _csrf: token }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

describe('recruiter page', () => {
  it('nominates through the form, then tells plainly that the next one is waitlisted', async () => {
    const page = `/r/${orgs[0]!.token}`;
    const first = await postForm(`${page}/nominations`, page, { name: 'Hanne Holm', email: 'hanne@example.dk', phone: '' });
    assert.equal(first.statusCode, 303);
    const shown = await app.inject({ url: String(first.headers.location) });
    assert.match(shown.body, /Hanne Holm er inviteret/);
    const second = await postForm(`${page}/nominations`, page, { name: 'Ib Isaksen', email: 'ib@example.dk' });
    const waitlisted = await app.inject({ url: String(second.headers.location) });
    assert.match(waitlisted.body, /Kvoten er fyldt: Ib Isaksen er sat på jeres venteliste som nr\. 1/);
  });

  it('shows form errors in Danish and saves nothing on bad input', async () => {
    const page = `/r/${orgs[0]!.token}`;
    const before = (await deps.db.stores.invitations.listBySummit(summitId)).length;
    const res = await postForm(`${page}/nominations`, page, { name: '', email: 'ikke-en-mail' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Der er problemer/);
    assert.equal((await deps.db.stores.invitations.listBySummit(summitId)).length, before);
  });

  it('refuses a nomination without a CSRF token', async () => {
    const res = await app.inject({ method: 'POST', url: `/r/${orgs[0]!.token}/nominations`, payload: 'name=X&email=x%40example.dk', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.statusCode, 403);
  });

  it("shows only the organisation's own people, and a revoked or unknown link shows nothing", async () => {
    await nominateParticipant(deps, orgs[1]!.token, { name: 'Jonna Juul', email: 'jonna@example.dk' });
    const own = await app.inject({ url: `/r/${orgs[0]!.token}` });
    assert.match(own.body, /Hanne Holm/);
    assert.doesNotMatch(own.body, /Jonna/);
    assert.equal((await app.inject({ url: `/r/${'x'.repeat(43)}` })).statusCode, 404);
    assert.equal(own.headers['cache-control'], 'no-store');
  });

  it("cannot withdraw another organisation's nomination through its own link", async () => {
    const jonna = (await deps.db.stores.invitations.listBySummit(summitId)).find((i) => i.email === 'jonna@example.dk')!;
    const page = `/r/${orgs[0]!.token}`;
    const res = await postForm(`${page}/nominations/${jonna.id}/withdraw`, page, {});
    assert.equal(res.statusCode, 404);
    assert.equal((await deps.db.stores.invitations.find(jonna.id))!.status, 'pending');
  });
});

describe('participant page', () => {
  it('shows the invitation and the privacy notice without changing anything when opened', async () => {
    const token = (await participantTokens(deps, summitId)).get('hanne@example.dk')!;
    const res = await app.inject({ url: `/i/${token}` });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Kære Hanne Holm/);
    assert.match(res.body, /Sådan bruger vi dine oplysninger/);
    assert.match(res.body, /slettes 90 dage efter/);
    assert.doesNotMatch(res.body, /Jonna/);
    const hanne = (await deps.db.stores.invitations.listBySummit(summitId)).find((i) => i.email === 'hanne@example.dk')!;
    assert.equal(hanne.status, 'pending');
  });

  it('accepts with needs and consent, lets the consent be revoked, and cancels, refilling from the waiting list', async () => {
    const token = (await participantTokens(deps, summitId)).get('hanne@example.dk')!;
    const page = `/i/${token}`;
    const accepted = await postForm(`${page}/accept`, page, { diet: 'Glutenfri', accessibility: '', consentPhotos: 'on' });
    assert.equal(accepted.statusCode, 303);
    let hanne = (await deps.db.stores.invitations.listBySummit(summitId)).find((i) => i.email === 'hanne@example.dk')!;
    assert.deepEqual([hanne.status, hanne.dietNeeds, hanne.consentPhotos], ['confirmed', 'Glutenfri', true]);
    await postForm(`${page}/details`, page, { diet: 'Glutenfri', accessibility: 'Kørestol' });
    hanne = (await deps.db.stores.invitations.find(hanne.id))!;
    assert.deepEqual([hanne.accessibilityNeeds, hanne.consentPhotos], ['Kørestol', false]);
    const cancelled = await postForm(`${page}/decline`, page, {});
    assert.equal(cancelled.statusCode, 303);
    assert.equal((await deps.db.stores.invitations.find(hanne.id))!.status, 'cancelled');
    const ib = (await deps.db.stores.invitations.listBySummit(summitId)).find((i) => i.email === 'ib@example.dk')!;
    assert.equal(ib.status, 'pending', 'the first on the waiting list got the seat');
  });

  it('refuses an answer without a CSRF token', async () => {
    const token = (await participantTokens(deps, summitId)).get('ib@example.dk')!;
    const res = await app.inject({ method: 'POST', url: `/i/${token}/accept`, payload: '', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.statusCode, 403);
  });
});

describe('coordinator recruitment pages', () => {
  const cookies = () => ({ samskab_session: session });

  it('send a visitor without a session to the login page', async () => {
    for (const url of [`/admin/summits/${summitId}/recruitment`, `/admin/summits/${summitId}/outbox`]) {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/login/);
    }
    const { token, cookies: jar } = await formToken(`/r/${orgs[1]!.token}`);
    const res = await app.inject({ method: 'POST', url: `/admin/summits/${summitId}/recruitment/links/${orgs[1]!.id}`, cookies: jar, payload: `_csrf=${encodeURIComponent(token)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.statusCode, 303, 'a recruiter with a valid form token is still no coordinator');
    assert.equal((await app.inject({ url: `/r/${orgs[1]!.token}` })).statusCode, 200, 'and the link was not replaced');
  });

  it('shows occupancy and shows a new recruiter link once', async () => {
    const page = `/admin/summits/${summitId}/recruitment`;
    const shown = await app.inject({ url: page, cookies: cookies() });
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /Sådan fylder pladserne/);
    const created = await postForm(`${page}/links/${orgs[0]!.id}`, page, {}, cookies());
    assert.equal(created.statusCode, 200);
    const url = /http:\/\/samskab\.test\/r\/([A-Za-z0-9_-]{43})/.exec(created.body);
    assert.ok(url, 'the new link is shown');
    assert.equal((await app.inject({ url: `/r/${orgs[0]!.token}` })).statusCode, 404, 'the old link is replaced');
    assert.equal((await app.inject({ url: `/r/${url[1]}` })).statusCode, 200);
    assert.doesNotMatch((await app.inject({ url: page, cookies: cookies() })).body, new RegExp(url[1]!), 'and never again');
    orgs[0]!.token = url[1]!;
  });

  it('invites directly and imports an XLSX list with a row-by-row report', async () => {
    const page = `/admin/summits/${summitId}/recruitment`;
    const direct = await postForm(`${page}/invitations`, page, { name: 'Kaj Kirk', email: 'kaj@example.dk', groupId, organisationId: '' }, cookies());
    assert.equal(direct.statusCode, 303);
    assert.match(String(direct.headers.location), /notice=waitlisted/, 'the group is full, so Kaj waits');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Liste');
    sheet.addRow(['Navn', 'E-mail']);
    sheet.addRow(['Lis Lund', 'lis@example.dk']);
    sheet.addRow(['Mads', 'ikke-gyldig']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const { token, cookies: jar } = await formToken(page, cookies());
    const boundary = 'samskabboundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="groupId"\r\n\r\n${groupId}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="liste.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
      file, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await app.inject({ method: 'POST', url: `${page}/import`, cookies: jar, payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Intet er importeret/);
    assert.match(res.body, /Ugyldig e-mail/);
    assert.equal((await deps.db.stores.invitations.listBySummit(summitId)).some((i) => i.email === 'lis@example.dk'), false);
  });

  it('lists the outgoing mail and shows one message', async () => {
    const list = await app.inject({ url: `/admin/summits/${summitId}/outbox`, cookies: cookies() });
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Invitation: /);
    const [message] = await deps.db.stores.outbox.listForSummit(summitId, 1);
    const one = await app.inject({ url: `/admin/summits/${summitId}/outbox/${message!.id}`, cookies: cookies() });
    assert.equal(one.statusCode, 200);
    assert.ok(one.body.includes(message!.toAddress));
  });
});
