// A NUL byte or half a character (a lone UTF-16 surrogate) cannot be stored as typed: PostgreSQL
// refuses NUL outright, SQLite keeps it. Every text input refuses them at the edge with 422
// invalid_characters (a Danish message on pages), and nothing is stored.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';

// Raw JSON, as a client would send it: JSON.stringify would write the same escapes.
const nul = String.raw`Topm\u00f8de\u0000`;
const loneHigh = String.raw`Topm\ud83d de`;
const loneLow = String.raw`\ude00 Topm\u00f8de`;

for (const kind of databaseKinds()) {
  describe(`text that cannot be stored, on ${kind}`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => { await t.close(); });

    const api = (method: 'GET' | 'POST' | 'PATCH', url: string, rawJson?: string) => t.app.inject({
      method, url: `/api/v1${url}`, headers: { ...t.auth, ...(rawJson ? { 'content-type': 'application/json' } : {}) }, ...(rawJson ? { payload: rawJson } : {}),
    });
    const summits = async () => (await api('GET', '/summits')).json() as { title: string }[];

    it('refuses a NUL byte or a lone surrogate in an API body with 422 invalid_characters, and stores nothing', async () => {
      for (const title of [nul, loneHigh, loneLow]) {
        const response = await api('POST', '/summits', `{"title":"${title}","capacity":30}`);
        assert.equal(response.statusCode, 422, response.body);
        assert.equal(response.json().code, 'invalid_characters');
        assert.equal(response.json().details.field, 'body.title');
      }
      assert.deepEqual(await summits(), []);
    });

    it('keeps a whole character outside the basic plane (an emoji) as it is', async () => {
      const response = await api('POST', '/summits', String.raw`{"title":"Topm\u00f8de \ud83c\udf89","capacity":30}`);
      assert.equal(response.statusCode, 201);
      assert.equal(response.json().title, 'Topmøde 🎉');
    });

    it('refuses them in a PATCH, a nested field, a query and a path, and changes nothing', async () => {
      const summitId = (await api('POST', '/summits', '{"title":"Uændret","capacity":30}')).json().id as string;
      const groupId = (await api('POST', `/summits/${summitId}/groups`, '{"name":"Borgere","quota":5}')).json().id as string;
      const before = (await api('GET', `/summits/${summitId}`)).json();
      const refused = [
        await api('PATCH', `/groups/${groupId}`, `{"name":"${nul}"}`),
        await api('PATCH', `/summits/${summitId}`, `{"description":"${loneHigh}"}`),
        await api('POST', `/groups/${groupId}/apportionment`, `{"overrides":{"${loneLow}":1}}`),
        await api('GET', `/groups/${groupId}/apportionment?method=hare%00`),
        await api('GET', `/summits/${summitId}%00`),
      ];
      for (const response of refused) {
        assert.equal(response.statusCode, 422, response.body);
        assert.equal(response.json().code, 'invalid_characters');
      }
      assert.deepEqual((await api('GET', `/summits/${summitId}`)).json(), before);
    });

    it('refuses an imported list with such a cell, and imports nobody', async () => {
      const summitId = (await api('POST', '/summits', '{"title":"Import","capacity":30}')).json().id as string;
      const groupId = (await api('POST', `/summits/${summitId}/groups`, '{"name":"Borgere","quota":5}')).json().id as string;
      const csv = Buffer.from('navn;email\nAne\u0000 Jensen;ane@example.dk\nBo;bo@example.dk\n').toString('base64');
      const response = await api('POST', `/summits/${summitId}/invitations/import`, JSON.stringify({ fileName: 'liste.csv', contentBase64: csv, groupId, onlyValid: true }));
      assert.equal(response.statusCode, 422, response.body);
      assert.equal(response.json().code, 'invalid_characters');
      assert.deepEqual((await api('GET', `/summits/${summitId}/invitations`)).json(), []);
    });

    it('answers a form with a NUL byte with 422 and the Danish message, and stores nothing', async () => {
      const before = await summits();
      const forms = await (await coordinatorForms(t)).open('/admin');
      const response = await forms.post('/admin/summits', { title: 'Topmøde\u0000', capacity: '30' });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Teksten indeholder tegn, der ikke kan gemmes/);
      assert.deepEqual(await summits(), before);
    });
  });
}
