// Mail at rest, on both databases: a message keeps its personal link only while a delivery still
// needs it. Delivered or given up as failed, its stored text and calendar file lose the link (the
// raw database holds no token); after the grace period both lose their text altogether and keep
// only what the audit reads (kind, recipient, subject, status, times, attempts, the error).
// Failed messages stored before the worker took their links out lose them in a migration.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { OutboxMessage } from '../../src/domain/outbox.ts';
import { sentMessageGraceDays } from '../../src/domain/personal-data/retention.ts';
import { createOutboxWorker } from '../../src/mail/outbox-worker.ts';
import type { MailTransport } from '../../src/mail/transports.ts';
import { up as takeLinksOutOfFailedMail } from '../../src/storage/migrations/2026-12-02-85-failed-mail-links.ts';
import type { Deps } from '../../src/ports.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { purgePersonalData } from '../../src/use-cases/personal-data/purge-personal-data.ts';
import { buildSummit } from '../support/builders.ts';
import { searchRawDatabase } from '../support/raw-database-search.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

type Clock = ReturnType<typeof fixedClock>;

/** A transport that refuses every message as an SMTP server does for an unknown mailbox (5xx). */
const refusingTransport: MailTransport = {
  kind: 'smtp',
  send: async () => { throw Object.assign(new Error('550 5.1.1 No such mailbox'), { responseCode: 550 }); },
  close: () => undefined,
};
const acceptingTransport: MailTransport = { kind: 'smtp', send: async () => undefined, close: () => undefined };

const newToken = () => randomBytes(24).toString('base64url');

/** A message with a participant link in its text and in a calendar file folded across lines. */
async function queueWithLink(deps: Deps, summitId: string, to: string): Promise<{ id: string; token: string }> {
  const token = newToken();
  const link = `http://samskab.test/i/${token}`;
  const ics = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nURL:${link.slice(0, 40)}\r\n ${link.slice(40)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
  const message = await deps.db.stores.outbox.enqueue({
    summitId: summitId as OutboxMessage['summitId'], kind: 'invitation', toAddress: to, subject: 'Invitation: Topmøde',
    bodyText: `Kære deltager\n\nSvar her:\n${link}\n`, attachments: [{ filename: 'topmoede.ics', contentType: 'text/calendar', content: ics }],
  }, deps.clock.now());
  return { id: message.id, token };
}

const storedText = (m: OutboxMessage) => [m.bodyText, ...m.attachments.map((a) => a.content.replace(/\r?\n[ \t]/g, ''))].join('\n');

for (const kind of databaseKinds()) {
  describe(`mail at rest (${kind})`, () => {
    let db: TestDatabase;
    let deps: Deps;
    let clock: Clock;
    let summitId: string;
    before(async () => {
      db = await createTestDatabase(kind);
      clock = fixedClock('2026-05-01T09:00:00.000Z');
      deps = testDeps(db.database, clock);
      summitId = (await buildSummit(deps)).summit.id;
    });
    after(async () => { await db.destroy(); });

    const worker = (transport: MailTransport) => createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock, transport, jitter: () => 0.5 });

    it('keeps no personal link of a message given up as failed, in its row or anywhere in the raw database', async () => {
      const { id, token } = await queueWithLink(deps, summitId, 'ukendt.modtager@example.dk');
      assert.ok(storedText((await deps.db.stores.outbox.find(id))!).includes(token), 'a queued message needs its link to be delivered');
      await worker(refusingTransport).runOnce();
      const failed = (await deps.db.stores.outbox.find(id))!;
      assert.equal(failed.status, 'failed');
      assert.ok(!storedText(failed).includes(token.slice(0, 16)), 'the failed message lost its link');
      assert.match(failed.bodyText, /\/i\/\[personligt link fjernet\]/);
      // What the coordinator and the audit read stays.
      assert.deepEqual([failed.kind, failed.toAddress, failed.subject, failed.attempts], ['invitation', 'ukendt.modtager@example.dk', 'Invitation: Topmøde', 1]);
      assert.match(failed.lastError, /550/);
      await deps.db.stores.personalData.compact();
      assert.deepEqual(await searchRawDatabase(db, [token.slice(0, 16)]), [], 'no part of the token is stored');
    });

    it('empties delivered and failed messages after the grace period, keeping what the audit needs', async () => {
      clock.set('2026-06-01T09:00:00.000Z');
      const sent = await queueWithLink(deps, summitId, 'modtager@example.dk');
      await worker(acceptingTransport).runOnce();
      const failed = await queueWithLink(deps, summitId, 'ukendt@example.dk');
      await worker(refusingTransport).runOnce();
      const grace = sentMessageGraceDays * 86_400_000;
      const at = (ms: number) => new Date(new Date('2026-06-01T09:00:00.000Z').getTime() + ms).toISOString();

      await purgePersonalData(deps, at(grace - 60_000));
      for (const { id } of [sent, failed]) assert.match((await deps.db.stores.outbox.find(id))!.bodyText, /Svar her/, 'the text stays during the grace period');

      const report = await purgePersonalData(deps, at(grace + 60_000));
      assert.ok(report.scrubbedMessages >= 2);
      const [afterSent, afterFailed] = [(await deps.db.stores.outbox.find(sent.id))!, (await deps.db.stores.outbox.find(failed.id))!];
      for (const m of [afterSent, afterFailed]) {
        assert.equal(m.bodyText, '');
        assert.deepEqual(m.attachments, []);
        assert.equal(m.subject, 'Invitation: Topmøde');
      }
      assert.deepEqual([afterSent.status, afterSent.toAddress, afterSent.sentAt !== null], ['sent', 'modtager@example.dk', true]);
      assert.deepEqual([afterFailed.status, afterFailed.toAddress], ['failed', 'ukendt@example.dk']);
      assert.match(afterFailed.lastError, /550/);
      assert.deepEqual(await searchRawDatabase(db, [sent.token.slice(0, 16), failed.token.slice(0, 16)]), []);
    });

    it('leaves a queued message its link, however old, since it is still to be delivered', async () => {
      const { id, token } = await queueWithLink(deps, summitId, 'venter@example.dk');
      await purgePersonalData(deps, '2030-01-01T00:00:00.000Z');
      assert.ok(storedText((await deps.db.stores.outbox.find(id))!).includes(token));
      await worker(acceptingTransport).runOnce();
    });

    it('takes the links out of failed messages stored before the worker did so itself', async () => {
      const { id, token } = await queueWithLink(deps, summitId, 'gammel.fejl@example.dk');
      // A message given up by an earlier version kept its text as queued.
      await sql`update outbox_messages set status = 'failed', last_error = '550 No such mailbox' where id = ${id}`.execute(db.database.db);
      assert.ok(storedText((await deps.db.stores.outbox.find(id))!).includes(token));
      await takeLinksOutOfFailedMail(db.database.db as unknown as Kysely<unknown>);
      const cleaned = (await deps.db.stores.outbox.find(id))!;
      assert.ok(!storedText(cleaned).includes(token.slice(0, 16)));
      assert.match(cleaned.bodyText, /Kære deltager/, 'the rest of the text stays for the coordinator to read');
      await deps.db.stores.personalData.compact();
      assert.deepEqual(await searchRawDatabase(db, [token.slice(0, 16)]), []);
    });
  });
}
