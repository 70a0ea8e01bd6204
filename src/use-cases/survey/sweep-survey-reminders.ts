// The one reminder: `reminderDays` after sending, a fresh link to each recipient who has not
// answered, while the survey is open. Run by the periodic sweep; a survey is reminded once.
import type { SummitId } from '../../domain/ids.ts';
import { danishDay, surveyStatus } from '../../domain/after-summit/survey.ts';
import type { Deps } from '../../ports.ts';
import { surveyUrl } from '../personal-links.ts';

const day = 24 * 60 * 60 * 1000;

export async function sweepSurveyReminders(deps: Deps): Promise<{ reminded: number }> {
  const now = deps.clock.now();
  const due = (await deps.db.stores.surveys.listAwaitingReminder())
    .filter((s) => new Date(s.sentAt!).getTime() + s.reminderDays * day <= new Date(now).getTime() && surveyStatus(s, danishDay(now)) === 'sent');
  let reminded = 0;
  for (const { summitId } of due) {
    reminded += await deps.db.transaction(async (stores) => {
      await stores.summits.lock(summitId as SummitId);
      const survey = await stores.surveys.find(summitId);
      const summit = await stores.summits.find(summitId as SummitId);
      if (!survey || !summit || survey.remindedAt) return 0;
      const waiting = (await stores.surveys.listRecipients(summitId)).filter((r) => !r.spent && !r.reminded);
      for (const recipient of waiting) {
        const token = deps.tokens.newToken();
        await stores.surveys.addLink(recipient.id, deps.tokens.hash(token));
        await stores.outbox.enqueue({ ...deps.mailTexts[recipient.language].surveyLink(summit, recipient, surveyUrl(deps, token), { anonymous: survey.anonymous, closesOn: survey.closesOn!, reminder: true }), invitationId: recipient.invitationId }, now);
      }
      await stores.surveys.setReminded(waiting.map((r) => r.id));
      await stores.surveys.save({ ...survey, remindedAt: now }, now);
      await stores.audit.append({ action: 'survey.reminded', actor: 'system', summitId, subjectType: 'summit', subjectId: summitId, data: { reminded: waiting.length } }, now);
      return waiting.length;
    });
  }
  if (reminded > 0) deps.onMailQueued?.();
  return { reminded };
}
