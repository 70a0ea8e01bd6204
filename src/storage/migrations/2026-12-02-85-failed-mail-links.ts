// Frozen in time: never import application code here. Messages given up as failed used to keep
// their text as queued, personal links (tokens stored nowhere else but hashed) included; from now
// on the outbox worker removes the links when it gives a message up, as after a delivery. This
// takes them out of the failed messages stored before.
import { sql, type Kysely } from 'kysely';

const withoutLinks = (text: string) => text.replace(/\/(i|r|s|checkin)\/[A-Za-z0-9_-]{16,}/g, '/$1/[personligt link fjernet]');

export async function up(db: Kysely<unknown>): Promise<void> {
  // One-word names: the application's connection renames snake_case result columns.
  const { rows } = await sql<{ id: string; body: string; files: string }>`
    select id, body_text as body, attachments as files from outbox_messages where status = 'failed'`.execute(db);
  for (const row of rows) {
    const attachments = (JSON.parse(row.files || '[]') as { content: string }[])
      // A calendar file folds long lines, which can split a link: unfold before looking.
      .map((a) => ({ ...a, content: withoutLinks(a.content.replace(/\r?\n[ \t]/g, '')) }));
    const body = withoutLinks(row.body);
    const files = JSON.stringify(attachments);
    if (body === row.body && files === (row.files || '[]')) continue;
    await sql`update outbox_messages set body_text = ${body}, attachments = ${files} where id = ${row.id}`.execute(db);
  }
}

export async function down(): Promise<void> {
  // The links are gone for good: there is nothing to put back.
}
