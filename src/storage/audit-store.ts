import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../ports.ts';
import { runOrLater, type StoreContext } from './executor.ts';

/** Append-only: this store has no update or delete. */
export function createAuditLog(context: StoreContext): AuditLog {
  const { db } = context;
  return {
    async append(entry, at) {
      await runOrLater(context, db.insertInto('auditLog').values({
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
