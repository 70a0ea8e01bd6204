// Backup and restore benchmark on SQLite: the demo database, then one grown to --summits summits of
// --people invited people each. Prints the size, the time `samskab backup` spends copying and
// checking, and the time a restore takes (copy, check, swap, migrate), each into a fresh folder.
//   npm run bench:backup -- [--summits 100] [--people 1000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { composeDeps } from '../src/composition.ts';
import { migrateToLatest, openDatabase, sqliteFileName } from '../src/storage/database.ts';
import { backupDatabaseFile, restoreDatabaseFile, type DatabaseFileReport } from '../src/storage/backup/database-file.ts';
import { systemClock } from '../src/system/system-clock.ts';
import { seedDemoSummit } from '../src/use-cases/summit/seed-demo-summit.ts';
import { createGroup } from '../src/use-cases/summit/save-group.ts';
import { createSummit } from '../src/use-cases/summit/save-summit.ts';
import { systemAccess } from '../tests/support/access.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const SUMMITS = flag('--summits', 100), PEOPLE = flag('--people', 1000);

const root = mkdtempSync(join(tmpdir(), 'samskab-bench-backup-'));
const dataDir = join(root, 'data');
const live = join(dataDir, sqliteFileName);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
let run = 0;

async function measure(label: string): Promise<void> {
  run += 1;
  let started = performance.now();
  const backup: DatabaseFileReport = await backupDatabaseFile(live, join(root, `backup-${run}.sqlite`));
  const backupMs = performance.now() - started;
  started = performance.now();
  await restoreDatabaseFile(backup.path, join(root, `restored-${run}`, sqliteFileName), systemClock.now());
  const restoreMs = performance.now() - started;
  console.log(`${label.padEnd(34)} ${(backup.bytes / 1e6).toFixed(1).padStart(7)} MB  ${String(backup.summits).padStart(4)} summits  backup ${seconds(backupMs)}  restore ${seconds(restoreMs)}`);
}

try {
  const database = openDatabase({ dataDir });
  await migrateToLatest(database);
  const deps = composeDeps(database, { publicUrl: 'http://localhost:3000' });
  await seedDemoSummit(deps);
  await measure('demo database');

  const started = performance.now();
  for (let s = 0; s < SUMMITS; s++) {
    const summit = await createSummit(deps, systemAccess, { title: `Topmøde ${s + 1}`, capacity: PEOPLE });
    const group = await createGroup(deps, systemAccess, summit.id, { name: 'Borgere', quota: PEOPLE });
    const now = systemClock.now();
    await deps.db.transaction(async (stores) => {
      for (let p = 0; p < PEOPLE; p++) {
        await stores.invitations.create({
          summitId: summit.id, groupId: group.id, organisationId: null, areaId: null, name: `Deltager ${s}-${p}`,
          email: `d${s}-${p}@example.dk`, phone: '', status: 'confirmed', source: 'coordinator', waitlistPosition: 0,
          invitedAt: now, answerDeadline: null, answeredAt: now, dietNeeds: p % 7 === 0 ? 'Vegetar' : '', accessibilityNeeds: '',
          consentPhotos: p % 2 === 0, consentChangedAt: null,
        }, deps.tokens.hash(deps.tokens.newToken()), now);
      }
    });
  }
  await database.close();
  console.log(`(filled ${SUMMITS} summits × ${PEOPLE} people in ${seconds(performance.now() - started)})`);
  await measure(`${SUMMITS} summits × ${PEOPLE} people`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
