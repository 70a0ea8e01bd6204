// The summit day's data: check-in links (hashed tokens), check-ins, the first answer per client id
// (idempotency keys), walk-ins and the rounds under way. No lock is needed for a check-in: the
// partial unique index on standing check-ins decides between concurrent ones on both databases
// (`INSERT … ON CONFLICT DO NOTHING` waits for a concurrent insert of the same person to commit).
import { randomUUID } from 'node:crypto';
import type { CheckIn, CheckInAnswer, CheckInLink, CheckInLinkId, MissingParticipant, WalkIn } from '../domain/check-in.ts';
import type { GroupId, SummitId } from '../domain/ids.ts';
import type { InvitationId } from '../domain/invitation.ts';
import type { CheckInStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';
import type { CheckInLinksTable, CheckInsTable, WalkInsTable } from './schema.ts';

function toLink(row: CheckInLinksTable): CheckInLink {
  const { tokenHash: _tokenHash, ...rest } = row;
  return { ...rest, id: row.id as CheckInLinkId, summitId: row.summitId as SummitId };
}

const toCheckIn = (row: CheckInsTable): CheckIn => ({ ...row, summitId: row.summitId as SummitId, invitationId: row.invitationId as InvitationId });

function toWalkIn(row: WalkInsTable): WalkIn {
  const { removedAt: _removedAt, ...rest } = row;
  return { ...rest, summitId: row.summitId as SummitId, groupId: row.groupId as GroupId | null, invitationId: row.invitationId as InvitationId | null };
}

export function createCheckInStore({ db }: StoreContext): CheckInStore {
  const findActive = async (invitationId: string) => {
    const row = await db.selectFrom('checkIns').selectAll().where('invitationId', '=', invitationId).where('undoneAt', 'is', null).executeTakeFirst();
    return row && toCheckIn(row);
  };
  const findAnswer = async (summitId: string, clientId: string) => {
    const row = await db.selectFrom('checkInRequests').select('response').where('summitId', '=', summitId).where('clientId', '=', clientId).executeTakeFirst();
    return row && (JSON.parse(row.response) as CheckInAnswer);
  };
  const findWalkIn = async (summitId: string, clientId: string) => {
    const row = await db.selectFrom('walkIns').selectAll().where('summitId', '=', summitId).where('clientId', '=', clientId).executeTakeFirst();
    return row && toWalkIn(row);
  };
  return {
    async createLink(link, tokenHash) {
      const row: CheckInLinksTable = { ...link, id: randomUUID(), tokenHash, revokedAt: null };
      await db.insertInto('checkInLinks').values(row).execute();
      return toLink(row);
    },
    async findActiveLink(tokenHash, now) {
      const row = await db.selectFrom('checkInLinks').selectAll().where('tokenHash', '=', tokenHash)
        .where('revokedAt', 'is', null).where('expiresAt', '>', now).executeTakeFirst();
      return row && toLink(row);
    },
    listActiveLinks: async (summitId, now) => (await db.selectFrom('checkInLinks').selectAll().where('summitId', '=', summitId)
      .where('revokedAt', 'is', null).where('expiresAt', '>', now).orderBy('createdAt').orderBy('id').execute()).map(toLink),
    async revokeLink(summitId, id, now) {
      const result = await db.updateTable('checkInLinks').set({ revokedAt: now })
        .where('summitId', '=', summitId).where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows ?? 0) > 0;
    },
    findAnswer,
    async saveAnswer(summitId, clientId, answer, now) {
      await db.insertInto('checkInRequests')
        .values({ summitId, clientId, invitationId: answer.invitationId, response: JSON.stringify(answer), createdAt: now })
        .onConflict((oc) => oc.columns(['summitId', 'clientId']).doNothing()).execute();
      return (await findAnswer(summitId, clientId)) ?? answer;
    },
    findActive,
    async checkIn(checkIn) {
      const row: CheckInsTable = { ...checkIn, id: randomUUID(), undoneAt: null, undoneBy: null };
      // A concurrent undo can make the standing check-in vanish between the insert and the read.
      for (;;) {
        const inserted = await db.insertInto('checkIns').values(row)
          .onConflict((oc) => oc.column('invitationId').where('undoneAt', 'is', null).doNothing())
          .returning('id').executeTakeFirst();
        if (inserted) return { checkIn: toCheckIn(row), created: true };
        const standing = await findActive(checkIn.invitationId);
        if (standing) return { checkIn: standing, created: false };
      }
    },
    async undo(invitationId, by, now) {
      const result = await db.updateTable('checkIns').set({ undoneAt: now, undoneBy: by })
        .where('invitationId', '=', invitationId).where('undoneAt', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows ?? 0) > 0;
    },
    listForSummit: async (summitId) => (await db.selectFrom('checkIns').selectAll().where('summitId', '=', summitId)
      .orderBy('checkedInAt').orderBy('id').execute()).map(toCheckIn),
    async countByGroup(summitId) {
      // Every join and filter names the summit, so each table is read through its summit's index.
      const rows = await db.selectFrom('invitations as i')
        .leftJoin('checkIns as c', (join) => join.onRef('c.invitationId', '=', 'i.id').on('c.summitId', '=', summitId).on('c.undoneAt', 'is', null))
        .where('i.summitId', '=', summitId)
        .groupBy('i.groupId')
        .select((eb) => [
          'i.groupId',
          eb.fn.sum<number | string>(eb.case().when('i.status', '=', 'confirmed').then(1).else(0).end()).as('confirmed'),
          eb.fn.count<number | string>('c.id').as('checkedIn'),
        ])
        .execute();
      return rows.map((row) => ({ groupId: row.groupId as GroupId, confirmed: Number(row.confirmed), checkedIn: Number(row.checkedIn) }));
    },
    async listMissing(summitId) {
      const rows = await db.selectFrom('invitations as i')
        .leftJoin('organisations as o', (join) => join.onRef('o.id', '=', 'i.organisationId').on('o.summitId', '=', summitId))
        .leftJoin('areas as a', (join) => join.onRef('a.id', '=', 'i.areaId').on('a.summitId', '=', summitId))
        .where('i.summitId', '=', summitId).where('i.status', '=', 'confirmed')
        .where((eb) => eb.not(eb.exists(eb.selectFrom('checkIns as c').select('c.id')
          .where('c.summitId', '=', summitId).whereRef('c.invitationId', '=', 'i.id').where('c.undoneAt', 'is', null))))
        .select(['i.id', 'i.name', 'i.email', 'i.groupId', 'o.name as organisationName', 'a.name as areaName'])
        .orderBy('i.name').orderBy('i.id')
        .execute();
      return rows.map((row): MissingParticipant => ({
        id: row.id as InvitationId, name: row.name, email: row.email, groupId: row.groupId as GroupId,
        organisationName: row.organisationName ?? null, areaName: row.areaName ?? null,
      }));
    },
    async addWalkIn(walkIn) {
      const row: WalkInsTable = { ...walkIn, id: randomUUID(), removedAt: null };
      const inserted = await db.insertInto('walkIns').values(row)
        .onConflict((oc) => oc.columns(['summitId', 'clientId']).doNothing()).returning('id').executeTakeFirst();
      if (inserted) return { walkIn: toWalkIn(row), created: true };
      return { walkIn: (await findWalkIn(walkIn.summitId, walkIn.clientId))!, created: false };
    },
    findWalkIn,
    listWalkIns: async (summitId) => (await db.selectFrom('walkIns').selectAll().where('summitId', '=', summitId)
      .where('removedAt', 'is', null).orderBy('createdAt').orderBy('id').execute()).map(toWalkIn),
    async roundsStarted(summitId) {
      const row = await db.selectFrom('summitDays').select('roundsStarted').where('summitId', '=', summitId).executeTakeFirst();
      return row?.roundsStarted ?? 0;
    },
    async setRoundsStarted(summitId, rounds, now) {
      await db.insertInto('summitDays').values({ summitId, roundsStarted: rounds, updatedAt: now })
        .onConflict((oc) => oc.column('summitId').doUpdateSet({ roundsStarted: rounds, updatedAt: now })).execute();
    },
  };
}
