// The security headers are written once at start-up instead of by helmet on every request: every
// response must still carry exactly what helmet run on that request sets, a page served from
// memory as much as one rendered for the request.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import helmet from 'helmet';
import { securityHeaderOptions } from '../../src/server/security-headers.ts';
import { seedDemoSummit } from '../../src/use-cases/summit/seed-demo-summit.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** What helmet itself sets when it runs on a request, as @fastify/helmet ran it. */
async function headersHelmetSets(logoUrl: string | undefined, keptLogoUrl: string | undefined): Promise<Record<string, string>> {
  const reference = Fastify();
  reference.addHook('onRequest', (request, reply, done) =>
    helmet(securityHeaderOptions(logoUrl, keptLogoUrl))(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
  reference.get('/', async () => 'ok');
  const res = await reference.inject({ url: '/' });
  await reference.close();
  const own = new Set(['content-type', 'content-length', 'date', 'connection']);
  return Object.fromEntries(Object.entries(res.headers).filter(([name]) => !own.has(name)).map(([name, value]) => [name, String(value)]));
}

const without = (headers: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));

describe('security headers', () => {
  let t: TestApp;
  let slug: string;
  before(async () => {
    t = await createTestApp('sqlite');
    ({ summit: { slug } } = await seedDemoSummit(t.deps));
  });
  after(async () => { await t.close(); });

  it('puts on every response exactly the headers helmet sets on a request', async () => {
    const expected = await headersHelmetSets(t.deps.branding?.logoUrl, undefined);
    assert.ok(expected['content-security-policy']?.includes("frame-ancestors 'none'"), 'the reference is helmet with our policy');
    assert.equal(expected['x-frame-options'], 'DENY');
    const responses = {
      'public page, rendered': await t.app.inject({ url: `/topmoede/${slug}` }),
      'public page, from memory': await t.app.inject({ url: `/topmoede/${slug}` }),
      'front page': await t.app.inject({ url: '/' }),
      'unknown page': await t.app.inject({ url: '/findes-ikke' }),
      'API without a token': await t.app.inject({ url: '/api/v1/summits' }),
      'form sent without a CSRF token': await t.app.inject({ method: 'POST', url: '/login', payload: { email: 'a@example.dk', password: 'x' } }),
      'static asset': await t.app.inject({ url: '/assets/app.css' }),
    };
    assert.equal(responses['public page, from memory'].headers['x-samskab-cache'], 'hit');
    for (const [what, res] of Object.entries(responses)) {
      for (const [name, value] of Object.entries(expected)) assert.equal(res.headers[name], value, `${what}: ${name}`);
    }
  });

  it('gives a page served from memory the same headers as the page rendered for its request', async () => {
    // The page after a sent interest form: kept apart from the plain page, so not yet rendered.
    const first = await t.app.inject({ url: `/topmoede/${slug}?tak=1` });
    const second = await t.app.inject({ url: `/topmoede/${slug}?tak=1` });
    assert.equal(first.headers['x-samskab-cache'], 'miss');
    assert.equal(second.headers['x-samskab-cache'], 'hit');
    // The date and each visitor's own CSRF cookie differ by nature; everything else is the same.
    const perResponse = ['date', 'set-cookie', 'x-samskab-cache'];
    assert.deepEqual(without(second.headers, perResponse), without(first.headers, perResponse));
  });
});
