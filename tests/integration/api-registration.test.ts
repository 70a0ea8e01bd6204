// The registration API as its clients use it: coordinator routes need the API token; a recruiter
// link sees and changes only its own organisation; a participant link only its own invitation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { participantTokens } from '../support/registration.ts';
import type { SummitId } from '../../src/domain/ids.ts';
import { expireInvitations } from '../../src/use-cases/registration/expire-invitations.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { systemAccess } from '../support/access.ts';

const json = { 'content-type': 'application/json' };

describe('registration API', () => {
  let t: TestApp;
  let summitId: SummitId;
  let groupId: string;
  let orgA: string;
  let orgB: string;
  let tokenA: string;
  let tokenB: string;

  const post = (url: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { ...json, ...headers }, payload: body === undefined ? undefined : JSON.stringify(body) });
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  before(async () => {
    t = await createTestApp();
    const { summit, groups } = await buildSummit(t.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 4 }] });
    summitId = summit.id;
    groupId = groups[0]!.id;
    orgA = (await buildOrganisation(t.deps, summit.id, groups[0]!.id, 2, { name: 'Lokalforum A' })).id;
    orgB = (await buildOrganisation(t.deps, summit.id, groups[0]!.id, 2, { name: 'Lokalforum B' })).id;
    await t.deps.db.stores.organisations.update(orgA as never, { contactEmail: 'forum-a@example.dk' });
    const a = await post(`/api/v1/organisations/${orgA}/recruiter-link`, undefined, t.auth);
    const b = await post(`/api/v1/organisations/${orgB}/recruiter-link`, {}, t.auth);
    assert.equal(a.statusCode, 201, a.body);
    assert.equal(b.statusCode, 201, b.body);
    tokenA = new URL(a.json().url).pathname.split('/').pop()!;
    tokenB = new URL(b.json().url).pathname.split('/').pop()!;
  });
  after(async () => { await t.close(); });

  it('gives a recruiter link of at least 128 bits under PUBLIC_URL/r/, mails it to the contact address and stores only its hash', async () => {
    assert.match(tokenA, /^[A-Za-z0-9_-]{43}$/);
    const mails = await t.deps.db.stores.outbox.listForSummit(summitId, 100);
    const mail = mails.find((m) => m.kind === 'recruiter_link');
    assert.equal(mail?.toAddress, 'forum-a@example.dk');
    assert.ok(mail?.bodyText.includes(`http://samskab.test/r/${tokenA}`));
    assert.equal(mails.filter((m) => m.kind === 'recruiter_link').length, 1, 'B has no contact address, so nothing is mailed');
    assert.ok(await t.deps.db.stores.recruiterLinks.findActive(t.deps.tokens.hash(tokenA), t.deps.clock.now()));
  });

  it('refuses coordinator routes without the API token', async () => {
    for (const [method, url] of [['POST', `/api/v1/organisations/${orgA}/recruiter-link`], ['DELETE', `/api/v1/organisations/${orgA}/recruiter-link`],
      ['GET', `/api/v1/summits/${summitId}/occupancy`], ['GET', `/api/v1/summits/${summitId}/invitations`], ['POST', `/api/v1/summits/${summitId}/invitations`],
      ['GET', `/api/v1/summits/${summitId}/outbox`], ['POST', `/api/v1/summits/${summitId}/invitations/import`]] as const) {
      const response = await t.app.inject({ method, url, headers: { authorization: `Bearer ${tokenA}` } });
      assert.equal(response.statusCode, 401, `${method} ${url} with a recruiter token`);
      assert.equal((await t.app.inject({ method, url })).statusCode, 401, `${method} ${url} without a token`);
    }
  });

  it('invites while the quota lasts, then waitlists and says so; bad input is refused with a code', async () => {
    const first = await post(`/api/v1/recruiter/${tokenA}/nominations`, { name: 'Anna Andersen', email: 'anna@example.dk' });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().status, 'pending');
    assert.equal((await post(`/api/v1/recruiter/${tokenA}/nominations`, { name: 'Bo Berg', email: 'bo@example.dk' })).json().status, 'pending');
    const third = await post(`/api/v1/recruiter/${tokenA}/nominations`, { name: 'Carl Clausen', email: 'carl@example.dk', phone: '+45 12 34 56 78' });
    assert.equal(third.statusCode, 201);
    assert.equal(third.json().status, 'waitlisted');
    assert.equal(third.json().waitlistPosition, 1);
    const told = (await t.deps.db.stores.outbox.listForSummit(summitId, 100)).filter((m) => m.kind === 'waitlisted' && m.toAddress === 'carl@example.dk');
    assert.equal(told.length, 1, 'the waitlisted person is told, once');
    assert.doesNotMatch(told[0].bodyText, /\/i\//, 'no answer link before a seat is free');
    const bad = await post(`/api/v1/recruiter/${tokenA}/nominations`, { name: '', email: 'not-an-email' });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().code, 'validation_failed');
  });

  it('answers a repeated nomination of the same email with the existing one, and refuses it from another organisation', async () => {
    const again = await post(`/api/v1/recruiter/${tokenA}/nominations`, { name: 'Anna Andersen', email: 'ANNA@example.dk ' });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().existing, true);
    const other = await post(`/api/v1/recruiter/${tokenB}/nominations`, { name: 'Anna Andersen', email: 'anna@example.dk' });
    assert.equal(other.statusCode, 409);
    assert.equal(other.json().code, 'already_nominated');
    const list = (await get(`/api/v1/summits/${summitId}/invitations`, t.auth)).json() as { email: string }[];
    assert.equal(list.filter((i) => i.email.toLowerCase() === 'anna@example.dk').length, 1);
  });

  it("shows a recruiter only its own organisation's people, and lets it withdraw only those", async () => {
    await post(`/api/v1/recruiter/${tokenB}/nominations`, { name: 'Dorte Dahl', email: 'dorte@example.dk' });
    const seenByA = (await get(`/api/v1/recruiter/${tokenA}`)).json();
    assert.equal(seenByA.organisation.id, orgA);
    assert.deepEqual(seenByA.nominations.map((n: { email: string }) => n.email).sort(), ['anna@example.dk', 'bo@example.dk', 'carl@example.dk']);
    assert.ok(!JSON.stringify(seenByA).includes('dorte'));
    const dorte = (await get(`/api/v1/recruiter/${tokenB}`)).json().nominations[0];
    const foreign = await t.app.inject({ method: 'DELETE', url: `/api/v1/recruiter/${tokenA}/nominations/${dorte.id}` });
    assert.equal(foreign.statusCode, 404);
    assert.equal((await get(`/api/v1/recruiter/${tokenB}`)).json().nominations[0].status, 'pending');
    assert.equal((await get('/api/v1/recruiter/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode, 404);
  });

  it('lets a participant accept twice with the same answer, and decline, through its own link only', async () => {
    const tokens = await participantTokens(t.deps, summitId);
    const anna = tokens.get('anna@example.dk')!;
    const view = await get(`/api/v1/invitations/${anna}`);
    assert.equal(view.statusCode, 200);
    assert.equal(view.json().name, 'Anna Andersen');
    assert.equal(view.json().status, 'pending', 'a GET changes nothing');
    const [one, two] = await Promise.all([
      post(`/api/v1/invitations/${anna}/accept`, { needs: { diet: 'Vegetar' }, consents: { photos: true } }),
      post(`/api/v1/invitations/${anna}/accept`, {}),
    ]);
    assert.deepEqual([one.statusCode, two.statusCode], [200, 200]);
    assert.deepEqual([one.json(), two.json()], [{ status: 'confirmed' }, { status: 'confirmed' }]);
    const annaRow = ((await get(`/api/v1/summits/${summitId}/invitations`, t.auth)).json() as { email: string; needs: { diet: string }; consents: { photos: boolean } }[]).find((i) => i.email === 'anna@example.dk')!;
    assert.equal(annaRow.needs.diet, 'Vegetar');
    assert.equal(annaRow.consents.photos, true);
    const revoked = await t.app.inject({ method: 'PATCH', url: `/api/v1/invitations/${anna}`, headers: json, payload: JSON.stringify({ consents: { photos: false } }) });
    assert.equal(revoked.json().consents.photos, false);

    const bo = tokens.get('bo@example.dk')!;
    const declined = await post(`/api/v1/invitations/${bo}/decline`, {});
    assert.deepEqual(declined.json(), { status: 'declined' });
    const late = await post(`/api/v1/invitations/${bo}/accept`, {});
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'invitation_declined');
    assert.equal((await post('/api/v1/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/accept', {})).statusCode, 404);
  });

  it("gives a freed seat to the next on the same organisation's waiting list and tells the recruiter", async () => {
    const tokens = await participantTokens(t.deps, summitId);
    assert.ok(tokens.has('carl@example.dk'), 'Carl got an invitation mail when Bo declined');
    const carl = ((await get(`/api/v1/recruiter/${tokenA}`)).json().nominations as { email: string; status: string }[]).find((n) => n.email === 'carl@example.dk');
    assert.equal(carl?.status, 'pending');
    const mails = await t.deps.db.stores.outbox.listForSummit(summitId, 100);
    assert.ok(mails.some((m) => m.kind === 'promoted_recruiter' && m.toAddress === 'forum-a@example.dk' && m.bodyText.includes('Carl Clausen')));
  });

  it('reports occupancy per organisation, per group and for the summit', async () => {
    const response = await get(`/api/v1/summits/${summitId}/occupancy`, t.auth);
    assert.equal(response.statusCode, 200);
    const occupancy = response.json();
    assert.equal(occupancy.capacity, 10);
    const group = occupancy.groups.find((g: { id: string }) => g.id === groupId);
    assert.deepEqual({ quota: group.quota, pending: group.pending, confirmed: group.confirmed, waitlisted: group.waitlisted, declined: group.declined }, { quota: 4, pending: 2, confirmed: 1, waitlisted: 0, declined: 1 });
    const a = occupancy.organisations.find((o: { id: string }) => o.id === orgA);
    assert.deepEqual({ quota: a.quota, pending: a.pending, confirmed: a.confirmed, waitlisted: a.waitlisted }, { quota: 2, pending: 1, confirmed: 1, waitlisted: 0 });
  });

  it('lists invitations with the documented fields', async () => {
    const list = (await get(`/api/v1/summits/${summitId}/invitations`, t.auth)).json() as Record<string, unknown>[];
    for (const key of ['id', 'status', 'organisationId', 'groupId', 'name', 'email']) assert.ok(key in list[0]!, key);
    assert.ok(!JSON.stringify(list).includes('tokenHash'));
  });

  it('replaces a recruiter link: the old one stops working at once', async () => {
    const fresh = await post(`/api/v1/organisations/${orgB}/recruiter-link`, { sendEmail: false }, t.auth);
    assert.equal(fresh.statusCode, 201);
    assert.equal((await get(`/api/v1/recruiter/${tokenB}`)).statusCode, 404);
    const newToken = new URL(fresh.json().url).pathname.split('/').pop()!;
    assert.equal((await get(`/api/v1/recruiter/${newToken}`)).statusCode, 200);
    assert.equal((await t.app.inject({ method: 'DELETE', url: `/api/v1/organisations/${orgB}/recruiter-link`, headers: t.auth })).statusCode, 204);
    assert.equal((await get(`/api/v1/recruiter/${newToken}`)).statusCode, 404);
    tokenB = newToken;
  });

  it('writes every change to the audit log with dotted action names', async () => {
    const actions = new Set((await t.deps.db.stores.audit.list(summitId, 1000)).map((e) => e.action));
    for (const a of ['recruiter_link.created', 'recruiter_link.revoked', 'invitation.created', 'nomination.waitlisted', 'invitation.accepted', 'invitation.declined', 'nomination.promoted', 'consent.given', 'consent.revoked']) {
      assert.ok(actions.has(a), a);
    }
  });

  it('invites directly and imports a list: nothing is imported when a row has errors, unless only the valid rows are asked for', async () => {
    const direct = await post(`/api/v1/summits/${summitId}/invitations`, { groupId, name: 'Eva Eskildsen', email: 'eva@example.dk' }, t.auth);
    assert.equal(direct.statusCode, 201, direct.body);
    assert.equal(direct.json().status, 'pending');
    const csv = 'Navn;E-mail;Telefon\nFrede Frost;frede@example.dk;12345678\n;ugyldig;\nGitte Gram;gitte@example.dk;\n';
    const body = { fileName: 'liste.csv', contentBase64: Buffer.from(csv).toString('base64'), groupId };
    const refused = (await post(`/api/v1/summits/${summitId}/invitations/import`, body, t.auth)).json();
    assert.equal(refused.imported, 0);
    assert.equal(refused.invalid, 1);
    assert.deepEqual(refused.rows[1].errors, ['name_required', 'email_invalid']);
    assert.equal(refused.rows[1].row, 3);
    const partial = (await post(`/api/v1/summits/${summitId}/invitations/import`, { ...body, onlyValid: true }, t.auth)).json();
    assert.equal(partial.imported, 2);
    assert.deepEqual(partial.rows.map((r: { status?: string }) => r.status), ['waitlisted', undefined, 'waitlisted']);
  });

  it('expires an unanswered invitation after the answer deadline and invites the next on the waiting list', async () => {
    const clock = fixedClock('2026-03-01T09:00:00.000Z');
    const deps = { ...t.deps, clock };
    const { summit, groups } = await buildSummit(deps, { capacity: 1, groups: [{ name: 'Politikere', quota: 1 }] });
    const { inviteDirectly } = await import('../../src/use-cases/registration/invite-participants-directly.ts');
    await inviteDirectly(deps, systemAccess, summit.id, { groupId: groups[0]!.id, name: 'Første', email: 'first@example.dk' });
    await inviteDirectly(deps, systemAccess, summit.id, { groupId: groups[0]!.id, name: 'Anden', email: 'second@example.dk' });
    clock.advance(13 * 86_400_000);
    assert.equal(await expireInvitations(deps), 0, 'not before the deadline');
    clock.advance(2 * 86_400_000);
    assert.ok(await expireInvitations(deps) >= 1);
    const rows = await deps.db.stores.invitations.listBySummit(summit.id);
    assert.deepEqual(rows.map((r) => [r.email, r.status]).sort(), [['first@example.dk', 'expired'], ['second@example.dk', 'pending']]);
    const first = (await participantTokens(deps, summit.id)).get('first@example.dk')!;
    const refused = await post(`/api/v1/invitations/${first}/accept`, {});
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'invitation_expired');
    assert.ok((await deps.db.stores.audit.list(summit.id)).some((e) => e.action === 'invitation.expired' && e.actor === 'system'));
  });

  it('documents every registration route in the OpenAPI document', async () => {
    const paths = Object.keys((await get('/api/openapi.json')).json().paths);
    for (const p of ['/api/v1/organisations/{organisationId}/recruiter-link', '/api/v1/recruiter/{token}/nominations', '/api/v1/recruiter/{token}/nominations/{id}',
      '/api/v1/invitations/{token}/accept', '/api/v1/invitations/{token}/decline', '/api/v1/summits/{summitId}/occupancy', '/api/v1/summits/{summitId}/invitations']) {
      assert.ok(paths.includes(p), p);
    }
  });

  it('refuses nominations once the summit is cancelled', async () => {
    const { summit, groups } = await buildSummit(t.deps, { capacity: 5, groups: [{ name: 'Borgere', quota: 5 }] });
    const org = await buildOrganisation(t.deps, summit.id, groups[0]!.id, 5);
    const link = new URL((await post(`/api/v1/organisations/${org.id}/recruiter-link`, {}, t.auth)).json().url).pathname.split('/').pop()!;
    assert.equal((await post(`/api/v1/recruiter/${link}/nominations`, { name: 'Før', email: 'foer@example.dk' })).statusCode, 201, 'a draft takes nominations');
    await t.deps.db.stores.summits.update(summit.id, { status: 'cancelled' }, t.deps.clock.now());
    const refused = await post(`/api/v1/recruiter/${link}/nominations`, { name: 'Efter', email: 'efter@example.dk' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'summit_not_recruiting');
  });

  it('rate limits the token endpoints per IP (300 a minute)', async () => {
    let last = 0;
    for (let i = 0; i < 301; i++) last = (await get(`/api/v1/recruiter/${'B'.repeat(43)}`, { 'x-forwarded-for': '203.0.113.9' })).statusCode;
    assert.equal(last, 429);
    assert.equal((await get(`/api/v1/recruiter/${'B'.repeat(43)}`, { 'x-forwarded-for': '203.0.113.10' })).statusCode, 404);
  });
});
