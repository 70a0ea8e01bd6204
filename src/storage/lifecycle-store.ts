// The lifecycle's own data beside the invitations: re-confirmation state, extra personal links,
// and per-summit message texts.
import type { ReconfirmState } from '../domain/lifecycle.ts';
import type { LifecycleStore, MessageTemplate } from '../ports.ts';
import { preparedQuery, type StoreContext } from './executor.ts';

// The lookups behind every participant page, compiled once.
const reconfirmStateById = preparedQuery<{ id: string }, { reconfirmState: string }>((db, p) =>
  db.selectFrom('invitations').select('reconfirmState').where('id', '=', p('id')));
const invitationIdByToken = preparedQuery<{ tokenHash: string }, { invitationId: string }>((db, p) =>
  db.selectFrom('invitationTokens').select('invitationId').where('tokenHash', '=', p('tokenHash')));
const messageColumns = ['id', 'summitId', 'kind', 'subject', 'createdAt', 'sentAt'] as const;
interface MessageRow { id: string; summitId: string | null; kind: string; subject: string; createdAt: string; sentAt: string | null }
const messagesToInvitation = preparedQuery<{ invitationId: string }, MessageRow>((db, p) =>
  db.selectFrom('outboxMessages').select(messageColumns).where('invitationId', '=', p('invitationId')));
const messagesToAddress = preparedQuery<{ summitId: string; email: string }, MessageRow>((db, p) =>
  db.selectFrom('outboxMessages').select(messageColumns).where('summitId', '=', p('summitId')).where('toAddress', '=', p('email')));

// Read by every nomination and answer that mails (the summit's own wordings).
const templatesOfSummit = preparedQuery<{ summitId: string }, MessageTemplate>((db, p) =>
  db.selectFrom('messageTemplates').select(['kind', 'subject', 'body', 'updatedAt']).where('summitId', '=', p('summitId')));

export function createLifecycleStore(context: StoreContext): LifecycleStore {
  const { db } = context;
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
      const row = await reconfirmStateById.executeTakeFirst(context, { id: invitationId });
      return (row?.reconfirmState ?? '') as ReconfirmState;
    },
    async setRemindersSent(invitationId, count) {
      await db.updateTable('invitations').set({ reconfirmReminders: count }).where('id', '=', invitationId).execute();
    },
    async addInvitationToken(invitationId, tokenHash, now) {
      await db.insertInto('invitationTokens').values({ tokenHash, invitationId, createdAt: now }).execute();
    },
    async findInvitationIdByToken(tokenHash) {
      const row = await invitationIdByToken.executeTakeFirst(context, { tokenHash });
      return row?.invitationId;
    },
    async listMessagesTo(summitId, invitationId, email) {
      // Two lookups, each on an index of its own (the invitation's; the summit's addresses), so the
      // page reads this person's few rows and not every message of the summit: an OR or a UNION of
      // both is planned as a walk through the summit's messages by date on either database.
      const [toInvitation, toAddress] = [
        await messagesToInvitation.execute(context, { invitationId }),
        await messagesToAddress.execute(context, { summitId, email }),
      ];
      const byId = new Map([...toInvitation.filter((m) => m.summitId === summitId), ...toAddress].map(({ summitId: _s, ...m }) => [m.id, m]));
      return [...byId.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)).slice(0, 100);
    },
    async listTemplates(summitId) {
      return templatesOfSummit.execute(context, { summitId });
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
