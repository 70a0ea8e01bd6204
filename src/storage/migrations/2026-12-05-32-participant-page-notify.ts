// Frozen in time: never import application code here. PostgreSQL announces every change to what a
// participant's page shows (beyond its summit, announced by 2026-12-05-31): the invitation, the
// messages to it or to its address, its consents and its links. Each server keeps what decides a
// person's page in memory and drops it the moment one of these arrives (storage/kept-reads.ts).
// Payloads: `i:<invitation id>` and `a:<summit id> <address>`.
import { sql, SqliteAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`create function participant_page_notify() returns trigger language plpgsql as $$
    declare
      channel constant text := 'samskab_participant_page';
    begin
      if tg_table_name = 'invitations' then
        perform pg_notify(channel, 'i:' || old.id);
      elsif tg_table_name = 'outbox_messages' then
        if tg_op <> 'INSERT' then
          if old.invitation_id is not null then perform pg_notify(channel, 'i:' || old.invitation_id); end if;
          if old.summit_id is not null then perform pg_notify(channel, 'a:' || old.summit_id || ' ' || old.to_address); end if;
        end if;
        if tg_op <> 'DELETE' then
          if new.invitation_id is not null then perform pg_notify(channel, 'i:' || new.invitation_id); end if;
          if new.summit_id is not null then perform pg_notify(channel, 'a:' || new.summit_id || ' ' || new.to_address); end if;
        end if;
      else
        -- consents and invitation_tokens: the invitation they belong to.
        if tg_op <> 'INSERT' then perform pg_notify(channel, 'i:' || old.invitation_id); end if;
        if tg_op <> 'DELETE' then perform pg_notify(channel, 'i:' || new.invitation_id); end if;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger invitations_participant_page_notify after update or delete on invitations
    for each row execute function participant_page_notify()`.execute(db);
  // The page lists a message's subject and time; its delivery (status, attempts) changes nothing there.
  await sql`create trigger outbox_messages_participant_page_notify
    after insert or delete or update of invitation_id, summit_id, to_address, kind, subject, created_at on outbox_messages
    for each row execute function participant_page_notify()`.execute(db);
  await sql`create trigger consents_participant_page_notify after insert or update or delete on consents
    for each row execute function participant_page_notify()`.execute(db);
  await sql`create trigger invitation_tokens_participant_page_notify after update or delete on invitation_tokens
    for each row execute function participant_page_notify()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  for (const table of ['invitations', 'outbox_messages', 'consents', 'invitation_tokens']) {
    await sql`${sql.raw(`drop trigger ${table}_participant_page_notify on ${table}`)}`.execute(db);
  }
  await sql`drop function participant_page_notify()`.execute(db);
}
