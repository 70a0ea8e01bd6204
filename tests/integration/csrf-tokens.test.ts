// The forms' CSRF tokens are made by deps.csrf but checked by @fastify/csrf-protection: each
// must pass its check with the visitor's own secret cookie and with no other, and no secret or
// salt is ever handed out twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import { csrfCookie, registerCsrfTokens } from '../../src/server/csrf-tokens.ts';
import { cryptoCsrfTokens } from '../../src/system/csrf-tokens.ts';

const { newSecret: newCsrfSecret, tokenFor: csrfTokenOf } = cryptoCsrfTokens;

describe('CSRF tokens', () => {
  let app: FastifyInstance;
  before(async () => {
    app = Fastify();
    const cookieOpts = { path: '/', sameSite: 'lax', httpOnly: true, signed: false } as const;
    await app.register(cookie);
    await app.register(formbody);
    await app.register(csrf, { cookieKey: csrfCookie, cookieOpts, getToken: (request) => (request.body as Record<string, string> | undefined)?._csrf });
    registerCsrfTokens(app, cryptoCsrfTokens, cookieOpts);
    app.get('/form', async (_request, reply) => reply.send(reply.csrfToken()));
    app.post('/form', { preHandler: app.csrfProtection }, async () => 'ok');
  });
  after(() => app.close());

  const post = (secret: string | undefined, token: string | undefined) => app.inject({
    method: 'POST', url: '/form', cookies: secret ? { [csrfCookie]: secret } : {},
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: token === undefined ? '' : new URLSearchParams({ _csrf: token }).toString(),
  });

  it('gives a new visitor a secret cookie and a token that the check accepts with it', async () => {
    const page = await app.inject({ url: '/form' });
    const secret = page.cookies.find((c) => c.name === csrfCookie);
    assert.ok(secret?.httpOnly);
    assert.equal((await post(secret.value, page.body)).statusCode, 200);
    const again = await app.inject({ url: '/form', cookies: { [csrfCookie]: secret.value } });
    assert.equal(again.cookies.length, 0);
    assert.notEqual(again.body, page.body);
    assert.equal((await post(secret.value, again.body)).statusCode, 200);
  });

  it('refuses a form without a token, with another visitor’s, or with a forged one', async () => {
    const secret = newCsrfSecret();
    assert.equal((await post(secret, undefined)).statusCode, 403);
    assert.equal((await post(undefined, csrfTokenOf(secret))).statusCode, 403);
    assert.equal((await post(secret, csrfTokenOf(newCsrfSecret()))).statusCode, 403);
    const token = csrfTokenOf(secret);
    assert.equal((await post(secret, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).statusCode, 403);
    assert.equal((await post(secret, `${'0'.repeat(12)}${token.slice(12)}`)).statusCode, 403);
  });

  it('never hands out the same secret or salt twice', () => {
    const secrets = new Set(Array.from({ length: 5000 }, newCsrfSecret));
    assert.equal(secrets.size, 5000);
    for (const s of secrets) assert.match(s, /^[\w-]{24}$/);
    const secret = newCsrfSecret();
    const salts = new Set(Array.from({ length: 5000 }, () => csrfTokenOf(secret).split('-')[0]));
    assert.equal(salts.size, 5000);
  });
});
