// What the HTTP layer answers itself, before any route runs, is in the catalogue's shape too; and
// cookies are Secure when the public URL is https.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeTestApp, createTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, testDeps } from '../support/test-database.ts';

describe('errors the HTTP layer raises itself', () => {
  let t: TestApp;
  before(async () => { t = await createTestApp('sqlite'); });
  after(async () => { await t.close(); });

  const long = 'a'.repeat(120);

  it('answers an API path id over 100 characters with 404 not_found, without echoing the path', async () => {
    for (const url of [`/api/v1/summits/${long}`, `/api/v1/groups/${long}/apportionment`, `/api/v1/invitations/${long}`]) {
      const response = await t.app.inject({ url, headers: t.auth });
      assert.equal(response.statusCode, 404, url);
      assert.deepEqual(Object.keys(response.json()).sort(), ['code', 'message']);
      assert.equal(response.json().code, 'not_found');
      assert.ok(!response.body.includes(long), 'the path is echoed');
    }
  });

  it('answers a page path over 100 characters with the Danish not-found page', async () => {
    for (const url of [`/i/${long}`, `/admin/summits/${long}`, `/r/${long}/nominations`]) {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, 404, url);
      assert.match(response.headers['content-type'] as string, /text\/html/);
      assert.match(response.body, /Siden findes ikke/);
      assert.ok(!response.body.includes(long), 'the path is echoed');
    }
  });

  it('answers a path that cannot be decoded with 400 bad_request', async () => {
    const response = await t.app.inject({ url: '/api/v1/summits/%E0%A4%A', headers: t.auth });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'bad_request');
    assert.ok(!response.body.includes('%E0'), 'the path is echoed');
  });

  it('explains unauthenticated in a sentence', async () => {
    const response = await t.app.inject({ url: '/api/v1/summits' });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'unauthenticated');
    assert.match(response.json().message, /^[A-Z][^_]* [^_]*\.$/);
  });
});

describe('cookies under an https public URL', () => {
  it('marks the language cookie Secure, like the session and CSRF cookies', async () => {
    const db = await createTestDatabase('sqlite');
    const app = await composeTestApp(testDeps(db.database, undefined, 'https://samskab.test'), { secureCookies: true });
    try {
      const response = await app.inject({ url: '/login?lang=en' });
      const cookies = new Map(response.cookies.map((c) => [c.name, c]));
      assert.equal(cookies.get('samskab_lang')?.value, 'en');
      for (const [name, cookie] of cookies) assert.equal(cookie.secure, true, `${name} is not Secure`);
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
