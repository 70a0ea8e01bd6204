// The outbox: every queued message is delivered exactly once, by whichever worker claims it, also
// with two workers on one database; SMTP failures are retried later; a message whose worker died
// is delivered again after its lease (to the same file, with the same Message-ID). The server's
// mail thread delivers the same way, several messages at a time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { openDatabase } from '../../src/storage/database.ts';
import { createOutboxWorker } from '../../src/mail/outbox-worker.ts';
import { threadedTransport } from '../../src/mail/threaded-transport.ts';
import { fileTransport, smtpTransport, type MailTransport } from '../../src/mail/transports.ts';
import type { Deps } from '../../src/ports.ts';
import type { OutboxMessage } from '../../src/domain/outbox.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { buildSummit } from '../support/builders.ts';

const from = 'Samskab <noreply@samskab.test>';

async function queue(deps: Deps, summitId: string, count: number, prefix = 'm') {
  for (let i = 0; i < count; i++) {
    await deps.db.stores.outbox.enqueue({ summitId: summitId as OutboxMessage['summitId'], kind: 'invitation', toAddress: `${prefix}${i}@example.dk`,
      subject: 'Invitation: Topmøde', bodyText: `Kære ${i}\n\nSvar her:\nhttp://samskab.test/i/token${prefix}${i}abcdefghijklmnop\n\nÆble og ø.` }, deps.clock.now());
  }
}

