import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { SummitId } from '../domain/ids.ts';
import type { MailAttachment, OutboxKind, OutboxMessage, OutboxStatus } from '../domain/outbox.ts';
import type { OutboxStore } from '../ports.ts';
import { preparedQuery, runOrLater, type StoreContext } from './executor.ts';
import type { OutboxMessagesTable } from './schema.ts';

function toMessage(row: OutboxMessagesTable): OutboxMessage {
  const { claimedBy: _by, claimedUntil: _until, ...rest } = row;
  return {
    ...rest, summitId: row.summitId as SummitId | null, kind: row.kind as OutboxKind, status: row.status as OutboxStatus,
    attachments: JSON.parse(row.attachments || '[]') as MailAttachment[],
  };
}

// Mail is queued under the seat guard with every invitation: compiled once.
const insertMessage = preparedQuery<{ [K in keyof OutboxMessagesTable]: OutboxMessagesTable[K] }, never>((db, p) => db.insertInto('outboxMessages').values({
  id: p('id'), summitId: p('summitId'), kind: p('kind'), toAddress: p('toAddress'), subject: p('subject'), bodyText: p('bodyText'), status: p('status'),
  attempts: p('attempts'), nextAttemptAt: p('nextAttemptAt'), claimedBy: p('claimedBy'), claimedUntil: p('claimedUntil'), sentAt: p('sentAt'),
  lastError: p('lastError'), createdAt: p('createdAt'), attachments: p('attachments'), invitationId: p('invitationId'),
}));

export function createOutboxStore(context: StoreContext): OutboxStore {
  const { db, dialect } = context;
  return {
    async enqueue(message, now) {
      // Placeholders and the language shape the text before it is queued; neither is stored.
      const { attachments, invitationId, summitId, kind, toAddress, subject, bodyText } = message;
      const row: OutboxMessagesTable = {
        summitId, kind, toAddress, subject, bodyText, attachments: JSON.stringify(attachments ?? []), invitationId: invitationId ?? null, id: randomUUID(),
        status: 'queued', attempts: 0, nextAttemptAt: now, claimedBy: null, claimedUntil: null, sentAt: null, lastError: '', createdAt: now,
      };
      await runOrLater(context, insertMessage.bind(context, row));
      return toMessage(row);
    },
    async claimDue(workerId, now, leaseUntil, limit) {
      // One statement claims the rows; its row choice passes over rows another worker is claiming.
      const due = dialect.skipLocked(db.selectFrom('outboxMessages').select('id')
        .where('status', '=', 'queued').where('nextAttemptAt', '<=', now)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', now)]))
        .orderBy('createdAt').limit(limit));
      const rows = await db.updateTable('outboxMessages')
        .set((eb) => ({ claimedBy: workerId, claimedUntil: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', due)
        .where('status', '=', 'queued')
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', now)]))
        .returningAll()
        .execute();
      return rows.map(toMessage).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async markSent(id, workerId, now, bodyAfterSend, attachmentsAfterSend) {
      const result = await db.updateTable('outboxMessages')
        .set({
          status: 'sent', sentAt: now, claimedBy: null, claimedUntil: null, lastError: '',
          ...(bodyAfterSend === undefined ? {} : { bodyText: bodyAfterSend }),
          ...(attachmentsAfterSend === undefined ? {} : { attachments: JSON.stringify(attachmentsAfterSend) }),
        })
        .where('id', '=', id).where('claimedBy', '=', workerId).where('status', '=', 'queued').executeTakeFirst();
      return Number(result.numUpdatedRows ?? 0) === 1;
    },
    async markSentMany(sent, workerId, now) {
      if (sent.length === 0) return [];
      const ids = sent.map((m) => m.id);
      // Each message keeps its own copy: one CASE over the ids instead of a statement per message.
      const byId = (pick: (m: (typeof sent)[number]) => string) =>
        sql<string>`case ${sql.join(sent.map((m) => sql`when id = ${m.id} then ${pick(m)}`), sql` `)} end`;
      const rows = await db.updateTable('outboxMessages')
        .set({
          status: 'sent', sentAt: now, claimedBy: null, claimedUntil: null, lastError: '',
          bodyText: byId((m) => m.bodyAfterSend), attachments: byId((m) => JSON.stringify(m.attachmentsAfterSend)),
        })
        .where('id', 'in', ids).where('claimedBy', '=', workerId).where('status', '=', 'queued')
        .returning('id').execute();
      return rows.map((r) => r.id);
    },
    async markFailed(id, workerId, error, nextAttemptAt) {
      await db.updateTable('outboxMessages')
        .set({ claimedBy: null, claimedUntil: null, lastError: error.slice(0, 1000), nextAttemptAt })
        .where('id', '=', id).where('claimedBy', '=', workerId).where('status', '=', 'queued').execute();
    },
    async markUndeliverable(id, workerId, error, bodyAfter, attachmentsAfter) {
      await db.updateTable('outboxMessages')
        .set({ status: 'failed', claimedBy: null, claimedUntil: null, lastError: error.slice(0, 1000), bodyText: bodyAfter, attachments: JSON.stringify(attachmentsAfter) })
        .where('id', '=', id).where('claimedBy', '=', workerId).where('status', '=', 'queued').execute();
    },
    async renewLease(ids, workerId, leaseUntil) {
      if (ids.length === 0) return [];
      const rows = await db.updateTable('outboxMessages').set({ claimedUntil: leaseUntil })
        .where('id', 'in', [...ids]).where('claimedBy', '=', workerId).where('status', '=', 'queued')
        .returning('id').execute();
      return rows.map((r) => r.id);
    },
    async find(id) {
      const row = await db.selectFrom('outboxMessages').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toMessage(row);
    },
    listForSummit: async (summitId, limit) => (await db.selectFrom('outboxMessages').selectAll().where('summitId', '=', summitId)
      .orderBy('createdAt', 'desc').orderBy('id').limit(limit).execute()).map(toMessage),
    async countForSummit(summitId) {
      const row = await db.selectFrom('outboxMessages')
        .select([sql<number>`count(*)`.as('total'), sql<number>`coalesce(sum(case when status = 'failed' then 1 else 0 end), 0)`.as('failed')])
        .where('summitId', '=', summitId).executeTakeFirstOrThrow();
      return { total: Number(row.total), failed: Number(row.failed) };
    },
    listPageForSummit: async (summitId, offset, limit) => (await db.selectFrom('outboxMessages')
      .select(['id', 'createdAt', 'toAddress', 'subject', 'status', 'attempts', 'lastError']).where('summitId', '=', summitId)
      .orderBy('createdAt', 'desc').orderBy('id').limit(limit).offset(offset).execute())
      .map((row) => ({ ...row, status: row.status as OutboxStatus })),
    listForInvitation: async (invitationId) => (await db.selectFrom('outboxMessages').selectAll().where('invitationId', '=', invitationId)
      .orderBy('createdAt', 'desc').orderBy('id').limit(500).execute()).map(toMessage),
  };
}
