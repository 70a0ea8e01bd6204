import { randomUUID } from 'node:crypto';
import type { ApportionmentMethod } from '../domain/apportion.ts';
import { DomainError } from '../domain/errors.ts';
import type { StakeholderGroup } from '../domain/group.ts';
import type { GroupId, SummitId } from '../domain/ids.ts';
import type { GroupStore } from '../ports.ts';
import { flag, type StoreContext } from './executor.ts';
import type { StakeholderGroupsTable } from './schema.ts';

export function toGroup(row: StakeholderGroupsTable): StakeholderGroup {
  return {
    ...row,
    id: row.id as GroupId,
    summitId: row.summitId as SummitId,
    followsTables: row.followsTables === 1,
    isFacilitators: row.isFacilitators === 1,
    apportionmentMethod: row.apportionmentMethod as ApportionmentMethod | null,
  };
}

function toRow(group: Partial<StakeholderGroup>): Partial<StakeholderGroupsTable> {
  const { followsTables, isFacilitators, ...rest } = group;
  return {
    ...rest,
    ...(followsTables === undefined ? {} : { followsTables: flag(followsTables) }),
    ...(isFacilitators === undefined ? {} : { isFacilitators: flag(isFacilitators) }),
  };
}

export function createGroupStore({ db }: StoreContext): GroupStore {
  const store: GroupStore = {
    async list(summitId) {
      const rows = await db.selectFrom('stakeholderGroups').selectAll().where('summitId', '=', summitId).orderBy('position').orderBy('name').execute();
      return rows.map(toGroup);
    },
    async find(id) {
      const row = await db.selectFrom('stakeholderGroups').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toGroup(row);
    },
    async create(group) {
      const id = randomUUID();
      await db.insertInto('stakeholderGroups').values({ ...(toRow(group) as StakeholderGroupsTable), id }).execute();
      return (await store.find(id as GroupId))!;
    },
    async update(id, changes) {
      await db.updateTable('stakeholderGroups').set(toRow(changes)).where('id', '=', id).execute();
      const group = await store.find(id);
      if (!group) throw new DomainError('not_found', { groupId: id });
      return group;
    },
    async remove(id) {
      await db.deleteFrom('stakeholderGroups').where('id', '=', id).execute();
    },
  };
  return store;
}
