import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors.ts';
import type { OrganisationId } from '../domain/ids.ts';
import type { Organisation } from '../domain/organisation.ts';
import type { OrganisationStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';
import type { OrganisationsTable } from './schema.ts';

const toOrganisation = (row: OrganisationsTable): Organisation => row as Organisation;

export function createOrganisationStore({ db }: StoreContext): OrganisationStore {
  const store: OrganisationStore = {
    async list(summitId) {
      const rows = await db.selectFrom('organisations').selectAll().where('summitId', '=', summitId).orderBy('position').orderBy('name').execute();
      return rows.map(toOrganisation);
    },
    async listByGroup(groupId) {
      const rows = await db.selectFrom('organisations').selectAll().where('groupId', '=', groupId).orderBy('position').orderBy('name').execute();
      return rows.map(toOrganisation);
    },
    async find(id) {
      const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toOrganisation(row);
    },
    async create(organisation) {
      const id = randomUUID();
      await db.insertInto('organisations').values({ ...organisation, id }).execute();
      return (await store.find(id as OrganisationId))!;
    },
    async update(id, changes) {
      await db.updateTable('organisations').set(changes).where('id', '=', id).execute();
      const organisation = await store.find(id);
      if (!organisation) throw new DomainError('not_found', { organisationId: id });
      return organisation;
    },
    async remove(id) {
      await db.deleteFrom('organisations').where('id', '=', id).execute();
    },
  };
  return store;
}
