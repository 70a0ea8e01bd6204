// A prepared query is compiled once and run with each call's values: it must answer exactly as
// the query built anew would, on the database and inside a transaction, and it must refuse a
// value that would be written into the SQL text (then every call would get the first value).
// Each test runs on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { preparedQuery } from '../../src/storage/executor.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/test-database.ts';

const now = '2026-03-01T09:00:00.000Z';

for (const kind of databaseKinds()) {
  describe(`prepared queries (${kind})`, () => {
    let t: TestDatabase;
    before(async () => { t = await createTestDatabase(kind); });
    after(async () => { await t.destroy(); });
    const context = () => ({ db: t.database.db, dialect: t.database.dialect });

    type Row = { email: string; passwordHash: string };
    const byName = preparedQuery<{ name: string; email: string }, Row>((db, p) =>
      db.selectFrom('coordinators').select(['email', 'passwordHash']).where('name', '=', p('name')).where('email', '!=', p('email')).orderBy('email'));
    const built = (db: typeof t.database.db, name: string, email: string) =>
      db.selectFrom('coordinators').select(['email', 'passwordHash']).where('name', '=', name).where('email', '!=', email).orderBy('email').execute();

    it('answers each call with its own values, as the query built anew does', async () => {
      for (const [id, name] of [['a', 'Anna'], ['b', 'Bo'], ['c', 'Bo']] as const) {
        await t.database.db.insertInto('coordinators').values({ id, email: `${id}@example.dk`, name, passwordHash: `hash-${id}`, createdAt: now }).execute();
      }
      for (const [name, email] of [['Bo', 'b@example.dk'], ['Anna', ''], ['Bo', ''], ['Cai', '']] as const) {
        assert.deepEqual(await byName.execute(context(), { name, email }), await built(t.database.db, name, email), `${name}, not ${email}`);
      }
      assert.deepEqual(await byName.executeTakeFirst(context(), { name: 'Bo', email: '' }), { email: 'b@example.dk', passwordHash: 'hash-b' });
      assert.equal(await byName.executeTakeFirst(context(), { name: 'Cai', email: '' }), undefined);
    });

    it('runs inside a transaction and sees its uncommitted rows', async () => {
      await t.database.db.transaction().execute(async (trx) => {
        await trx.updateTable('coordinators').set({ name: 'Cai' }).where('id', '=', 'a').execute();
        const inside = await byName.execute({ db: trx, dialect: t.database.dialect }, { name: 'Cai', email: '' });
        assert.deepEqual(inside, [{ email: 'a@example.dk', passwordHash: 'hash-a' }]);
      });
    });

    it('binds its values for a statement sent later, the same SQL with each call\'s values, or runs it now', async () => {
      const insert = preparedQuery<{ id: string; email: string }, never>((db, p) =>
        db.insertInto('coordinators').values({ id: p('id'), email: p('email'), name: 'Dea', passwordHash: 'hash-d', createdAt: now }));
      const [first, second] = [insert.bind(context(), { id: 'd', email: 'd@example.dk' }), insert.bind(context(), { id: 'e', email: 'e@example.dk' })];
      assert.equal(first.compile().sql, second.compile().sql);
      assert.deepEqual(first.compile().parameters.slice(0, 2), ['d', 'd@example.dk']);
      assert.deepEqual(second.compile().parameters.slice(0, 2), ['e', 'e@example.dk']);
      await first.execute();
      assert.deepEqual(await byName.execute(context(), { name: 'Dea', email: '' }), [{ email: 'd@example.dk', passwordHash: 'hash-d' }]);
    });

    it('refuses a value written into the SQL text instead of bound', async () => {
      const spliced = preparedQuery<{ name: string }, Row>((db, p) =>
        db.selectFrom('coordinators').select(['email', 'passwordHash']).where(sql<boolean>`name = ${sql.lit(p('name'))}`));
      await assert.rejects(spliced.execute(context(), { name: 'Bo' }), /must all be bound/);
    });
  });
}
