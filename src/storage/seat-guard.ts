// The seat guard as a lock on the summit's row (SqlDialect.lockRows): the same lock that quota and
// capacity changes take, so seats are counted against figures that cannot change underneath. And
// what a seat decision reads under it, in one statement: a round trip saved under the lock is
// waited for by every request queued behind it.
import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { InvitationId } from '../domain/invitation.ts';
import type { SeatGuard, SeatStore } from '../ports.ts';
import { preparedQuery, type StoreContext } from './executor.ts';
import type { StorageUnitOfWork } from './unit-of-work.ts';
import type { DB, SummitsTable } from './schema.ts';
import { activeStatusLiterals } from './invitation-store.ts';
import { toSummit } from './summit-store.ts';

export function createSeatGuard(db: StorageUnitOfWork): SeatGuard {
  return { hold: (summitId, work) => db.lockedTransaction(summitId, work) };
}

type SeatStateRow = Selectable<SummitsTable> & {
  seatGroupQuota: number | null; seatOrganisationQuota: number | null; seatHeldSummit: number | null; seatHeldGroup: number | null;
  seatHeldOrganisation: number | null; seatActiveInvitationId: string | null; seatWaitlistTail: number | null;
};
type SeatStateParams = { summitId: string; groupId: string; organisationId: string; emailKey: string };

/**
 * The seat state in one statement, compiled once for each of its four shapes: with or without an
 * organisation, with or without an email to look for.
 */
function seatStateQuery(withOrganisation: boolean, withEmail: boolean) {
  return preparedQuery<SeatStateParams, SeatStateRow>((db, p) => {
    const summitId = p('summitId'), groupId = p('groupId');
    const held = (eb: ExpressionBuilder<DB, 'summits'>, scope: 'summit' | 'group' | 'organisation') => {
      let q = eb.selectFrom('seatCounts').select(sql<number>`coalesce(sum(held), 0)`.as('held')).where('seatCounts.summitId', '=', summitId);
      if (scope === 'group') q = q.where('seatCounts.groupId', '=', groupId);
      if (scope === 'organisation') q = q.where('seatCounts.organisationKey', '=', p('organisationId'));
      return q;
    };
    return db.selectFrom('summits').selectAll('summits')
      .select((eb) => [
        eb.selectFrom('stakeholderGroups').select('quota').where('id', '=', groupId).where('summitId', '=', summitId).as('seatGroupQuota'),
        (!withOrganisation ? sql<number | null>`null`
          : eb.selectFrom('organisations').select('quota').where('id', '=', p('organisationId')).where('summitId', '=', summitId)).as('seatOrganisationQuota'),
        held(eb, 'summit').as('seatHeldSummit'),
        held(eb, 'group').as('seatHeldGroup'),
        (!withOrganisation ? sql<number>`0` : held(eb, 'organisation')).as('seatHeldOrganisation'),
        (!withEmail ? sql<string | null>`null`
          : eb.selectFrom('invitations').select('id').where('summitId', '=', summitId).where('emailKey', '=', p('emailKey')).where(activeStatusLiterals).limit(1))
          .as('seatActiveInvitationId'),
        // The last place on the group's and organisation's waiting list, read from the end of its index.
        (() => {
          let q = eb.selectFrom('invitations').select(sql<number | null>`max(waitlist_position)`.as('tail'))
            .where('summitId', '=', summitId).where('groupId', '=', groupId).where('status', '=', 'waitlisted');
          q = !withOrganisation ? q.where('organisationId', 'is', null) : q.where('organisationId', '=', p('organisationId'));
          return q;
        })().as('seatWaitlistTail'),
      ])
      .where('summits.id', '=', summitId);
  });
}
const seatStates = [seatStateQuery(false, false), seatStateQuery(false, true), seatStateQuery(true, false), seatStateQuery(true, true)] as const;

export function createSeatStore(context: StoreContext): SeatStore {
  return {
    async state(summitId, groupId, organisationId, emailKey) {
      const query = seatStates[(organisationId === null ? 0 : 2) + (emailKey === undefined ? 0 : 1)];
      const row = await query.executeTakeFirst(context, { summitId, groupId, organisationId: organisationId ?? '', emailKey: emailKey ?? '' });
      if (!row) return undefined;
      const { seatGroupQuota, seatOrganisationQuota, seatHeldSummit, seatHeldGroup, seatHeldOrganisation, seatActiveInvitationId, seatWaitlistTail, ...summit } = row;
      return {
        summit: toSummit(summit),
        groupQuota: seatGroupQuota ?? undefined,
        organisationQuota: seatOrganisationQuota ?? undefined,
        held: { summit: Number(seatHeldSummit ?? 0), group: Number(seatHeldGroup ?? 0), organisation: Number(seatHeldOrganisation ?? 0) },
        activeInvitationId: (seatActiveInvitationId ?? undefined) as InvitationId | undefined,
        waitlistTail: Number(seatWaitlistTail ?? 0),
      };
    },
  };
}
