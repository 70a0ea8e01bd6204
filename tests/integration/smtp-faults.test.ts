// Mail delivery against a real in-process SMTP server that accepts, refuses, stalls and drops the
// connection after reading a message. At least once: nothing accepted by the outbox is lost. A
// duplicate is the rare exception, counted and reported here: a stalled delivery keeps its lease, so
// a second worker does not send it too; only a connection dropped after the server read the
// message (the sender cannot know it arrived) gives one more copy. A message that keeps failing is
// given up after a bounded number of attempts and shown as failed with the reason.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { maxDeliveryAttempts, type OutboxMessage } from '../../src/domain/outbox.ts';
import { createOutboxWorker, type OutboxWorker } from '../../src/mail/outbox-worker.ts';
import { smtpTransport } from '../../src/mail/transports.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Deps } from '../../src/ports.ts';
import { fixedClock, systemClock } from '../../src/system/system-clock.ts';
import { buildSummit } from '../support/builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { createTestApp } from '../support/test-app.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

const from = 'Samskab <noreply@samskab.test>';

/**
 * What the server does depends on the recipient: ok@ accepts; refused@ answers 550 (permanent);
 * busy@ answers 451 (temporary) every time; stall@ reads the message and answers after `stallMs`;
 * drop@ reads the message and drops the connection without answering, the first time for each
 * message, then accepts.
 */
