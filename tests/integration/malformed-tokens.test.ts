// A link that was cut short, or made up, names nothing: every page behind a token in its path
// answers the ordinary "not found" page, never a 500 with a stack trace.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const short = 'short';
const tokenRoutes: [method: 'GET' | 'POST', path: string][] = [
  ['GET', `/i/${short}`], ['GET', `/i/${short}/kalender.ics`], ['GET', `/i/${short}/bord`], ['GET', `/i/${short}/min-dag`],
  ['GET', `/i/${short}/noter`], ['POST', `/i/${short}/noter`], ['POST', `/i/${short}/accept`], ['POST', `/i/${short}/details`],
  ['POST', `/i/${short}/decline`], ['POST', `/i/${short}/reconfirm`],
  ['GET', `/r/${short}`], ['POST', `/r/${short}/nominations`], ['POST', `/r/${short}/nominations/n1/withdraw`],
  ['POST', `/r/${short}/waitlist/n1/up`], ['POST', `/r/${short}/interest/i1/accept`], ['POST', `/r/${'x'.repeat(20)}/interest/i1/maybe`],
  ['GET', `/checkin/${short}`], ['GET', `/s/${short}`], ['POST', `/s/${short}`],
];

describe('malformed tokens on the web token routes', () => {
  let t: TestApp;
  let csrf: { token: string; cookies: Record<string, string> };
  before(async () => {
    t = await createTestApp('sqlite');
    const login = await t.app.inject({ url: '/login' });
    csrf = { token: /name="_csrf" value="([^"]+)"/.exec(login.body)![1]!, cookies: Object.fromEntries(login.cookies.map((c) => [c.name, c.value])) };
  });
  after(async () => { await t.close(); });

  for (const [method, path] of tokenRoutes) {
    it(`${method} ${path} answers the not-found page`, async () => {
      const response = method === 'GET'
        ? await t.app.inject({ url: path })
        : await t.app.inject({ method, url: path, cookies: csrf.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ _csrf: csrf.token, name: 'Ane', email: 'ane@example.dk', keyPoints: 'x' }).toString() });
      assert.equal(response.statusCode, 404, response.body.slice(0, 300));
      assert.match(response.body, /Siden findes ikke/);
    });
  }

  it('answers a hand-edited form field with 422 and the Danish message, not a 500', async () => {
    const summitId = (await t.app.inject({ method: 'POST', url: '/api/v1/summits', headers: t.auth, payload: { title: 'Regler', capacity: 10 } })).json().id as string;
    const forms = await (await coordinatorForms(t)).open(`/admin/summits/${summitId}/day`);
    const response = await forms.post(`/admin/summits/${summitId}/day/links`, { label: 'x'.repeat(5000) });
    assert.equal(response.statusCode, 422, response.body.slice(0, 300));
    assert.match(response.body, /Oplysningerne er ikke gyldige/);
  });
});
