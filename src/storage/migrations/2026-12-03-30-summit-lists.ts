// Frozen in time: never import application code here. Every coordinator page of a summit reads its
// areas, organisations, programme, status history and recruiter links, and lists its invitations in
// the order they were made. With 100 summits those were scans of the whole table (or, for the
// invitations, a sort of the summit's rows): index each list by summit in the order it is read.
import type { Kysely } from 'kysely';

const indexes: [name: string, table: string, columns: string[]][] = [
  ['areas_summit_order', 'areas', ['summit_id', 'position', 'name']],
  ['organisations_summit_order', 'organisations', ['summit_id', 'position', 'name']],
  ['programme_items_summit_order', 'programme_items', ['summit_id', 'position', 'starts_at']],
  ['summit_status_changes_summit', 'summit_status_changes', ['summit_id', 'at']],
  ['recruiter_links_summit', 'recruiter_links', ['summit_id', 'created_at']],
  ['invitations_summit_created', 'invitations', ['summit_id', 'created_at', 'id']],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, columns] of indexes) await db.schema.createIndex(name).on(table).columns(columns).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of indexes) await db.schema.dropIndex(name).execute();
}
