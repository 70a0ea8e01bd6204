// Frozen in time: never import application code here. API tokens get an expiry and a scope:
// `write` (everything, as before) or `read` (GET only). Tokens made before this expire a year
// after they were made, and may write as before.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('scope', 'text', (c) => c.notNull().defaultTo('write')).execute();
  const { rows } = await sql<{ id: string; created_at: string }>`select id, created_at from api_tokens`.execute(db);
  for (const row of rows) {
    const expiresAt = new Date(new Date(row.created_at).getTime() + 365 * 86_400_000).toISOString();
    await sql`update api_tokens set expires_at = ${expiresAt} where id = ${row.id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('api_tokens').dropColumn('scope').execute();
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
}
