// Frozen in time: never import application code here. Table plans: the coordinator's planning
// settings per summit, every version of a plan (generated, edited, re-planned, restored) with its
// background-planning state, and attendance on the day.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('seating_settings')
    .addColumn('summit_id', 'text', (c) => c.primaryKey().references('summits.id').onDelete('cascade'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('seating_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('based_on_id', 'text')
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('absent', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('from_round', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('rounds', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('score', 'text')
    .addColumn('violations', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('locks', 'text', (c) => c.notNull().defaultTo('{"people":[],"tables":[]}'))
    .addColumn('progress', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('best_cost', 'real')
    .addColumn('stop_requested', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('heartbeat_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('published_at', 'text')
    .execute();
  await db.schema.createIndex('seating_plans_summit_version').on('seating_plans').columns(['summit_id', 'version']).unique().execute();
  // One planning job per summit at a time, whichever server process starts it.
  await sql`create unique index seating_plans_one_running on seating_plans (summit_id) where status = 'running'`.execute(db);

  await db.schema.createTable('seating_absences')
    .addColumn('summit_id', 'text', (c) => c.notNull().references('summits.id').onDelete('cascade'))
    .addColumn('invitation_id', 'text', (c) => c.notNull())
    .addColumn('from_round', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('seating_absences_pk', ['summit_id', 'invitation_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['seating_absences', 'seating_plans', 'seating_settings']) await db.schema.dropTable(table).execute();
}
