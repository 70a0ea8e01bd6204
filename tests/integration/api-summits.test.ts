import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { seedDemoSummit } from '../../src/use-cases/summit/seed-demo-summit.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';

for (const kind of databaseKinds()) {
  describe(`coordinator API on ${kind}`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => { await t.close(); });

    const post = (url: string, payload: unknown, headers: Record<string, string> = t.auth) =>
      t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload: payload as object });

    it('creates a summit, groups, areas and organisations with the documented shapes', async () => {
      const summit = await post('/summits', { title: 'Prøve-topmøde', capacity: 30 });
      assert.equal(summit.statusCode, 201);
      const id = summit.json().id as string;
      const group = await post(`/summits/${id}/groups`, { name: 'Borgere', quota: 20 });
      assert.equal(group.statusCode, 201);
      const area = await post(`/summits/${id}/areas`, { name: 'Tølløse', population: 5000 });
      assert.equal(area.statusCode, 201);
      const organisation = await post(`/summits/${id}/organisations`, { name: 'Lokalforum Tølløse', kind: 'local_forum', groupId: group.json().id, areaId: area.json().id, quota: 5 });
      assert.equal(organisation.statusCode, 201);
      const read = await t.app.inject({ method: 'GET', url: `/api/v1/summits/${id}`, headers: t.auth });
      assert.equal(read.statusCode, 200);
      const body = read.json();
      assert.equal(body.title, 'Prøve-topmøde');
      assert.equal(body.capacity, 30);
      assert.deepEqual(body.groups.map((g: { name: string }) => g.name), ['Borgere']);
      assert.deepEqual(body.areas.map((a: { name: string }) => a.name), ['Tølløse']);
      assert.equal(body.organisations[0].areaId, area.json().id);
    });

    it('answers a quota above the capacity with 422 and a code, and changes nothing', async () => {
      const id = (await post('/summits', { title: 'Lille', capacity: 30 })).json().id;
      const response = await post(`/summits/${id}/groups`, { name: 'Borgere', quota: 40 });
      assert.equal(response.statusCode, 422);
      assert.equal(response.json().code, 'group_quotas_exceed_capacity');
      const read = await t.app.inject({ method: 'GET', url: `/api/v1/summits/${id}`, headers: t.auth });
      assert.deepEqual(read.json().groups, []);
    });

    it("answers organisation quotas over the group's quota with 422", async () => {
      const id = (await post('/summits', { title: 'Erhverv', capacity: 30 })).json().id;
      const groupId = (await post(`/summits/${id}/groups`, { name: 'Erhvervsliv', quota: 8 })).json().id;
      assert.equal((await post(`/summits/${id}/organisations`, { name: 'A', kind: 'business_council', groupId, quota: 5 })).statusCode, 201);
      const over = await post(`/summits/${id}/organisations`, { name: 'B', kind: 'business_council', groupId, quota: 4 });
      assert.equal(over.statusCode, 422);
      assert.equal(over.json().code, 'organisation_quotas_exceed_group_quota');
    });

    it('refuses malformed bodies with validation_failed', async () => {
      const response = await post('/summits', { title: '', capacity: 'many' });
      assert.equal(response.statusCode, 422);
      assert.equal(response.json().code, 'validation_failed');
    });

    it('refuses every call without a valid token', async () => {
      const none = await t.app.inject({ method: 'GET', url: '/api/v1/summits' });
      assert.equal(none.statusCode, 401);
      assert.equal(none.json().code, 'unauthenticated');
      const wrong = await post('/summits', { title: 'X', capacity: 3 }, { authorization: 'Bearer not-a-real-token' });
      assert.equal(wrong.statusCode, 401);
    });

    it('answers an unknown summit with 404 not_found', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/summits/does-not-exist', headers: t.auth });
      assert.equal(response.statusCode, 404);
      assert.equal(response.json().code, 'not_found');
    });

    it('refuses an illegal status change with 409 and keeps the status', async () => {
      const id = (await post('/summits', { title: 'Status', capacity: 10 })).json().id;
      const response = await post(`/summits/${id}/status`, { status: 'closed' });
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().code, 'illegal_status_transition');
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/summits/${id}`, headers: t.auth })).json().status, 'draft');
    });

    it('refuses a PATCH that names no known field with 422 validation_failed, and changes nothing', async () => {
      const summitId = (await post('/summits', { title: 'Tom ændring', capacity: 30 })).json().id as string;
      const groupId = (await post(`/summits/${summitId}/groups`, { name: 'Borgere', quota: 10 })).json().id as string;
      const areaId = (await post(`/summits/${summitId}/areas`, { name: 'Orø', population: 900 })).json().id as string;
      const organisationId = (await post(`/summits/${summitId}/organisations`, { name: 'Forum', kind: 'local_forum', groupId, areaId, quota: 2 })).json().id as string;
      const itemId = (await post(`/summits/${summitId}/programme`, { title: 'Velkomst' })).json().id as string;
      const read = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/summits/${summitId}`, headers: t.auth })).json();
      const before = await read();
      for (const url of [`/summits/${summitId}`, `/groups/${groupId}`, `/areas/${areaId}`, `/organisations/${organisationId}`, `/programme-items/${itemId}`]) {
        for (const payload of [{}, { nmae: 'Stavefejl', unknown: 1 }]) {
          const response = await t.app.inject({ method: 'PATCH', url: `/api/v1${url}`, headers: t.auth, payload });
          assert.equal(response.statusCode, 422, `${url} ${JSON.stringify(payload)}: ${response.body}`);
          assert.equal(response.json().code, 'validation_failed');
        }
      }
      assert.deepEqual(await read(), before);
      const renamed = await t.app.inject({ method: 'PATCH', url: `/api/v1/groups/${groupId}`, headers: t.auth, payload: { name: 'Borgerne' } });
      assert.equal(renamed.statusCode, 200);
      assert.equal(renamed.json().name, 'Borgerne');
    });

    it('describes the API in an OpenAPI document', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      const doc = response.json();
      assert.equal(doc.openapi, '3.0.3');
      assert.ok(doc.paths['/api/v1/summits/{summitId}/groups'].post);
    });

    it('serves the demo summit page in Danish with the 18 local forums', async () => {
      await seedDemoSummit(t.deps);
      const list = await t.app.inject({ method: 'GET', url: '/' });
      assert.match(list.body, /href="\/topmoede\/topmoede-om-lokal-udvikling"/);
      const page = await t.app.inject({ method: 'GET', url: '/topmoede/topmoede-om-lokal-udvikling' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="da">/);
      assert.match(page.body, /Udsat – dato mangler/);
      assert.match(page.body, /kontakte dit lokalforum/);
      for (const area of ['Tølløse', 'Orø', 'Tuse Næs', 'Stestrup']) assert.ok(page.body.includes(area), area);
      assert.match(page.body, /Kaare Dybvad/);
      assert.match(page.body, /Anders Nordberg Sejerøe/);
      assert.match(page.body, /fiktive demo-tal/);
      const english = await t.app.inject({ method: 'GET', url: '/topmoede/topmoede-om-lokal-udvikling?lang=en' });
      assert.match(english.body, /<html lang="en">/);
      assert.match(english.body, /contact your local forum/);
    });

    it('hides drafts from the public', async () => {
      const summit = (await post('/summits', { title: 'Hemmeligt udkast', capacity: 10 })).json();
      const page = await t.app.inject({ method: 'GET', url: `/topmoede/${summit.slug}` });
      assert.equal(page.statusCode, 404);
    });
  });
}
