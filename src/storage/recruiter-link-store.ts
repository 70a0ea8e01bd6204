import { randomUUID } from 'node:crypto';
import type { OrganisationId, SummitId } from '../domain/ids.ts';
import type { RecruiterLink, RecruiterLinkId } from '../domain/invitation.ts';
import type { RecruiterLinkStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';
import type { RecruiterLinksTable } from './schema.ts';

function toLink(row: RecruiterLinksTable): RecruiterLink {
  const { tokenHash: _tokenHash, ...rest } = row;
  return { ...rest, id: row.id as RecruiterLinkId, summitId: row.summitId as SummitId, organisationId: row.organisationId as OrganisationId };
}

export function createRecruiterLinkStore({ db }: StoreContext): RecruiterLinkStore {
  return {
    async create(link, tokenHash) {
      const row: RecruiterLinksTable = { ...link, id: randomUUID(), tokenHash, revokedAt: null };
      await db.insertInto('recruiterLinks').values(row).execute();
      return toLink(row);
    },
    async revokeForOrganisation(organisationId, now) {
      const result = await db.updateTable('recruiterLinks').set({ revokedAt: now })
        .where('organisationId', '=', organisationId).where('revokedAt', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows ?? 0);
    },
    async findActive(tokenHash, now) {
      const row = await db.selectFrom('recruiterLinks').selectAll().where('tokenHash', '=', tokenHash)
        .where('revokedAt', 'is', null).where('expiresAt', '>', now).executeTakeFirst();
      return row && toLink(row);
    },
    listActiveForSummit: async (summitId, now) => (await db.selectFrom('recruiterLinks').selectAll().where('summitId', '=', summitId)
      .where('revokedAt', 'is', null).where('expiresAt', '>', now).orderBy('createdAt').execute()).map(toLink),
  };
}
