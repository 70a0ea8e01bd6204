// The feedback survey's data. Responses are written with a random id and the day only; the spent
// marker lives on the recipient, and `spend` rewrites every recipient row of the summit so the
// rows carry no trace of which person answered in which transaction.
import { randomUUID } from 'node:crypto';
import type { AnswerValue, Survey, SurveyQuestion } from '../domain/after-summit/survey.ts';
import type { SurveyRecipient, SurveyStore } from '../ports.ts';
import { flag, type StoreContext } from './executor.ts';
import type { SurveysTable } from './schema.ts';

const toSurvey = (row: SurveysTable): Survey => ({
  summitId: row.summitId, anonymous: row.anonymous === 1, questions: JSON.parse(row.questions) as SurveyQuestion[],
  reminderDays: row.reminderDays, closesOn: row.closesOn, sentAt: row.sentAt, remindedAt: row.remindedAt,
});

export function createSurveyStore({ db }: StoreContext): SurveyStore {
  const recipients = () => db.selectFrom('surveyRecipients').innerJoin('invitations', 'invitations.id', 'surveyRecipients.invitationId')
    .select(['surveyRecipients.id', 'surveyRecipients.summitId', 'surveyRecipients.invitationId', 'surveyRecipients.reportGroupId',
      'surveyRecipients.spent', 'surveyRecipients.reminded', 'invitations.name', 'invitations.email', 'invitations.language']);
  const toRecipient = (row: { id: string; summitId: string; invitationId: string; reportGroupId: string | null; spent: number; reminded: number; name: string; email: string; language: string }): SurveyRecipient =>
    ({ ...row, language: row.language === 'en' ? 'en' : 'da', spent: row.spent === 1, reminded: row.reminded === 1 });
  return {
    listAddresses: (summitId) => db.selectFrom('invitations').select(['id', 'status', 'email']).where('summitId', '=', summitId).execute(),
    async find(summitId) {
      const row = await db.selectFrom('surveys').selectAll().where('summitId', '=', summitId).executeTakeFirst();
      return row && toSurvey(row);
    },
    async save(survey, now) {
      const row: SurveysTable = {
        summitId: survey.summitId, anonymous: flag(survey.anonymous), questions: JSON.stringify(survey.questions), reminderDays: survey.reminderDays,
        closesOn: survey.closesOn, sentAt: survey.sentAt, remindedAt: survey.remindedAt, updatedAt: now,
      };
      const { summitId: _summitId, ...changes } = row;
      await db.insertInto('surveys').values(row).onConflict((oc) => oc.column('summitId').doUpdateSet(changes)).execute();
    },
    async addRecipient(recipient) {
      const id = randomUUID();
      await db.insertInto('surveyRecipients').values({ ...recipient, id, spent: 0, reminded: 0 }).execute();
      return { id };
    },
    async addLink(recipientId, tokenHash) {
      await db.insertInto('surveyLinks').values({ recipientId, tokenHash }).execute();
    },
    async findRecipientByToken(tokenHash) {
      const row = await recipients().innerJoin('surveyLinks', 'surveyLinks.recipientId', 'surveyRecipients.id')
        .where('surveyLinks.tokenHash', '=', tokenHash).executeTakeFirst();
      return row && toRecipient(row);
    },
    listRecipients: async (summitId) => (await recipients().where('surveyRecipients.summitId', '=', summitId)
      .orderBy('invitations.name').orderBy('surveyRecipients.id').execute()).map(toRecipient),
    async spend(summitId, recipientId) {
      const claimed = await db.updateTable('surveyRecipients').set({ spent: 1 })
        .where('id', '=', recipientId).where('spent', '=', 0).executeTakeFirst();
      if (Number(claimed.numUpdatedRows ?? 0) === 0) return false;
      // The same write to every row: each now carries this transaction, none stands out.
      await db.updateTable('surveyRecipients').set((eb) => ({ spent: eb.ref('spent') })).where('summitId', '=', summitId).execute();
      return true;
    },
    async setReminded(ids) {
      if (ids.length) await db.updateTable('surveyRecipients').set({ reminded: 1 }).where('id', 'in', ids).execute();
    },
    async addResponse(summitId, response) {
      await db.insertInto('surveyResponses').values({
        id: randomUUID(), summitId, groupId: response.groupId, respondentId: response.respondentId,
        submittedOn: response.submittedOn, answers: JSON.stringify(response.answers),
      }).execute();
    },
    listResponses: async (summitId) => (await db.selectFrom('surveyResponses').selectAll().where('summitId', '=', summitId).orderBy('id').execute())
      .map((row) => ({ id: row.id, groupId: row.groupId, respondentId: row.respondentId, submittedOn: row.submittedOn, answers: JSON.parse(row.answers) as Record<string, AnswerValue> })),
    listAwaitingReminder: async () => (await db.selectFrom('surveys').selectAll().where('sentAt', 'is not', null).where('remindedAt', 'is', null).execute()).map(toSurvey),
  };
}
