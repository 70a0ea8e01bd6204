import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { OrganisationId, SummitId } from '../domain/ids.ts';
import type { RecruiterLink, RecruiterLinkId } from '../domain/invitation.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { RecruiterLinkStore } from '../ports.ts';
import { everyColumn, prefixed, preparedQuery, unprefixed, type StoreContext } from './executor.ts';
import { toGroup } from './group-store.ts';
import type { OrganisationsTable, RecruiterLinksTable, StakeholderGroupsTable } from './schema.ts';
import { summitColumns, toSummit } from './summit-store.ts';

function toLink(row: RecruiterLinksTable): RecruiterLink {
  const { tokenHash: _tokenHash, ...rest } = row;
  return { ...rest, id: row.id as RecruiterLinkId, summitId: row.summitId as SummitId, organisationId: row.organisationId as OrganisationId };
}

// Each table's columns under a prefix of its own (`summitTitle`), so that one row can carry the
// link, its organisation, their summit and the organisation's group without a clash of names.
const joined = {
  link: { alias: 'l', columns: everyColumn<RecruiterLinksTable>()(['id', 'summitId', 'organisationId', 'tokenHash', 'createdAt', 'expiresAt', 'revokedAt']) },
  organisation: { alias: 'o', columns: everyColumn<OrganisationsTable>()(['id', 'summitId', 'groupId', 'areaId', 'name', 'kind', 'quota', 'contactEmail', 'position']) },
  summit: { alias: 's', columns: summitColumns },
  group: {
    alias: 'g', columns: everyColumn<StakeholderGroupsTable>()(['id', 'summitId', 'name', 'description', 'quota', 'position', 'followsTables', 'isFacilitators',
      'apportionmentMethod', 'apportionmentMinimum']),
  },
} as const;
type Part = keyof typeof joined;
const unpack = <T>(row: Record<string, unknown>, part: Part): T => unprefixed<T>(row, part, joined[part].columns);

/**
 * The active link behind a token with its organisation, their summit and the organisation's group
 * (if it is still the summit's), in one statement: a nomination reads them before the seat guard.
 */
const accessByToken = preparedQuery<{ tokenHash: string; now: string }, Record<string, unknown>>((db, p) => db
  .selectFrom('recruiterLinks as l')
  .innerJoin('organisations as o', 'o.id', 'l.organisationId')
  .innerJoin('summits as s', 's.id', 'o.summitId')
  .leftJoin('stakeholderGroups as g', (join) => join.onRef('g.id', '=', 'o.groupId').onRef('g.summitId', '=', 'o.summitId'))
  .select((Object.keys(joined) as Part[]).flatMap((part) => joined[part].columns.map((column) =>
    sql.ref(`${joined[part].alias}.${column}`).as(prefixed(part, column)))))
  .where('l.tokenHash', '=', p('tokenHash')).where('l.revokedAt', 'is', null).where('l.expiresAt', '>', p('now')));

export function createRecruiterLinkStore(context: StoreContext): RecruiterLinkStore {
  const { db } = context;
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
    async findAccess(tokenHash, now) {
      const row = await accessByToken.executeTakeFirst(context, { tokenHash, now });
      if (!row) return undefined;
      return {
        link: toLink(unpack(row, 'link')),
        organisation: unpack<OrganisationsTable>(row, 'organisation') as Organisation,
        summit: toSummit(unpack(row, 'summit')),
        group: row.groupId === null ? undefined : toGroup(unpack(row, 'group')),
      };
    },
    listActiveForSummit: async (summitId, now) => (await db.selectFrom('recruiterLinks').selectAll().where('summitId', '=', summitId)
      .where('revokedAt', 'is', null).where('expiresAt', '>', now).orderBy('createdAt').execute()).map(toLink),
  };
}
