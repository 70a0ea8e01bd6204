import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import type { SummitId } from '../domain/ids.ts';
import type { Summit, SummitStatus, SummitStatusChange } from '../domain/summit.ts';
import { DomainError } from '../domain/errors.ts';
import type { NewSummit, SummitChanges, SummitStore } from '../ports.ts';
import { keptBy } from './kept-reads.ts';
import { everyColumn, flag, preparedQuery, type StoreContext } from './executor.ts';
import type { SummitsTable } from './schema.ts';

type SummitRow = Selectable<SummitsTable>;

/** The summit as the domain knows it: the page version is the storage's own business. */
export function toSummit({ contentVersion: _version, ...row }: SummitRow): Summit {
  return { ...row, id: row.id as SummitId, status: row.status as SummitStatus, isDemo: row.isDemo === 1 };
}

/** Every column of a summit, for reading one beside another table's row (`prefixed`). */
export const summitColumns = everyColumn<SummitsTable>()(['id', 'slug', 'title', 'purpose', 'description', 'status', 'startsAt', 'endsAt', 'venue',
  'statusReason', 'responsibleEditor', 'organiser', 'capacity', 'answerDays', 'retentionDays', 'isDemo', 'calendarSequence', 'reconfirmBy',
  'reminderDays', 'pausedAt', 'tentativeDate', 'createdAt', 'updatedAt', 'contentVersion']);

// The lookups behind every public and participant page, compiled once.
const summitById = preparedQuery<{ id: string }, SummitRow>((db, p) => db.selectFrom('summits').selectAll().where('id', '=', p('id')));
const pageVersionBySlug = preparedQuery<{ slug: string }, { id: string; contentVersion: number }>((db, p) =>
  db.selectFrom('summits').select(['id', 'contentVersion']).where('slug', '=', p('slug')));

export function createSummitStore(context: StoreContext): SummitStore {
  const { db, dialect } = context;
  const store: SummitStore = {
    async list() {
      const rows = await db.selectFrom('summits').selectAll().orderBy('createdAt', 'desc').execute();
      return rows.map(toSummit);
    },
    async find(id) {
      const row = await summitById.executeTakeFirst(context, { id });
      return row && toSummit(row);
    },
    async findBySlug(slug) {
      const row = await db.selectFrom('summits').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row && toSummit(row);
    },
    async pageVersion(slug) {
      const read = async () => {
        const row = await pageVersionBySlug.executeTakeFirst(context, { slug });
        return row && { summitId: row.id as SummitId, version: row.contentVersion };
      };
      // Kept in memory on PostgreSQL while the database announces no change.
      return context.keptReads ? context.keptReads.read('summit page version', slug, (v) => [keptBy.summit(v.summitId)], read) : read();
    },
    async findDemo() {
      const row = await db.selectFrom('summits').selectAll().where('isDemo', '=', 1).orderBy('createdAt').executeTakeFirst();
      return row && toSummit(row);
    },
    async create(summit: NewSummit, now) {
      const row: Insertable<SummitsTable> = { ...summit, id: randomUUID(), isDemo: flag(summit.isDemo), createdAt: now, updatedAt: now };
      await db.insertInto('summits').values(row).execute();
      return toSummit({ ...row, contentVersion: 0 } as SummitRow);
    },
    async update(id, changes: SummitChanges, now) {
      await db.updateTable('summits').set({ ...changes, updatedAt: now }).where('id', '=', id).execute();
      const summit = await store.find(id);
      if (!summit) throw new DomainError('not_found', { summitId: id });
      return summit;
    },
    async lock(id) {
      const row = db.selectFrom('summits').select('id').where('id', '=', id);
      if (context.later) context.later(dialect.lockingQuery(row));
      else await dialect.lockRows(row);
    },
    async recordStatusChange(change) {
      await db.insertInto('summitStatusChanges').values({ ...change, id: randomUUID() }).execute();
    },
    async listStatusChanges(id) {
      const rows = await db.selectFrom('summitStatusChanges').selectAll().where('summitId', '=', id).orderBy('at').execute();
      return rows as SummitStatusChange[];
    },
  };
  return store;
}