async function faultySmtpServer(stallMs: number) {
  const accepted: string[] = [];
  const droppedOnce = new Set<string>();
  let drops = 0;
  const sockets = new Map<number, Socket>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'], authOptional: true, logger: false,
    onRcptTo(address, _session, callback) {
      const box = address.address.split('@')[0]!.replace(/-\d+$/, '');
      if (box === 'refused') return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      if (box === 'busy') return callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        const id = mail.messageId ?? '';
        const box = (mail.to as { text: string }).text.split('@')[0]!.replace(/-\d+$/, '');
        if (box === 'drop' && !droppedOnce.has(id)) {
          droppedOnce.add(id);
          drops++;
          accepted.push(id); // the server has the message; the sender never hears so
          sockets.get(session.remotePort)?.destroy();
          return;
        }
        const accept = () => { accepted.push(id); callback(); };
        if (box === 'stall') setTimeout(accept, stallMs); else accept();
      }, callback);
    },
  });
  server.server.on('connection', (socket: Socket) => { if (socket.remotePort) sockets.set(socket.remotePort, socket); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, accepted, drops: () => drops,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function queue(deps: Deps, summitId: string, box: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const message = await deps.db.stores.outbox.enqueue({ summitId: summitId as OutboxMessage['summitId'], kind: 'invitation', toAddress: `${box}-${i}@example.dk`,
      subject: 'Invitation: Topmøde', bodyText: `Kære ${i}\n\nSvar her.` }, deps.clock.now());
    ids.push(message.id);
  }
  return ids;
}

const messageIdOf = (id: string) => `<${id}@samskab.test>`;

for (const kind of databaseKinds()) {
  describe(`mail delivery under SMTP faults on ${kind}`, () => {
    let db: TestDatabase;
    before(async () => { db = await createTestDatabase(kind); });
    after(async () => { await db.destroy(); });

    it('keeps the lease of a stalled delivery, so a second worker never sends the same message too', async () => {
      const deps = testDeps(db.database, systemClock);
      const summitId = (await buildSummit(deps)).summit.id;
      const smtp = await faultySmtpServer(1000);
      const second = kind === 'postgres' ? openDatabase({ databaseUrl: db.url!, dataDir: db.dataDir }) : db.database;
      const ids = [...await queue(deps, summitId, 'stall', 2), ...await queue(deps, summitId, 'ok', 4)];
      const workers: OutboxWorker[] = [deps, testDeps(second, systemClock)].map((d) => createOutboxWorker({
        outbox: () => d.db.stores.outbox, clock: systemClock, transport: smtpTransport(smtp.url, from, 10_000), leaseMs: 300, batch: 20,
      }));
      try {
        // Both workers look again and again while the first stalls on the server, well past its 300 ms lease.
        const busy = (worker: OutboxWorker) => (async () => { for (let i = 0; i < 12; i++) { await worker.runOnce(); await new Promise((r) => setTimeout(r, 100)); } })();
        await Promise.all(workers.map(busy));
        const copies = new Map<string, number>();
        for (const id of smtp.accepted) copies.set(id, (copies.get(id) ?? 0) + 1);
        for (const id of ids) assert.equal(copies.get(messageIdOf(id)), 1, `message ${id} arrived ${copies.get(messageIdOf(id)) ?? 0} times`);
        for (const id of ids) assert.equal((await deps.db.stores.outbox.find(id))!.status, 'sent');
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
        if (second !== db.database) await second.close();
        await smtp.close();
      }
    });

    it('gives a message up as failed with the reason: at once when refused, after a bounded number of attempts when it keeps failing', async () => {
      const clock = fixedClock('2026-03-01T10:00:00.000Z');
      const deps = testDeps(db.database, clock);
      const summitId = (await buildSummit(deps)).summit.id;
      const smtp = await faultySmtpServer(0);
      const [refused] = await queue(deps, summitId, 'refused', 1);
      const [busy] = await queue(deps, summitId, 'busy', 1);
      const worker = createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock, transport: smtpTransport(smtp.url, from), jitter: () => 0.5 });
      try {
        await worker.runOnce();
        const gone = (await deps.db.stores.outbox.find(refused!))!;
        assert.equal(gone.status, 'failed', 'a permanent refusal is not retried');
        assert.equal(gone.attempts, 1);
        assert.match(gone.lastError, /550|No such mailbox/);
        for (let round = 0; round < maxDeliveryAttempts + 5; round++) { clock.advance(2 * 60 * 60 * 1000); await worker.runOnce(); }
        const tired = (await deps.db.stores.outbox.find(busy!))!;
        assert.equal(tired.status, 'failed', 'a message that keeps failing is given up');
        assert.equal(tired.attempts, maxDeliveryAttempts);
        assert.match(tired.lastError, /451|busy/);
        assert.equal(smtp.accepted.length, 0);
      } finally {
        await worker.stop();
        await smtp.close();
      }
    });

    it('loses nothing when the server accepts, stalls and drops after reading, and sends a second copy only after a drop', async (t) => {
      const clock = fixedClock('2026-03-02T10:00:00.000Z');
      const deps = testDeps(db.database, clock);
      const summitId = (await buildSummit(deps)).summit.id;
      const smtp = await faultySmtpServer(300);
      const ids = [...await queue(deps, summitId, 'ok', 12), ...await queue(deps, summitId, 'stall', 4), ...await queue(deps, summitId, 'drop', 4)];
      const worker = createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock, transport: smtpTransport(smtp.url, from, 5_000), jitter: () => 0.5 });
      try {
        for (let round = 0; round < 6; round++) { await worker.runOnce(); clock.advance(60_000); }
        const copies = new Map<string, number>();
        for (const id of smtp.accepted) copies.set(id, (copies.get(id) ?? 0) + 1);
        const duplicates = [...copies.values()].reduce((sum, n) => sum + n - 1, 0);
        t.diagnostic(`${ids.length} messages, ${smtp.accepted.length} copies received, ${duplicates} duplicates, ${smtp.drops()} connections dropped after reading`);
        for (const id of ids) {
          assert.ok((copies.get(messageIdOf(id)) ?? 0) >= 1, `message ${id} was lost`);
          assert.equal((await deps.db.stores.outbox.find(id))!.status, 'sent');
        }
        assert.equal(duplicates, smtp.drops(), 'a duplicate only where the server dropped the connection after reading');
        assert.equal(smtp.drops(), 4);
      } finally {
        await worker.stop();
        await smtp.close();
      }
    });

    it('shows a failed message and its reason to the coordinator on the outbox page and in the API', async () => {
      const t = await createTestApp(kind);
      try {
        const summitId = (await buildSummit(t.deps)).summit.id;
        const smtp = await faultySmtpServer(0);
        const [id] = await queue(t.deps, summitId, 'refused', 1);
        const worker = createOutboxWorker({ outbox: () => t.deps.db.stores.outbox, clock: t.deps.clock, transport: smtpTransport(smtp.url, from) });
        await worker.runOnce();
        await worker.stop();
        await smtp.close();
        const api = (await t.app.inject({ url: `/api/v1/summits/${summitId}/outbox`, headers: t.auth })).json() as OutboxMessage[];
        const failed = api.find((m) => m.id === id)!;
        assert.equal(failed.status, 'failed');
        assert.match(failed.lastError, /No such mailbox/);
        const page = await (await coordinatorForms(t)).get(`/admin/summits/${summitId}/outbox`);
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /Nogle e-mails kunne ikke leveres/);
        assert.match(page.body, /<strong>Ikke leveret<\/strong>/);
        assert.match(page.body, /No such mailbox/);
      } finally {
        await t.close();
      }
    });
  });
}
