import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError } from '../domain/errors.ts';
import type { AreaId, GroupId, OrganisationId, SummitId } from '../domain/ids.ts';
import type { SummitStatus } from '../domain/summit.ts';
import { activeStatuses, type Invitation, type InvitationId, type InvitationSource, type InvitationStatus, type InvitationSummary } from '../domain/invitation.ts';
import { emailKey } from '../domain/invitation.ts';
import { languageOrDanish } from '../domain/language.ts';
import type { InvitationListFilter, InvitationListRow } from '../domain/invitation-list.ts';
import { pageSpan, searchWords } from '../domain/participant-list.ts';
import type { InvitationChanges, InvitationStore } from '../ports.ts';
import { newCheckInCode } from './check-in-codes.ts';
import { holdsEveryWord } from './participants/danish-search.ts';
import { keptBy } from './kept-reads.ts';
import { everyColumn, flag, prefixed, preparedQuery, runOrLater, unprefixed, type StoreContext } from './executor.ts';
import type { InvitationsTable } from './schema.ts';
import { summitColumns, toSummit } from './summit-store.ts';

/** The columns an `Invitation` is read from: not the token hash, e-mail key, check-in code or re-confirmation. */
const invitationColumns = [
  'id', 'summitId', 'groupId', 'organisationId', 'areaId', 'name', 'email', 'phone', 'status', 'source', 'language',
  'waitlistPosition', 'invitedAt', 'answerDeadline', 'answeredAt', 'dietNeeds', 'accessibilityNeeds', 'consentPhotos',
  'consentChangedAt', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof InvitationsTable)[];

type InvitationColumns = Pick<InvitationsTable, (typeof invitationColumns)[number]>;

