import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors.ts';
import type { InterestRequest, InterestRequestId } from '../domain/interest-request.ts';
import { languageOrDanish } from '../domain/language.ts';
import type { InterestRequestStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';
import type { InterestRequestsTable } from './schema.ts';

const toRequest = (row: InterestRequestsTable): InterestRequest => ({ ...row, language: languageOrDanish(row.language) }) as InterestRequest;

export function createInterestRequestStore({ db }: StoreContext): InterestRequestStore {
  const store: InterestRequestStore = {
    async create(request, now) {
      const row: InterestRequestsTable = { ...request, language: request.language ?? 'da', id: randomUUID(), status: 'open', decisionMessage: '', invitationId: null, createdAt: now, decidedAt: null };
      await db.insertInto('interestRequests').values(row).execute();
      return toRequest(row);
    },
    async find(id) {
      const row = await db.selectFrom('interestRequests').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRequest(row);
    },
    async listForOrganisation(organisationId) {
      const rows = await db.selectFrom('interestRequests').selectAll().where('organisationId', '=', organisationId).orderBy('createdAt').execute();
      return rows.map(toRequest);
    },
    async listForSummit(summitId) {
      const rows = await db.selectFrom('interestRequests').selectAll().where('summitId', '=', summitId).orderBy('createdAt').execute();
      return rows.map(toRequest);
    },
    async countRecentFromEmail(summitId, email, since) {
      const row = await db.selectFrom('interestRequests').select((eb) => eb.fn.countAll<number>().as('n'))
        .where('summitId', '=', summitId).where('email', '=', email).where('createdAt', '>=', since).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async decide(id, decision, now) {
      await db.updateTable('interestRequests')
        .set({ status: decision.status, decisionMessage: decision.message, invitationId: decision.invitationId ?? null, decidedAt: now })
        .where('id', '=', id).execute();
      const updated = await store.find(id as InterestRequestId);
      if (!updated) throw new DomainError('not_found', { interestRequestId: id });
      return updated;
    },
  };
  return store;
}
