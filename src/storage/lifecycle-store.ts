// The lifecycle's own data beside the invitations: re-confirmation state, extra personal links,
// and per-summit message texts.
import type { ReconfirmState } from '../domain/lifecycle.ts';
import type { LifecycleStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';

export function createLifecycleStore({ db }: StoreContext): LifecycleStore {
  return {
    async setReconfirmState(invitationIds, state, resetReminders) {
      if (invitationIds.length === 0) return;
      for (let i = 0; i < invitationIds.length; i += 500) {
        await db.updateTable('invitations')
          .set(resetReminders ? { reconfirmState: state, reconfirmReminders: 0 } : { reconfirmState: state })
          .where('id', 'in', invitationIds.slice(i, i + 500)).execute();
      }
    },
    async reconfirmStates(summitId) {
      const rows = await db.selectFrom('invitations').select(['id', 'reconfirmState', 'reconfirmReminders'])
        .where('summitId', '=', summitId).where('reconfirmState', '!=', '').execute();
      return new Map(rows.map((r) => [r.id, { state: r.reconfirmState as ReconfirmState, reminders: r.reconfirmReminders }]));
    },
    async findReconfirmState(invitationId) {
      const row = await db.selectFrom('invitations').select('reconfirmState').where('id', '=', invitationId).executeTakeFirst();
      return (row?.reconfirmState ?? '') as ReconfirmState;
    },
    async setRemindersSent(invitationId, count) {
      await db.updateTable('invitations').set({ reconfirmReminders: count }).where('id', '=', invitationId).execute();
    },
    async addInvitationToken(invitationId, tokenHash, now) {
      await db.insertInto('invitationTokens').values({ tokenHash, invitationId, createdAt: now }).execute();
    },
    async findInvitationIdByToken(tokenHash) {
      const row = await db.selectFrom('invitationTokens').select('invitationId').where('tokenHash', '=', tokenHash).executeTakeFirst();
      return row?.invitationId;
    },
    async listMessagesTo(summitId, invitationId, email) {
      // Two lookups, each on an index of its own (the invitation's; the summit's addresses), so the
      // page reads this person's few rows and not every message of the summit: an OR or a UNION of
      // both is planned as a walk through the summit's messages by date on either database.
      const messages = () => db.selectFrom('outboxMessages').select(['id', 'summitId', 'kind', 'subject', 'createdAt', 'sentAt']);
      const [toInvitation, toAddress] = [
        await messages().where('invitationId', '=', invitationId).execute(),
        await messages().where('summitId', '=', summitId).where('toAddress', '=', email).execute(),
      ];
      const byId = new Map([...toInvitation.filter((m) => m.summitId === summitId), ...toAddress].map(({ summitId: _s, ...m }) => [m.id, m]));
      return [...byId.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)).slice(0, 100);
    },
    async listTemplates(summitId) {
      return db.selectFrom('messageTemplates').select(['kind', 'subject', 'body', 'updatedAt']).where('summitId', '=', summitId).execute();
    },
    async findTemplate(summitId, kind) {
      return db.selectFrom('messageTemplates').select(['kind', 'subject', 'body', 'updatedAt'])
        .where('summitId', '=', summitId).where('kind', '=', kind).executeTakeFirst();
    },
    async saveTemplate(summitId, template, now) {
      await db.deleteFrom('messageTemplates').where('summitId', '=', summitId).where('kind', '=', template.kind).execute();
      await db.insertInto('messageTemplates').values({ summitId, ...template, updatedAt: now }).execute();
    },
    async removeTemplate(summitId, kind) {
      await db.deleteFrom('messageTemplates').where('summitId', '=', summitId).where('kind', '=', kind).execute();
    },
  };
}