for (const kind of databaseKinds()) {
  describe(`outbox on ${kind}`, () => {
    let db: TestDatabase;
    let deps: Deps;
    let summitId: string;
    before(async () => {
      db = await createTestDatabase(kind);
      deps = testDeps(db.database);
      summitId = (await buildSummit(deps)).summit.id;
    });
    after(async () => { await db.destroy(); });

    it('delivers each message exactly once when two workers on two connections claim at once', async () => {
      await queue(deps, summitId, 40, 'two');
      const second = kind === 'postgres' ? openDatabase({ databaseUrl: db.url!, dataDir: db.dataDir }) : db.database;
      const deps2 = testDeps(second);
      const sent: string[] = [];
      const recording = (name: string): MailTransport => ({ kind: 'file', async send(m) { await new Promise((r) => setTimeout(r, 1)); sent.push(`${name}:${m.id}`); }, close() {} });
      const workers = [
        createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock: deps.clock, transport: recording('a'), batch: 3 }),
        createOutboxWorker({ outbox: () => deps2.db.stores.outbox, clock: deps2.clock, transport: recording('b'), batch: 3 }),
      ];
      const delivered = await Promise.all([workers[0]!.runOnce(), workers[1]!.runOnce(), workers[0]!.runOnce(), workers[1]!.runOnce()]);
      if (second !== db.database) await second.close();
      const ids = sent.map((s) => s.split(':')[1]);
      assert.equal(ids.length, 40, 'every message delivered');
      assert.equal(new Set(ids).size, 40, 'no message delivered twice');
      assert.equal(delivered.reduce((a, b) => a + b, 0), 40);
      assert.deepEqual(await deps.db.stores.outbox.claimDue('c', deps.clock.now(), deps.clock.now(), 10), []);
    });

    it('writes .eml files named by message id, with the link readable in the body and gone from the database', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'samskab-outbox-'));
      await queue(deps, summitId, 2, 'file');
      const worker = createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock: deps.clock, transport: fileTransport(dir, from) });
      assert.equal(await worker.runOnce(), 2);
      const files = readdirSync(dir);
      assert.equal(files.length, 2);
      const parsed = await simpleParser(readFileSync(join(dir, files[0]!)));
      assert.match(parsed.text ?? '', /http:\/\/samskab\.test\/i\/tokenfile\dabcdefghijklmnop/);
      assert.match(parsed.text ?? '', /Æble og ø/);
      assert.equal(parsed.messageId, `<${files[0]!.replace('.eml', '')}@samskab.test>`);
      const stored = (await deps.db.stores.outbox.find(files[0]!.replace('.eml', '')))!;
      assert.equal(stored.status, 'sent');
      assert.doesNotMatch(stored.bodyText, /tokenfile/, 'the personal link is not kept in the database once delivered');
      assert.match(stored.bodyText, /\/i\/\[personligt link fjernet\]/);
    });

    it('retries after an SMTP failure with backoff and then delivers once to a real SMTP server', async () => {
      const received: { to: string; text: string; messageId: string }[] = [];
      let refuse = true;
      const server = new SMTPServer({
        disabledCommands: ['STARTTLS'], authOptional: true, logger: false,
        onRcptTo(_address, _session, callback) { callback(refuse ? Object.assign(new Error('Mailbox busy'), { responseCode: 451 }) : undefined); },
        onData(stream, _session, callback) {
          simpleParser(stream).then((m) => { received.push({ to: (m.to as { text: string }).text, text: m.text ?? '', messageId: m.messageId ?? '' }); callback(); }, callback);
        },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.server.address() as AddressInfo).port;
      const clock = fixedClock('2026-03-01T10:00:00.000Z');
      const smtpDeps = { ...deps, clock };
      const summit = (await buildSummit(smtpDeps)).summit.id;
      await queue(smtpDeps, summit, 1, 'smtp');
      const transport = smtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`, from);
      const worker = createOutboxWorker({ outbox: () => smtpDeps.db.stores.outbox, clock, transport });
      try {
        assert.equal(await worker.runOnce(), 0, 'refused the first time');
        const [waiting] = await smtpDeps.db.stores.outbox.listForSummit(summit, 10);
        assert.equal(waiting!.status, 'queued');
        assert.match(waiting!.lastError, /451|busy/i);
        refuse = false;
        assert.equal(await worker.runOnce(), 0, 'not retried before the backoff');
        clock.advance(6_000);
        assert.equal(await worker.runOnce(), 1);
        assert.equal(await worker.runOnce(), 0, 'never sent twice');
        assert.equal(received.length, 1);
        assert.match(received[0]!.text, /\/i\/tokensmtp0abcdefghijklmnop/);
        assert.equal(received[0]!.messageId, `<${waiting!.id}@samskab.test>`);
        assert.equal((await smtpDeps.db.stores.outbox.find(waiting!.id))!.status, 'sent');
      } finally {
        transport.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });

    it('delivers through the mail thread several at a time, each once, and marks them sent', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'samskab-outbox-thread-'));
      const summit = (await buildSummit(deps)).summit.id;
      await queue(deps, summit, 30, 'thread');
      const transport = threadedTransport({ kind: 'file', dir, from });
      const worker = createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock: deps.clock, transport, batch: 12, parallel: 5 });
      try {
        assert.equal(await worker.runOnce(), 30);
        assert.equal(await worker.runOnce(), 0, 'nothing is sent twice');
      } finally {
        transport.close();
      }
      const files = readdirSync(dir);
      assert.equal(files.filter((f) => f.endsWith('.eml')).length, 30);
      assert.deepEqual(files.filter((f) => !f.endsWith('.eml')), [], 'no temporary file is left behind');
      const messages = await deps.db.stores.outbox.listForSummit(summit, 100);
      assert.deepEqual(new Set(messages.map((m) => m.status)), new Set(['sent']));
      for (const m of messages) assert.doesNotMatch(m.bodyText, /tokenthread/, 'every kept copy is without its personal link');
    });

    it('gives a message up at once when the SMTP server refuses it for good, also from the mail thread', async () => {
      const server = new SMTPServer({
        disabledCommands: ['STARTTLS'], authOptional: true, logger: false,
        onRcptTo(_address, _session, callback) { callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 })); },
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const summit = (await buildSummit(deps)).summit.id;
      await queue(deps, summit, 1, 'refused');
      const transport = threadedTransport({ kind: 'smtp', url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?ignoreTLS=true`, from });
      const worker = createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock: deps.clock, transport });
      try {
        assert.equal(await worker.runOnce(), 0);
        const [refused] = await deps.db.stores.outbox.listForSummit(summit, 10);
        assert.equal(refused!.status, 'failed', 'the 550 reached the worker as a permanent refusal');
        assert.match(refused!.lastError, /550|mailbox/i);
      } finally {
        transport.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });

    it('delivers again after the lease runs out when the worker that claimed a message died', async () => {
      const clock = fixedClock('2026-03-02T10:00:00.000Z');
      const d = { ...deps, clock };
      const summit = (await buildSummit(d)).summit.id;
      await queue(d, summit, 1, 'crash');
      const claimed = await d.db.stores.outbox.claimDue('dead-worker', clock.now(), new Date(Date.parse(clock.now()) + 60_000).toISOString(), 10);
      assert.equal(claimed.length, 1);
      const sent: string[] = [];
      const worker = createOutboxWorker({ outbox: () => d.db.stores.outbox, clock, transport: { kind: 'file', async send(m) { sent.push(m.id); }, close() {} } });
      assert.equal(await worker.runOnce(), 0, 'a live lease is respected');
      clock.advance(61_000);
      assert.equal(await worker.runOnce(), 1);
      assert.deepEqual(sent, [claimed[0]!.id]);
      assert.equal(await d.db.stores.outbox.markSent(claimed[0]!.id, 'dead-worker', clock.now()), false, 'the dead worker lost its claim');
    });
  });
}