// Property by property rather than a rest spread: a summit's list maps a thousand rows, and the
// spread (which copies every other column, then drops three) cost a few milliseconds each time.
function toInvitation(row: InvitationColumns): Invitation {
  return {
    id: row.id as InvitationId,
    summitId: row.summitId as SummitId,
    groupId: row.groupId as GroupId,
    organisationId: row.organisationId as OrganisationId | null,
    areaId: row.areaId as AreaId | null,
    name: row.name,
    email: row.email,
    phone: row.phone,
    status: row.status as InvitationStatus,
    source: row.source as InvitationSource,
    waitlistPosition: row.waitlistPosition,
    invitedAt: row.invitedAt,
    answerDeadline: row.answerDeadline,
    answeredAt: row.answeredAt,
    dietNeeds: row.dietNeeds,
    accessibilityNeeds: row.accessibilityNeeds,
    consentPhotos: row.consentPhotos === 1,
    consentChangedAt: row.consentChangedAt,
    language: languageOrDanish(row.language),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const summaryColumns = ['id', 'name', 'email', 'phone', 'status', 'groupId', 'organisationId', 'areaId', 'dietNeeds', 'accessibilityNeeds', 'consentPhotos', 'answerDeadline', 'answeredAt'] as const satisfies readonly (keyof InvitationsTable)[];

function toSummary(r: Pick<InvitationsTable, (typeof summaryColumns)[number]>): InvitationSummary {
  return {
    id: r.id as InvitationId, name: r.name, email: r.email, phone: r.phone, status: r.status as InvitationStatus,
    groupId: r.groupId as GroupId, organisationId: r.organisationId as OrganisationId | null, areaId: r.areaId as AreaId | null,
    dietNeeds: r.dietNeeds, accessibilityNeeds: r.accessibilityNeeds, consentPhotos: r.consentPhotos === 1,
    answerDeadline: r.answerDeadline, answeredAt: r.answeredAt,
  };
}

/**
 * The active statuses written into the SQL as literals, not parameters: only then can SQLite see
 * that the query matches the partial index invitations_one_active_per_email.
 */
export const activeStatusLiterals = sql<boolean>`status in (${sql.join(activeStatuses.map((status) => sql.lit(status)))})`;

// The lookups behind every participant page and answer, compiled once.
const invitationById = preparedQuery<{ id: string }, InvitationsTable>((db, p) => db.selectFrom('invitations').selectAll().where('id', '=', p('id')));
const invitationByTokenHash = preparedQuery<{ tokenHash: string }, InvitationsTable>((db, p) =>
  db.selectFrom('invitations').selectAll().where('tokenHash', '=', p('tokenHash')));

/**
 * The rows' count, how many have each of some times set and the latest of each, as one text: it
 * changes when a row comes or goes and when one of those times is set.
 */
const tally = (...times: string[]) => sql<string>`count(*)${sql.join(times.map((time) =>
  sql` || '/' || count(${sql.ref(time)}) || '/' || coalesce(max(${sql.ref(time)}), '')`), sql``)}`;
interface ParticipantPageRow extends InvitationsTable {
  summitVersion: number; summitStatus: string; summitStartsAt: string | null; summitEndsAt: string | null; summitUpdatedAt: string; summitRetentionDays: number;
  messagesById: string; messagesByAddress: string; consents: string;
}
// The invitation behind a participant link (a later message's link first, as resolveParticipantLink
// reads them), with what tells whether its page changed: the summit's version (raised by the
// database on every change to it and its parts, consent kinds among them), the invitation's own
// row, and a tally of the rows the page lists that only ever come, go or get withdrawn: the
// person's messages (by invitation and by address, as listMessagesTo reads them) and consents.
// Each tally reads the person's few rows on an index of its own.
const participantPageByToken = preparedQuery<{ tokenHash: string }, ParticipantPageRow>((db, p) => db.selectFrom('invitations as i')
  .innerJoin('summits as s', 's.id', 'i.summitId')
  .selectAll('i')
  .select((eb) => [
    's.contentVersion as summitVersion', 's.status as summitStatus', 's.startsAt as summitStartsAt', 's.endsAt as summitEndsAt',
    's.updatedAt as summitUpdatedAt', 's.retentionDays as summitRetentionDays',
    eb.selectFrom('outboxMessages as m').whereRef('m.invitationId', '=', 'i.id').select(tally('m.createdAt').as('t')).as('messagesById'),
    eb.selectFrom('outboxMessages as a').whereRef('a.summitId', '=', 'i.summitId').whereRef('a.toAddress', '=', 'i.email')
      .select(tally('a.createdAt').as('t')).as('messagesByAddress'),
    eb.selectFrom('consents as c').whereRef('c.invitationId', '=', 'i.id').select(tally('c.givenAt', 'c.withdrawnAt').as('t')).as('consents'),
  ])
  .where('i.id', '=', (eb) => eb.fn.coalesce(
    eb.selectFrom('invitationTokens').select('invitationId').where('tokenHash', '=', p('tokenHash')),
    eb.selectFrom('invitations').select('id').where('tokenHash', '=', p('tokenHash')),
  )));

// An invitation with its summit's columns beside it, each under the prefix `summit`.
const invitationWithSummit = preparedQuery<{ id: string }, InvitationColumns & Record<string, unknown>>((db, p) => db.selectFrom('invitations as i')
  .leftJoin('summits as s', 's.id', 'i.summitId')
  .select(invitationColumns.map((column) => sql.ref(`i.${column}`).as(column)))
  .select(summitColumns.map((column) => sql.ref(`s.${column}`).as(prefixed('summit', column))))
  .where('i.id', '=', p('id')));

// A new invitation is inserted under the seat guard: compiled once, with every column.
type InvitationRow = { [K in keyof InvitationsTable]: InvitationsTable[K] };
const storedColumns = everyColumn<InvitationsTable>()([...invitationColumns, 'tokenHash', 'emailKey', 'checkInCode']);
const rowValues = (p: <K extends keyof InvitationRow & string>(name: K) => InvitationRow[K]) =>
  Object.fromEntries(storedColumns.map((column) => [column, p(column)])) as InvitationRow;
const insertInvitation = preparedQuery<InvitationRow, never>((db, p) => db.insertInto('invitations').values(rowValues(p)));
const insertInvitationUnlessCodeTaken = preparedQuery<InvitationRow, { id: string }>((db, p) => db.insertInto('invitations').values(rowValues(p))
  .onConflict((oc) => oc.column('checkInCode').doNothing()).returning('id'));

/** The columns of `changes` as stored. */
const toListRows = (rows: readonly (Omit<InvitationListRow, 'status'> & { status: string })[]): InvitationListRow[] =>
  rows.map((r) => ({ ...r, status: r.status as InvitationStatus }));

function changedColumns(changes: InvitationChanges, now: string): Partial<InvitationsTable> {
  const { consentPhotos, email, ...rest } = changes;
  const values: Partial<InvitationsTable> = { ...rest, updatedAt: now };
  if (consentPhotos !== undefined) values.consentPhotos = flag(consentPhotos);
  if (email !== undefined) { values.email = email; values.emailKey = emailKey(email); }
  return values;
}

async function readParticipantPage(context: StoreContext, tokenHash: string) {
  const row = await participantPageByToken.executeTakeFirst(context, { tokenHash });
  if (!row) return undefined;
  const { summitVersion, summitStatus, summitStartsAt, summitEndsAt, summitUpdatedAt, summitRetentionDays, messagesById, messagesByAddress, consents, ...invitation } = row;
  return {
    invitation: toInvitation(invitation),
    summit: { status: summitStatus as SummitStatus, startsAt: summitStartsAt, endsAt: summitEndsAt, updatedAt: summitUpdatedAt, retentionDays: Number(summitRetentionDays) },
    // The whole row: any change to the invitation, whichever column, makes a new stamp.
    stamp: JSON.stringify([summitVersion, messagesById, messagesByAddress, consents, invitation]),
  };
}

export function createInvitationStore(context: StoreContext): InvitationStore {
  const { db, dialect } = context;
  const one = async (row: InvitationColumns | undefined) => row && toInvitation(row);
  const scoped = (summitId: string, groupId: string, organisationId: string | null) => {
    let q = db.selectFrom('invitations').where('summitId', '=', summitId).where('groupId', '=', groupId);
    q = organisationId === null ? q.where('organisationId', 'is', null) : q.where('organisationId', '=', organisationId);
    return q;
  };
  /** The recruitment list's invitations (as `i`) that pass `filter`. */
  const listed = (summitId: string, filter: InvitationListFilter) => db.selectFrom('invitations as i').where('i.summitId', '=', summitId)
    .$if(Boolean(filter.status), (q) => q.where('i.status', '=', filter.status!))
    .$if(Boolean(filter.groupId), (q) => q.where('i.groupId', '=', filter.groupId!))
    .$if(Boolean(filter.organisationId), (q) => q.where('i.organisationId', '=', filter.organisationId!));
  const store: InvitationStore = {
    async create(invitation, tokenHash, now) {
      for (;;) {
        const row: InvitationsTable = {
          ...invitation,
          language: invitation.language ?? 'da',
          id: randomUUID(),
          emailKey: emailKey(invitation.email),
          tokenHash,
          consentPhotos: flag(invitation.consentPhotos),
          createdAt: now,
          updatedAt: now,
          checkInCode: newCheckInCode(),
        };
        // In a batched transaction the insert goes with the next statement; a broken unique index
        // fails the transaction there, and the seat guard answers it (unit-of-work.ts).
        if (context.later) {
          context.later(insertInvitation.bind(context, row));
          return toInvitation(row);
        }
        // 40 bits make a clash of check-in codes rare, not impossible: a clash inserts nothing
        // (instead of aborting the caller's transaction) and the next round draws another code.
        // Every other unique index still refuses.
        let inserted: { id: string } | undefined;
        try {
          inserted = await insertInvitationUnlessCodeTaken.executeTakeFirst(context, row);
        } catch (error) {
          if (dialect.isUniqueViolation(error)) throw new DomainError('already_nominated');
          throw error;
        }
        if (inserted) return toInvitation(row);
      }
    },
    find: async (id) => one(await invitationById.executeTakeFirst(context, { id })),
    findByTokenHash: async (tokenHash) => one(await invitationByTokenHash.executeTakeFirst(context, { tokenHash })),
    async findParticipantPage(tokenHash) {
      const read = () => readParticipantPage(context, tokenHash);
      // Kept in memory on PostgreSQL while the database announces no change to the person or the summit.
      return context.keptReads
        ? context.keptReads.read('participant page', tokenHash, ({ invitation }) => [
          keptBy.invitation(invitation.id), keptBy.summit(invitation.summitId), keptBy.address(invitation.summitId, invitation.email),
        ], read)
        : read();
    },
    findActiveByEmail: async (summitId, key) => one(await db.selectFrom('invitations').selectAll()
      .where('summitId', '=', summitId).where('emailKey', '=', key).where(activeStatusLiterals).executeTakeFirst()),
    async update(id, changes: InvitationChanges, now, tokenHash) {
      const values = changedColumns(changes, now);
      if (tokenHash !== undefined) values.tokenHash = tokenHash;
      const updated = await db.updateTable('invitations').set(values).where('id', '=', id).returningAll().executeTakeFirst();
      if (!updated) throw new DomainError('not_found', { invitationId: id });
      return toInvitation(updated);
    },
    async change(invitation, changes, now, tokenHash) {
      const values = changedColumns(changes, now);
      if (tokenHash !== undefined) values.tokenHash = tokenHash;
      await runOrLater(context, db.updateTable('invitations').set(values).where('id', '=', invitation.id));
      return { ...invitation, ...changes, updatedAt: now };
    },
    async findWithSummit(id) {
      const row = await invitationWithSummit.executeTakeFirst(context, { id });
      if (!row) return undefined;
      return { invitation: toInvitation(row), summit: row[prefixed('summit', 'id')] === null ? undefined : toSummit(unprefixed(row, 'summit', summitColumns)) };
    },
    async countHeld(summitId, groupId, organisationId) {
      // The counters the database keeps per group and organisation (migration 2026-12-02-90): a
      // few rows per summit however many people it holds.
      const row = await db.selectFrom('seatCounts')
        .select([
          sql<number>`coalesce(sum(held), 0)`.as('summit'),
          sql<number>`coalesce(sum(case when group_id = ${groupId} then held else 0 end), 0)`.as('group'),
          (organisationId === null ? sql<number>`0` : sql<number>`coalesce(sum(case when organisation_key = ${organisationId} then held else 0 end), 0)`).as('organisation'),
        ])
        .where('summitId', '=', summitId)
        .executeTakeFirstOrThrow();
      return { summit: Number(row.summit), group: Number(row.group), organisation: Number(row.organisation) };
    },
    async statusCounts(summitId) {
      const rows = await db.selectFrom('invitations')
        .select(['groupId', 'organisationId', 'areaId', 'status', sql<number>`count(*)`.as('count')])
        .where('summitId', '=', summitId).groupBy(['groupId', 'organisationId', 'areaId', 'status']).execute();
      return rows.map((r) => ({ groupId: r.groupId, organisationId: r.organisationId, areaId: r.areaId, status: r.status as InvitationStatus, count: Number(r.count) }));
    },
    listBySummit: async (summitId) => (await db.selectFrom('invitations').select(invitationColumns).where('summitId', '=', summitId)
      .orderBy('createdAt').orderBy('id').execute()).map(toInvitation),
    listSummaries: async (summitId) => (await db.selectFrom('invitations').select(summaryColumns)
      .where('summitId', '=', summitId).orderBy('createdAt').orderBy('id').execute()).map(toSummary),
    listConfirmedNames: async (summitId) => (await db.selectFrom('invitations').select(['id', 'name'])
      .where('summitId', '=', summitId).where('status', '=', 'confirmed').orderBy('createdAt').orderBy('id').execute())
      .map((r) => ({ id: r.id as InvitationId, name: r.name, status: 'confirmed' as const })),
    async answersPerHour(summitId) {
      const hour = sql<string>`substr(answered_at, 1, 13)`;
      const rows = await db.selectFrom('invitations').select([hour.as('hour'), 'status', sql<number>`count(*)`.as('count')])
        .where('summitId', '=', summitId).where('answeredAt', 'is not', null).where('status', 'in', ['confirmed', 'declined'])
        .groupBy([hour, 'status']).execute();
      return rows.map((r) => ({ hour: r.hour, status: r.status as 'confirmed' | 'declined', count: Number(r.count) }));
    },
    async pendingDeadlinesPerHour(summitId, from, soonUntil) {
      const hour = sql<string>`substr(answer_deadline, 1, 13)`;
      const rows = await db.selectFrom('invitations')
        .select([hour.as('hour'), sql<string>`min(answer_deadline)`.as('first'), sql<number>`count(*)`.as('count'),
          sql<number>`sum(case when answer_deadline <= ${soonUntil} then 1 else 0 end)`.as('soon')])
        .where('summitId', '=', summitId).where('status', '=', 'pending').where('answerDeadline', '>=', from)
        .groupBy(hour).execute();
      return rows.map((r) => ({ hour: r.hour, first: r.first, count: Number(r.count), soon: Number(r.soon) }));
    },
    async listFirstUnanswered(summitId, limit) {
      // A missing deadline sorts last, as '9' does after every ISO date.
      const deadline = sql<string>`coalesce(answer_deadline, '9')`;
      const last = db.selectFrom('invitations').select(deadline.as('deadline'))
        .where('summitId', '=', summitId).where('status', '=', 'pending').orderBy(deadline).limit(1).offset(Math.max(0, limit - 1));
      const rows = await db.selectFrom('invitations').select(summaryColumns)
        .where('summitId', '=', summitId).where('status', '=', 'pending')
        .where(deadline, '<=', sql<string>`coalesce((${last}), '9')`)
        .orderBy('createdAt').orderBy('id').execute();
      return rows.map(toSummary);
    },
    async listRows(summitId, filter, page) {
      let query = listed(summitId, filter).select(['i.id', 'i.name', 'i.email', 'i.groupId', 'i.organisationId', 'i.status']).orderBy('i.createdAt').orderBy('i.id');
      if (page) query = query.limit(page.limit).offset(page.offset);
      return toListRows(await query.execute());
    },
    async searchPage(summitId, filter, search, page, pageSize) {
      const words = searchWords(search);
      if (dialect.danishCollation === undefined || words.length === 0) return undefined;
      const matching = listed(summitId, filter).where(holdsEveryWord('i', words));
      const rowsAt = async (offset: number) => toListRows(await matching.select(['i.id', 'i.name', 'i.email', 'i.groupId', 'i.organisationId', 'i.status'])
        .orderBy('i.createdAt').orderBy('i.id').limit(pageSize).offset(offset).execute());
      const requested = pageSpan(Number.MAX_SAFE_INTEGER, page, pageSize);
      const [counted, first] = await Promise.all([matching.select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow(), rowsAt(requested.offset)]);
      const total = Number(counted.count);
      const { offset, ...span } = pageSpan(total, page, pageSize);
      // A page past the last shows the last.
      return { rows: offset === requested.offset ? first : await rowsAt(offset), total, ...span };
    },
    listByOrganisation: async (organisationId) => (await db.selectFrom('invitations').select(invitationColumns).where('organisationId', '=', organisationId)
      .orderBy('createdAt').orderBy('id').execute()).map(toInvitation),
    // `limit 1`: executeTakeFirst alone reads (and maps) the whole waiting list, then keeps the first.
    nextWaitlisted: async (summitId, groupId, organisationId) => one(await scoped(summitId, groupId, organisationId).selectAll()
      .where('status', '=', 'waitlisted').orderBy('waitlistPosition').orderBy('createdAt').orderBy('id').limit(1).executeTakeFirst()),
    async maxWaitlistPosition(summitId, groupId, organisationId) {
      const row = await scoped(summitId, groupId, organisationId).select(sql<number | null>`max(waitlist_position)`.as('max'))
        .where('status', '=', 'waitlisted').executeTakeFirst();
      return Number(row?.max ?? 0);
    },
    async findCheckInCode(id) {
      const row = await db.selectFrom('invitations').select('checkInCode').where('id', '=', id).executeTakeFirst();
      return row?.checkInCode ?? undefined;
    },
    async listCheckInCodes(summitId) {
      const rows = await db.selectFrom('invitations').select(['id', 'checkInCode']).where('summitId', '=', summitId).execute();
      return new Map(rows.filter((r) => r.checkInCode !== null).map((r) => [r.id as InvitationId, r.checkInCode!]));
    },
    findByCheckInCode: async (code) => one(await db.selectFrom('invitations').selectAll().where('checkInCode', '=', code).executeTakeFirst()),
    listOverdue: async (now, limit) => (await db.selectFrom('invitations').selectAll()
      .where('status', '=', 'pending').where('answerDeadline', '<=', now).orderBy('answerDeadline').limit(limit).execute()).map(toInvitation),
  };
  return store;
}
