// Every /api/v1 route answers from a declared shape: the app refuses to start with a route that
// declares none for a success status (or not the error shape), the OpenAPI document shows the shape
// of every answer, and a field a handler returns beyond its shape never reaches the client.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../../src/server/app.ts';
import { createSeatingJobs } from '../../src/jobs/seating-jobs.ts';
import { answers } from '../../src/server/api-responses.ts';
import { buildDaySummit } from '../support/check-in-builders.ts';
import { buildRecruitingSummit } from '../support/registration.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

interface Operation {
  responses: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

describe('response shapes of the JSON API', () => {
  let t: TestApp;
  before(async () => { t = await createTestApp(); });
  after(async () => { await t.close(); });

  /** The app with one more route, as a later feature would add it. */
  const plant = (route: (app: FastifyInstance) => void) =>
    buildApp({ deps: t.deps, planRunner: createSeatingJobs(), secureCookies: false, routes: [route] });

  it('documents a shape for the success and the errors of every /api/v1 operation', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, unknown> };
    };
    const operations = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })));
    assert.ok(operations.length > 60, `only ${operations.length} API operations documented`);
    const missing: string[] = [];
    for (const { name, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      const successes = statuses.filter((s) => /^2\d\d$/.test(s));
      if (successes.length === 0) missing.push(`${name}: no success status`);
      for (const status of successes) {
        const answer = operation.responses[status]!;
        const shaped = status === '204' ? answer.content === undefined : Object.values(answer.content ?? {}).some((media) => media.schema !== undefined);
        if (!shaped) missing.push(`${name}: ${status} without a shape`);
      }
      for (const status of ['4XX', '5XX']) {
        const schema = operation.responses[status]?.content?.['application/json']?.schema;
        if (JSON.stringify(schema) !== JSON.stringify({ $ref: '#/components/schemas/Error' })) missing.push(`${name}: ${status} not the error shape`);
      }
    }
    assert.deepEqual(missing, []);
    for (const name of ['Error', 'Summit', 'Invitation', 'SeatingPlan']) assert.ok(doc.components.schemas[name], `component ${name}`);
  });

  it('answers the successes no other test reaches within their shapes (a body off its shape would be a 500)', async () => {
    const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, authorised = true) => {
      const response = await t.app.inject({ method, url: `/api/v1${url}`, headers: authorised ? t.auth : {}, ...(payload ? { payload } : {}) });
      assert.ok(response.statusCode < 300, `${method} ${url} answered ${response.statusCode} ${response.body}`);
      return response.statusCode === 204 ? undefined : response.json();
    };
    const summit = await call('POST', '/summits', { title: 'Formerne', capacity: 40 });
    const group = await call('POST', `/summits/${summit.id}/groups`, { name: 'Borgere', quota: 20 });
    const area = await call('POST', `/summits/${summit.id}/areas`, { name: 'Orø', population: 900 });
    await call('POST', `/summits/${summit.id}/areas`, { name: 'Tuse Næs', population: 1900 });
    const item = await call('POST', `/summits/${summit.id}/programme`, { title: 'Velkomst', startsAt: '09.00' });
    const other = await call('POST', `/summits/${summit.id}/organisations`, { name: 'Erhvervsrådet', kind: 'business_council', groupId: group.id, quota: 1 });
    assert.equal((await call('PATCH', `/groups/${group.id}`, { quota: 25 })).quota, 25);
    assert.equal((await call('PATCH', `/areas/${area.id}`, { mainTown: 'Orø by' })).mainTown, 'Orø by');
    assert.equal((await call('PATCH', `/programme-items/${item.id}`, { endsAt: '10.00' })).endsAt, '10:00');
    await call('DELETE', `/organisations/${other.id}`);
    const proposal = await call('GET', `/groups/${group.id}/apportionment?method=dhondt&minimum=1`);
    assert.deepEqual(Object.keys(proposal).sort(), ['groupId', 'method', 'minimum', 'rows', 'seats']);
    const applied = await call('POST', `/groups/${group.id}/apportionment`, { method: 'hare' });
    assert.equal(applied.rows.reduce((sum: number, row: { seats: number }) => sum + row.seats, 0), 25);

    const { organisations } = await buildRecruitingSummit(t.deps, { organisations: 1, seats: 1 });
    const link = `/recruiter/${organisations[0]!.token}`;
    const ane = await call('POST', `${link}/nominations`, { name: 'Ane', email: 'ane@example.dk' }, false);
    const bo = await call('POST', `${link}/nominations`, { name: 'Bo', email: 'bo@example.dk' }, false);
    const cy = await call('POST', `${link}/nominations`, { name: 'Cy', email: 'cy@example.dk' }, false);
    const order = await call('PUT', `${link}/waitlist`, { order: [cy.id, bo.id] }, false);
    assert.deepEqual(order.map((n: { id: string }) => n.id), [cy.id, bo.id]);
    const withdrawn = await call('DELETE', `${link}/nominations/${ane.id}`, undefined, false);
    assert.equal(withdrawn.status, 'withdrawn');
    assert.equal(withdrawn.needs, undefined, 'a recruiter never sees needs');

    const day = (await buildDaySummit(t.deps, { people: 3 })).summit.id;
    assert.deepEqual(await call('POST', `/summits/${day}/messages-to-missing`, { body: 'Vi savner jer.' }), { sent: 3 });
    await call('POST', `/summits/${day}/reschedule`, { startsAt: '2027-05-20T09:00:00+02:00', reconfirmBy: '2027-05-01T09:00:00+02:00' });
    const extended = await call('POST', `/summits/${day}/reconfirm-deadline`, { reconfirmBy: '2027-05-10T09:00:00+02:00' });
    assert.equal(extended.reconfirmBy, '2027-05-10T07:00:00.000Z');
  });

  it('refuses to start with an /api/v1 route that declares no shape for its success', async () => {
    await assert.rejects(plant((app) => { app.get('/api/v1/planted', async () => ({ tokenHash: 'x' })); }),
      /GET \/api\/v1\/planted declares no response shape/);
    await assert.rejects(plant((app) => { app.get('/api/v1/planted', { schema: { response: { 404: z.object({ code: z.string() }) } } }, async () => ({})); }),
      /GET \/api\/v1\/planted declares no response shape for a success status/);
  });

  it('refuses to start with an /api/v1 route whose errors are not the error shape', async () => {
    await assert.rejects(plant((app) => { app.get('/api/v1/planted', { schema: { response: { 200: z.object({ id: z.string() }) } } }, async () => ({ id: '1' })); }),
      /GET \/api\/v1\/planted declares no error shape/);
  });

  it('leaves out what a handler returns beyond the shape, and answers errors in the error shape', async () => {
    const app = await plant((scope) => {
      scope.get('/api/v1/planted/:id', { schema: { response: answers({ 200: z.object({ id: z.string() }) }) } }, async (request, reply) => {
        const { id } = request.params as { id: string };
        if (id === 'missing') return reply.status(404).type('application/json').send({ code: 'not_found', message: 'No such thing.', details: { id } });
        return { id, tokenHash: 'a-secret-hash' };
      });
    });
    try {
      const ok = await app.inject({ url: '/api/v1/planted/one' });
      assert.equal(ok.statusCode, 200);
      assert.deepEqual(ok.json(), { id: 'one' });
      assert.doesNotMatch(ok.body, /a-secret-hash/);
      const refused = await app.inject({ url: '/api/v1/planted/missing' });
      assert.equal(refused.statusCode, 404);
      assert.deepEqual(refused.json(), { code: 'not_found', message: 'No such thing.', details: { id: 'missing' } });
    } finally {
      await app.close();
    }
  });

  it('answers a 500, not a malformed body, when a handler returns less than its shape', async () => {
    const app = await plant((scope) => {
      scope.get('/api/v1/planted', { schema: { response: answers({ 200: z.object({ id: z.string(), name: z.string() }) }) } }, async () => ({ id: '1' }));
    });
    try {
      const response = await app.inject({ url: '/api/v1/planted' });
      assert.equal(response.statusCode, 500);
      assert.equal(response.json().code, 'internal_error');
    } finally {
      await app.close();
    }
  });
});
