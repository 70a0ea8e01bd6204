// Every invitation has a short check-in code for its badge and the door, unlike its personal
// link's token: new ones get one when created, and invitations from before the code get one when
// the database is migrated.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql, type Migration } from 'kysely';
import { migrations } from '../../src/storage/migrations/migration-list.ts';
import { migrateToLatest, openDatabase } from '../../src/storage/database.ts';
import { normaliseCheckInCode } from '../../src/domain/check-in.ts';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

for (const kind of databaseKinds()) {
  describe(`check-in codes on ${kind}`, () => {
    let db: TestDatabase;
    before(async () => { db = await createTestDatabase(kind); });
    after(async () => { await db.destroy(); });

    it('gives every new invitation its own eight-character code, apart from its link token', async () => {
      const deps = testDeps(db.database);
      const { summit, groups } = await buildSummit(deps, { groups: [{ name: 'Borgere', quota: 60 }] });
      const people = [];
      for (let i = 0; i < 50; i++) people.push(await buildInvitation(deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'confirmed' }));
      const codes = await deps.db.stores.invitations.listCheckInCodes(summit.id);
      assert.equal(codes.size, 50);
      assert.equal(new Set(codes.values()).size, 50);
      for (const person of people) {
        const code = await deps.db.stores.invitations.findCheckInCode(person.id as InvitationId);
        assert.ok(code);
        assert.equal(normaliseCheckInCode(code), code);
        assert.notEqual(code, person.token);
        assert.equal(codes.get(person.id as InvitationId), code);
        assert.equal((await deps.db.stores.invitations.findByCheckInCode(code))?.id, person.id);
      }
    });

    it('finds no invitation behind an unknown code', async () => {
      const deps = testDeps(db.database);
      assert.equal(await deps.db.stores.invitations.findByCheckInCode('ZZZZZZZZ'), undefined);
      assert.equal(await deps.db.stores.invitations.findCheckInCode('no-such-invitation' as InvitationId), undefined);
    });
  });
}

describe('check-in codes for invitations made before them', () => {
  it('gives each existing invitation a distinct code when the database is migrated', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samskab-codes-'));
    const database = openDatabase({ dataDir });
    const before: Record<string, Migration> = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-12-02-10-summit-day'));
    assert.equal((await new Migrator({ db: database.db, provider: { getMigrations: async () => before } }).migrateToLatest()).error, undefined);
    const now = '2026-03-01T09:00:00.000Z';
    await sql`insert into summits (id, slug, title, status, capacity, created_at, updated_at) values ('s1', 's1', 'Topmøde', 'draft', 100, ${now}, ${now})`.execute(database.db);
    await sql`insert into stakeholder_groups (id, summit_id, name, quota) values ('g1', 's1', 'Borgere', 40)`.execute(database.db);
    for (let i = 0; i < 30; i++) {
      await sql`insert into invitations (id, summit_id, group_id, name, email, email_key, status, source, created_at, updated_at)
        values (${`i${i}`}, 's1', 'g1', ${`Deltager ${i}`}, ${`d${i}@example.dk`}, ${`d${i}@example.dk`}, 'confirmed', 'coordinator', ${now}, ${now})`.execute(database.db);
    }
    await migrateToLatest(database);
    const { rows } = await sql<{ checkInCode: string | null }>`select check_in_code from invitations`.execute(database.db);
    assert.equal(rows.length, 30);
    assert.ok(rows.every((r) => r.checkInCode !== null && normaliseCheckInCode(r.checkInCode) === r.checkInCode));
    assert.equal(new Set(rows.map((r) => r.checkInCode)).size, 30);
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
