// The municipality's details as data controller through the JSON API, on both databases: read and
// replaced whole with a coordinator's token, refused field by field with stable problem codes
// (nothing saved), refused without a token or with a read-only one, documented in OpenAPI, and
// shown at once in every summit's privacy notice.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApiToken } from '../../src/use-cases/manage-coordinators.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const odsherred = {
  municipality: 'Odsherred Kommune', address: 'Nyvej 22\n4573 Højby', cvr: '29 18 85 48', email: 'kommunen@odsherred.dk', phone: '59 66 66 66',
  dpoName: '', dpoEmail: 'dpo@odsherred.dk', dpoPhone: '', recipients: 'Driftsfirma A/S (hosting)',
};

for (const kind of databaseKinds()) {
  describe(`the data controller settings API (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    const url = '/api/v1/settings/data-controller';
    const api = (method: 'GET' | 'PUT', payload?: object, headers: Record<string, string> = t.auth) =>
      t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

    it('reads every field empty and updatedAt null before anything was saved', async () => {
      const response = await api('GET');
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json(), { municipality: '', address: '', cvr: '', email: '', phone: '', dpoName: '', dpoEmail: '', dpoPhone: '', recipients: '', updatedAt: null });
    });

    it('replaces the details, normalised, and every summit\'s notice shows them', async () => {
      const saved = await api('PUT', odsherred);
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().cvr, '29188548', 'the CVR is kept without the spaces typed in it');
      assert.equal(saved.json().updatedAt, t.deps.clock.now());
      assert.deepEqual((await api('GET')).json(), saved.json());
      const summit = (await t.app.inject({ method: 'POST', url: '/api/v1/summits', headers: t.auth, payload: { title: 'Topmøde om kysten', capacity: 10, startsAt: '2027-04-01T08:00:00.000Z' } })).json();
      await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summit.id}/status`, headers: t.auth, payload: { status: 'published' } });
      const notice = await t.app.inject({ url: `/topmoede/${summit.slug}/privatliv` });
      assert.match(notice.body, /Odsherred Kommune/);
      assert.match(notice.body, /mailto:dpo@odsherred\.dk/);
    });

    it('refuses wrong fields with validation_failed and a problem code per field, and saves nothing', async () => {
      const before = (await api('GET')).json();
      const refused = await api('PUT', { ...odsherred, municipality: ' ', cvr: '123', email: 'ikke-en-adresse', dpoPhone: 'ring' });
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().code, 'validation_failed');
      assert.deepEqual(refused.json().details, { municipality: 'required', cvr: 'invalid_cvr', email: 'invalid_email', dpoPhone: 'invalid_phone' });
      assert.deepEqual((await api('GET')).json(), before);
      const missing = await api('PUT', { municipality: 'Odsherred Kommune' });
      assert.equal(missing.statusCode, 422, 'a PUT replaces the whole record, so the required fields must be sent');
      assert.equal(missing.json().code, 'validation_failed');
      const misspelt = await api('PUT', { ...odsherred, dpoMail: 'dpo@odsherred.dk' });
      assert.equal(misspelt.statusCode, 422, 'an unknown field is refused, not ignored');
      assert.deepEqual((await api('GET')).json(), before);
    });

    it('answers 401 without a token and 403 to a read-only token that would change the details', async () => {
      assert.equal((await api('GET', undefined, {})).json().code, 'unauthenticated');
      assert.equal((await api('PUT', odsherred, {})).statusCode, 401);
      const reader = await createApiToken(t.deps, { email: 'koordinator@example.dk' }, 'læser', { scope: 'read' });
      const headers = { authorization: `Bearer ${reader.token}` };
      assert.equal((await api('GET', undefined, headers)).statusCode, 200);
      const refused = await api('PUT', odsherred, headers);
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().code, 'forbidden');
    });

    it('is described in the OpenAPI document with its body', async () => {
      const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
      const path = spec.paths['/api/v1/settings/data-controller'];
      assert.ok(path.get && path.put, 'GET and PUT are documented');
      const schema = path.put.requestBody.content['application/json'].schema;
      assert.deepEqual(Object.keys(schema.properties).sort(), ['address', 'cvr', 'dpoEmail', 'dpoName', 'dpoPhone', 'email', 'municipality', 'phone', 'recipients']);
      assert.match(path.put.summary, /invalid_cvr/);
    });
  });
}
