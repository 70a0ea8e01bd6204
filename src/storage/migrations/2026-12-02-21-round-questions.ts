// Frozen in time: never import application code here. The question or theme the coordinator writes
// for each round, printed on the facilitators' sheets; kept beside the seating settings, in a row
// of its own so saving either never overwrites the other.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('seating_round_questions')
    .addColumn('summit_id', 'text', (c) => c.primaryKey().references('summits.id').onDelete('cascade'))
    // JSON: one string per round, round 1 first ('' where the round has none).
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('seating_round_questions').execute();
}
