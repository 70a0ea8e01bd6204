// Route tests of the coordinator's pages over a real SQLite database: access, CSRF, security
// headers, and that a form with errors saves nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { composeTestApp } from '../../../tests/support/test-app.ts';
import { createTestDatabase, testDeps, type TestDatabase } from '../../../tests/support/test-database.ts';
import type { Deps } from '../../ports.ts';
import { createCoordinator, logIn } from '../../use-cases/manage-coordinators.ts';
import { seedDemoSummit } from '../../use-cases/summit/seed-demo-summit.ts';
import { createSummit } from '../../use-cases/summit/save-summit.ts';
import { buildSummit } from '../../../tests/support/builders.ts';
import type { SummitId } from '../../domain/ids.ts';
import { systemAccess } from '../../../tests/support/access.ts';

let db: TestDatabase;
let deps: Deps;
let app: FastifyInstance;
let session: string;
let demoId: SummitId;

before(async () => {
  db = await createTestDatabase('sqlite');
  deps = testDeps(db.database);
  app = await composeTestApp(deps);
  demoId = (await seedDemoSummit(deps)).summit.id;
  await createCoordinator(deps, { email: 'k@example.dk', password: 'a-long-password-1' });
  session = (await logIn(deps, 'k@example.dk', 'a-long-password-1')).sessionToken;
});
after(async () => { await app.close(); await db.destroy(); });

/** A page's CSRF token and the cookie that goes with it, as a browser would hold them. */
async function formToken(url: string): Promise<{ token: string; cookies: Record<string, string> }> {
  const page = await app.inject({ url, cookies: { samskab_session: session } });
  assert.equal(page.statusCode, 200, `GET ${url}`);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(token, 'the page has a CSRF field');
  const secret = page.cookies.find((c) => c.name === '_csrf')!.value;
  return { token, cookies: { samskab_session: session, _csrf: secret } };
}

