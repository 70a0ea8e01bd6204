// The server log names no one: a participant's link token in a URL, an email address in an error
// message, and the fields of a logged object are redacted, while the log still says what happened.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import Fastify from 'fastify';
import { lazyChildLogger, redactText, redactUrl } from '../../src/server/log-redaction.ts';
import { composeTestApp } from '../support/test-app.ts';
import { createTestDatabase, testDeps, type TestDatabase } from '../support/test-database.ts';

describe('the server log', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  const lines: string[] = [];
  before(async () => {
    db = await createTestDatabase('sqlite');
    const logStream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    app = await composeTestApp(testDeps(db.database), { logLevel: 'info', logStream });
  });
  after(async () => { await app.close(); await db.destroy(); });

  it('logs requests to personal links without their tokens', async () => {
    const token = 'Zq3xV9_kP2mW7rT1yB8nC4dF6gH0jL5aS-eU';
    await app.inject({ url: `/i/${token}` });
    await app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: {} });
    await app.inject({ url: '/api/v1/summits', headers: { authorization: `Bearer ${token}` } });
    const log = lines.join('');
    assert.match(log, /\/i\/\[token\]/, 'the request is logged');
    assert.ok(!log.includes(token), 'the token is nowhere in the log');
    assert.ok(!log.includes(token.slice(0, 16)));
  });

  it('keeps ids and paths readable, and takes addresses and tokens out of error texts', () => {
    assert.equal(redactUrl('/admin/summits/5e0c7a52-38f4-4a0f-9b0e-1c2d3e4f5a6b/participants'), '/admin/summits/5e0c7a52-38f4-4a0f-9b0e-1c2d3e4f5a6b/participants');
    assert.equal(redactUrl('/r/abcdefghijklmnopqrstuvwxyz012345/nominations?q=anna'), '/r/[token]/nominations?[query]');
    assert.equal(redactText('duplicate key (summit_id, email_key)=(s1, anna.holm@example.dk) at /i/abcdefghijklmnopqrstu'), 'duplicate key (summit_id, email_key)=(s1, [e-mail]) at /i/[token]');
  });

  it("makes a request's logger only when the request logs at a level that is let through, still bound to its request id", () => {
    const written: string[] = [];
    const stream = new Writable({ write(chunk, _encoding, done) { written.push(String(chunk)); done(); } });
    const root = Fastify({ logger: { level: 'warn', stream } }).log;
    let made = 0;
    const child = root.child.bind(root);
    root.child = ((...args: Parameters<typeof child>) => { made++; return child(...args); }) as typeof root.child;
    const quiet = lazyChildLogger(root, { reqId: 'req-1' }, {});
    quiet.info('not let through');
    quiet.debug('nor this');
    assert.equal(made, 0, 'no logger is made for a request that logs nothing');
    const failing = lazyChildLogger(root, { reqId: 'req-2' }, {});
    failing.error({ token: 'hemmelig' }, 'went wrong');
    failing.warn('and a warning');
    assert.equal(made, 1, 'one logger for the request, made once');
    assert.equal(written.length, 2);
    const line = JSON.parse(written[0]!) as Record<string, unknown>;
    assert.equal(line.reqId, 'req-2');
    assert.equal(line.msg, 'went wrong');
  });
});
