// A server-like process for the crash test: reschedules a summit (a no-op when it already was) and
// delivers the outbox as .eml files, slowly, until it is killed or the outbox is empty.
import { join } from 'node:path';
import { createOutboxWorker } from '../../src/mail/outbox-worker.ts';
import { fileTransport } from '../../src/mail/transports.ts';
import { migrateToLatest, openDatabase } from '../../src/storage/database.ts';
import { rescheduleSummit } from '../../src/use-cases/lifecycle/reschedule-summit.ts';
import { systemClock } from '../../src/system/system-clock.ts';
import type { SummitId } from '../../src/domain/ids.ts';
import { testDeps } from './test-database.ts';
import { coordinatorAccess } from './access.ts';

const [dataDir, summitId, databaseUrl] = process.argv.slice(2);
const database = openDatabase({ dataDir, databaseUrl: databaseUrl || undefined });
await migrateToLatest(database);
// Real time throughout: the outbox's due times and leases must mean the same to both processes.
const deps = testDeps(database, systemClock);
await rescheduleSummit(deps, coordinatorAccess('crash-test'), summitId as SummitId, {
  startsAt: '2027-05-20T07:00:00.000Z', endsAt: '2027-05-20T14:00:00.000Z', venue: 'Holbæk Hallen', reconfirmBy: '2027-05-01T21:59:00.000Z',
});
process.stdout.write('rescheduled\n');
const transport = fileTransport(join(dataDir, 'outbox'), 'Samskab <noreply@samskab.test>');
const slow = { ...transport, send: async (m: Parameters<typeof transport.send>[0]) => { await new Promise((r) => setTimeout(r, 5)); await transport.send(m); } };
const worker = createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock: systemClock, transport: slow, leaseMs: 1000, batch: 5 });
for (;;) {
  const delivered = await worker.runOnce();
  if (delivered === 0) {
    const queued = (await deps.db.stores.outbox.listForSummit(summitId, 10_000)).filter((m) => m.status === 'queued').length;
    if (queued === 0) break;
    await new Promise((r) => setTimeout(r, 200));
  }
}
process.stdout.write('delivered\n');
await database.close();