async function post(url: string, page: string, fields: Record<string, string>) {
  const { token, cookies } = await formToken(page);
  return app.inject({ method: 'POST', url, cookies, payload: new URLSearchParams({ ...fields, _csrf: token }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

describe('coordinator pages', () => {
  it('send a visitor without a session to the login page', async () => {
    const res = await app.inject({ url: '/admin' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/login?next=%2Fadmin');
    const deep = await app.inject({ url: `/admin/summits/${demoId}/groups` });
    assert.equal(deep.statusCode, 303);
    assert.match(String(deep.headers.location), /^\/login\?next=/);
  });

  it('refuse a form without a CSRF token with 403 and save nothing', async () => {
    const before = (await deps.db.stores.summits.list()).length;
    const res = await app.inject({
      method: 'POST', url: '/admin/summits', cookies: { samskab_session: session },
      payload: 'title=Uden+token&capacity=10', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.statusCode, 403);
    assert.equal((await deps.db.stores.summits.list()).length, before);
  });

  it('refuse a form whose CSRF token does not match the cookie', async () => {
    const { cookies } = await formToken('/admin');
    const before = (await deps.db.stores.summits.list()).length;
    const res = await app.inject({ method: 'POST', url: '/admin/summits', cookies, payload: '_csrf=forged&title=X&capacity=10', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(res.statusCode, 403);
    assert.equal((await deps.db.stores.summits.list()).length, before);
  });

  it('send security headers: a CSP without inline scripts, no framing, no sniffing', async () => {
    for (const url of ['/admin', '/login', '/']) {
      const res = await app.inject({ url, cookies: { samskab_session: session } });
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      assert.ok(scriptSrc, `${url} has script-src`);
      assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers['x-frame-options'], 'DENY');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    }
  });

  it('render every page of the demo summit', async () => {
    const overview = await deps.db.stores.groups.list(demoId);
    const areas = await deps.db.stores.areas.list(demoId);
    const organisations = await deps.db.stores.organisations.list(demoId);
    const programme = await deps.db.stores.programme.list(demoId);
    const base = `/admin/summits/${demoId}`;
    for (const url of ['/admin', '/admin/api-tokens', base, `${base}/groups`, `${base}/groups/${overview[0].id}`, `${base}/groups/${overview[0].id}/apportionment?method=dhondt&minimum=2`,
      `${base}/areas`, `${base}/areas/${areas[0].id}`, `${base}/organisations`, `${base}/organisations/${organisations[0].id}`, `${base}/programme`, `${base}/programme/${programme[0].id}`]) {
      const res = await app.inject({ url, cookies: { samskab_session: session } });
      assert.equal(res.statusCode, 200, url);
      assert.match(res.body, /<h1>/);
    }
    const areasPage = await app.inject({ url: `${base}/areas`, cookies: { samskab_session: session } });
    assert.match(areasPage.body, /fiktive demo-tal/);
  });

  it('answer 404 for an item of another summit', async () => {
    const other = await createSummit(deps, systemAccess, { title: 'Andet', capacity: 10 });
    const group = (await deps.db.stores.groups.list(demoId))[0];
    const res = await app.inject({ url: `/admin/summits/${other.id}/groups/${group.id}`, cookies: { samskab_session: session } });
    assert.equal(res.statusCode, 404);
  });

  it('show field errors in Danish and save nothing when a number is missing', async () => {
    const before = (await deps.db.stores.summits.list()).length;
    const res = await post('/admin/summits', '/admin', { title: '', capacity: 'mange' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /id="error-summary"/);
    assert.match(res.body, /Titel: Feltet skal udfyldes\./);
    assert.match(res.body, /Kapacitet: Skriv et helt tal\./);
    assert.match(res.body, /value="mange"/);
    const thousands = await post('/admin/summits', '/admin', { title: 'Tusinder', capacity: '1.000' });
    assert.equal(thousands.statusCode, 422, 'a number with a thousands separator is refused, not read as 1');
    assert.match(thousands.body, /Kapacitet: Skriv et helt tal\./);
    assert.equal((await deps.db.stores.summits.list()).length, before);
  });

  it('show a broken quota rule as a general error, keep the values and save nothing', async () => {
    const summit = await createSummit(deps, systemAccess, { title: 'Lille', capacity: 10 });
    const page = `/admin/summits/${summit.id}/groups`;
    const ok = await post(page, page, { name: 'Borgere', quota: '8' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `${page}?saved=1`);
    const res = await post(page, page, { name: 'Politikere', quota: '5' });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /Deltagergruppernes kvoter tilsammen må ikke overstige topmødets kapacitet\./);
    assert.match(res.body, /value="Politikere"/);
    assert.deepEqual((await deps.db.stores.groups.list(summit.id)).map((g) => g.name), ['Borgere']);
  });

  it('store a datetime-local value as Copenhagen time in UTC and publish only with a date', async () => {
    const summit = await createSummit(deps, systemAccess, { title: 'Dato', capacity: 10 });
    const page = `/admin/summits/${summit.id}`;
    const refused = await post(`${page}/status`, page, { to: 'published' });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Topmødet skal have en dato, før det kan offentliggøres\./);
    assert.equal((await deps.db.stores.summits.find(summit.id))!.status, 'draft');

    const saved = await post(page, page, { title: 'Dato', capacity: '10', startsAt: '2027-06-10T17:00', endsAt: '2027-06-10T21:30', answerDays: '14', retentionDays: '180' });
    assert.equal(saved.statusCode, 303);
    const stored = (await deps.db.stores.summits.find(summit.id))!;
    assert.equal(stored.startsAt, '2027-06-10T15:00:00.000Z');
    assert.equal(stored.endsAt, '2027-06-10T19:30:00.000Z');
    const asked = await post(`${page}/status`, page, { to: 'published' });
    assert.equal(asked.statusCode, 200, 'publishing cannot be undone, so it asks first');
    assert.match(asked.body, /Ingen får besked på e-mail\./);
    assert.equal((await deps.db.stores.summits.find(summit.id))!.status, 'draft', 'nothing changed before confirming');
    const published = await post(`${page}/status`, page, { to: 'published', confirmed: '1' });
    assert.equal(published.statusCode, 303);
    assert.equal(published.headers.location, `${page}?done=published&saved=1`);
    const overview = await app.inject({ url: String(published.headers.location), cookies: { samskab_session: session } });
    assert.match(overview.body, /id="done-notice"[\s\S]*Topmødet er offentliggjort/);
    assert.equal((await deps.db.stores.summits.find(summit.id))!.status, 'published');
  });

  it('need a reason to postpone', async () => {
    const summit = await createSummit(deps, systemAccess, { title: 'Udsæt', capacity: 10 });
    const page = `/admin/summits/${summit.id}`;
    const refused = await post(`${page}/status`, page, { to: 'postponed', 'reason-postponed': ' ' });
    assert.equal(refused.statusCode, 422);
    assert.equal((await deps.db.stores.summits.find(summit.id))!.status, 'draft');
    const asked = await post(`${page}/status`, page, { to: 'postponed', 'reason-postponed': 'Corona' });
    assert.equal(asked.statusCode, 200, 'postponing mails people, so it asks first');
    assert.match(asked.body, /0 deltagere og 0 organisationer får besked på e-mail\./);
    assert.match(asked.body, /action="\/admin\/summits\/[^"]+\/lifecycle\/postpone"/);
    assert.equal((await deps.db.stores.summits.find(summit.id))!.status, 'draft', 'nothing changed before confirming');
    const ok = await post(`${page}/lifecycle/postpone`, page, { reason: 'Corona', confirmed: '1' });
    assert.equal(ok.statusCode, 303);
    const changes = await deps.db.stores.summits.listStatusChanges(summit.id);
    assert.deepEqual(changes.map((c) => [c.toStatus, c.reason]), [['postponed', 'Corona']]);
  });

  it('show a new API token once and store only its hash', async () => {
    const res = await post('/admin/api-tokens', '/admin/api-tokens', { label: 'Regneark' });
    assert.equal(res.statusCode, 201);
    const token = /id="new-api-token"[^>]*>([^<]+)</.exec(res.body)?.[1];
    assert.ok(token);
    const api = await app.inject({ url: '/api/v1/summits', headers: { authorization: `Bearer ${token}` } });
    assert.equal(api.statusCode, 200);
    const list = await app.inject({ url: '/admin/api-tokens', cookies: { samskab_session: session } });
    assert.ok(!list.body.includes(token), 'the list never shows the token');
    assert.match(list.body, /Regneark/);
  });

  it('keep an override of an apportionment only when it fits the group quota', async () => {
    const { summit, groups } = await buildSummit(deps, {
      capacity: 50, groups: [{ name: 'Borgere', quota: 10 }], areas: [{ name: 'Nord', population: 600 }, { name: 'Syd', population: 400 }],
    });
    const areas = await deps.db.stores.areas.list(summit.id);
    const page = `/admin/summits/${summit.id}/groups/${groups[0].id}/apportionment`;
    const seats = (nord: string, syd: string) => ({ [`seats-${areas[0].id}`]: nord, [`seats-${areas[1].id}`]: syd });
    const refused = await post(page, page, { method: 'hare', minimum: '0', action: 'override', ...seats('8', '5') });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Organisationernes kvoter tilsammen må ikke overstige deltagergruppens kvote\./);
    assert.match(refused.body, new RegExp(`id="seats-${areas[1].id}"[^>]*value="5"`));
    assert.equal((await deps.db.stores.organisations.list(summit.id)).length, 0);

    const notANumber = await post(page, page, { method: 'hare', minimum: '0', action: 'override', ...seats('x', '5') });
    assert.equal(notANumber.statusCode, 422);
    assert.match(notANumber.body, /Pladser til Nord: Skriv et helt tal\./);

    const ok = await post(page, page, { method: 'hare', minimum: '0', action: 'override', ...seats('7', '3') });
    assert.equal(ok.statusCode, 303);
    assert.deepEqual((await deps.db.stores.organisations.list(summit.id)).map((o) => o.quota).sort(), [3, 7]);
  });

  it('delete a group only through its CSRF-protected form', async () => {
    const summit = await createSummit(deps, systemAccess, { title: 'Slet', capacity: 10 });
    const groupsPage = `/admin/summits/${summit.id}/groups`;
    assert.equal((await post(groupsPage, groupsPage, { name: 'Væk', quota: '2' })).statusCode, 303);
    const [group] = await deps.db.stores.groups.list(summit.id);
    const forged = await app.inject({ method: 'POST', url: `${groupsPage}/${group.id}/delete`, cookies: { samskab_session: session } });
    assert.equal(forged.statusCode, 403);
    assert.equal((await deps.db.stores.groups.list(summit.id)).length, 1);
    const deleted = await post(`${groupsPage}/${group.id}/delete`, `${groupsPage}/${group.id}`, {});
    assert.equal(deleted.statusCode, 303);
    assert.equal((await deps.db.stores.groups.list(summit.id)).length, 0);
  });

  it('revoke an API token so the API refuses it', async () => {
    const created = await post('/admin/api-tokens', '/admin/api-tokens', { label: 'Kortvarig' });
    const token = /id="new-api-token"[^>]*>([^<]+)</.exec(created.body)![1];
    const id = (await deps.db.stores.coordinators.listApiTokens((await deps.db.stores.coordinators.findByEmail('k@example.dk'))!.id))
      .find((t) => t.label === 'Kortvarig')!.id;
    assert.equal((await post(`/admin/api-tokens/${id}/revoke`, '/admin/api-tokens', {})).statusCode, 303);
    const api = await app.inject({ url: '/api/v1/summits', headers: { authorization: `Bearer ${token}` } });
    assert.equal(api.statusCode, 401);
  });

  it('edit a programme item, refusing a time that is not hh:mm', async () => {
    const summit = await createSummit(deps, systemAccess, { title: 'Program', capacity: 10 });
    const list = `/admin/summits/${summit.id}/programme`;
    assert.equal((await post(list, list, { title: 'Velkomst', startsAt: '17.00' })).statusCode, 303);
    const [item] = await deps.db.stores.programme.list(summit.id);
    assert.equal(item.startsAt, '17:00');
    const edit = `${list}/${item.id}`;
    const refused = await post(edit, edit, { title: 'Velkomst', startsAt: '25:00' });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Starttid: Skriv tiden som tt:mm, fx 14:30\./);
    assert.equal((await deps.db.stores.programme.find(item.id))!.startsAt, '17:00');
    const ok = await post(edit, edit, { title: 'Velkomst og kaffe', startsAt: '16:45', speakerName: 'Borgmesteren' });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `${list}?saved=1`);
    const saved = (await deps.db.stores.programme.find(item.id))!;
    assert.deepEqual([saved.title, saved.startsAt, saved.speakerName], ['Velkomst og kaffe', '16:45', 'Borgmesteren']);
  });
});
