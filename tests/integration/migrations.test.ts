// One migration history for both databases, and a database that ran a later migration first (as a
// developer's does when features land side by side) still takes the earlier one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Migrator, type Migration } from 'kysely';
import { migrations } from '../../src/storage/migrations/migration-list.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase } from '../../src/storage/database.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/test-database.ts';

for (const kind of databaseKinds()) {
  describe(`migrations on ${kind}`, () => {
    let db: TestDatabase;
    before(async () => { db = await createTestDatabase(kind); });
    after(async () => { await db.destroy(); });

    it('applies every migration, and is idempotent', async () => {
      await migrateToLatest(db.database);
      const applied = await new Migrator({ db: db.database.db, provider: { getMigrations: async () => migrations } }).getMigrations();
      assert.deepEqual(applied.filter((m) => !m.executedAt).map((m) => m.name), []);
    });
  });
}

describe('migrations that landed out of date order', () => {
  it('runs an earlier migration after a later one was applied', async () => {
    const fresh = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'samskab-mig-')) });
    const names = Object.keys(migrations).sort();
    const skipped = names.find((n) => n.includes('seating'))!;
    const partial: Record<string, Migration> = Object.fromEntries(names.filter((n) => n !== skipped).map((n) => [n, migrations[n]]));
    const first = await new Migrator({ db: fresh.db, provider: { getMigrations: async () => partial } }).migrateToLatest();
    assert.equal(first.error, undefined);
    await migrateToLatest(fresh);
    const tables = (await fresh.db.introspection.getTables()).map((t) => t.name);
    assert.ok(tables.includes('seating_plans'));
    await fresh.close();
  });
});
