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
      const rows = await db.selectFrom('outboxMessages').select(['id', 'kind', 'subject', 'createdAt', 'sentAt'])
        .where('summitId', '=', summitId)
        .where((eb) => eb.or([eb('invitationId', '=', invitationId), eb('toAddress', '=', email)]))
        .orderBy('createdAt', 'desc').limit(100).execute();
      return rows;
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
