import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../ports.ts';
import { preparedQuery, runOrLater, type StoreContext } from './executor.ts';
import type { AuditLogTable } from './schema.ts';

// Every change appends an entry, several under the seat guard: compiled once.
const insertEntry = preparedQuery<{ [K in keyof AuditLogTable]: AuditLogTable[K] }, never>((db, p) => db.insertInto('auditLog').values({
  id: p('id'), at: p('at'), actor: p('actor'), action: p('action'), summitId: p('summitId'), subjectType: p('subjectType'), subjectId: p('subjectId'), data: p('data'),
}));

/** Append-only: this store has no update or delete. */
export function createAuditLog(context: StoreContext): AuditLog {
  const { db } = context;
  return {
    async append(entry, at) {
      await runOrLater(context, insertEntry.bind(context, {
        id: randomUUID(),
        at,
        actor: entry.actor,
        action: entry.action,
        summitId: entry.summitId ?? null,
        subjectType: entry.subjectType ?? '',
        subjectId: entry.subjectId ?? '',
        data: JSON.stringify(entry.data ?? {}),
      }));
    },
    async list(summitId, limit = 200) {
      const rows = await db.selectFrom('auditLog').selectAll().where('summitId', '=', summitId)
        .orderBy('at', 'desc').limit(limit).execute();
      return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }));
    },
    async listForSubject(subjectType, subjectId, limit = 200) {
      const rows = await db.selectFrom('auditLog').selectAll().where('subjectType', '=', subjectType).where('subjectId', '=', subjectId)
        .orderBy('at', 'desc').orderBy('id').limit(limit).execute();
      return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }));
    },
  };
}
