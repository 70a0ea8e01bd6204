// Sends the survey once the summit is held: a link to every checked-in participant, or to every
// confirmed one when nobody was checked in (check-in was not used). The coordinator is shown the
// number first (surveyAudienceSize), then sends.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { SeatingParticipant } from '../../domain/seating-roster.ts';
import { deliverable } from '../../domain/check-in.ts';
import { addDays, assertSurveySendable, danishDay, surveyLimits } from '../../domain/after-summit/survey.ts';
import type { Deps, Stores } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { surveyUrl } from '../personal-links.ts';
import { loadSurvey } from './get-survey.ts';

export interface SurveyAudience {
  /** Who gets a link: the checked-in, or the confirmed when check-in was not used. */
  basis: 'checked_in' | 'confirmed';
  people: SeatingParticipant[];
}

/** How many the survey would reach, as the coordinator is shown it before sending. */
export interface SurveyAudienceSize {
  basis: SurveyAudience['basis'];
  count: number;
}

/** Who of `everyone` gets a link, by the standing check-ins (`arrived`): one rule for the count shown and the sending. */
function audienceAmong<P extends { id: string; status: string; email: string }>(arrived: ReadonlySet<string>, everyone: readonly P[]): { basis: SurveyAudience['basis']; people: P[] } {
  const basis = arrived.size > 0 ? 'checked_in' : 'confirmed';
  return { basis, people: everyone.filter((p) => (basis === 'checked_in' ? arrived.has(p.id) : p.status === 'confirmed') && deliverable(p.email)) };
}

const arrivedOf = async (stores: Stores, summitId: SummitId) =>
  new Set((await stores.checkIns.listForSummit(summitId)).filter((c) => c.undoneAt === null).map((c) => c.invitationId as string));

async function audienceOf(stores: Stores, summitId: SummitId): Promise<SurveyAudience> {
  const [arrived, everyone] = await Promise.all([arrivedOf(stores, summitId), stores.seatingRoster.listAll(summitId)]);
  return audienceAmong(arrived, everyone);
}

/** The audience's size: read from each person's status and address only, not their names and groups. */
export async function surveyAudienceSize(deps: Deps, summitId: SummitId): Promise<SurveyAudienceSize> {
  const stores = deps.db.stores;
  const [, arrived, everyone] = await Promise.all([loadSurvey(stores, summitId), arrivedOf(stores, summitId), stores.surveys.listAddresses(summitId)]);
  const { basis, people } = audienceAmong(arrived, everyone);
  return { basis, count: people.length };
}

export async function sendSurvey(deps: Deps, access: Access, summitId: SummitId): Promise<{ sent: number }> {
  const actor = actorOf(access);
  const sent = await deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    const { summit, survey } = await loadSurvey(stores, summitId);
    assertSurveySendable(summit.status, survey);
    const { people } = await audienceOf(stores, summitId);
    if (people.length === 0) throw new DomainError('validation_failed', { recipients: 0 });
    const now = deps.clock.now();
    const closesOn = survey.closesOn && survey.closesOn >= danishDay(now) ? survey.closesOn : addDays(danishDay(now), 14);
    await stores.surveys.save({ ...survey, closesOn, sentAt: now }, now);
    // A group is kept on a response only where it has enough recipients that nobody stands out.
    const perGroup = new Map<string, number>();
    for (const p of people) perGroup.set(p.groupId, (perGroup.get(p.groupId) ?? 0) + 1);
    for (const person of people) {
      const reportGroupId = (perGroup.get(person.groupId) ?? 0) >= surveyLimits.groupMinimum ? person.groupId : null;
      const { id } = await stores.surveys.addRecipient({ summitId, invitationId: person.id, reportGroupId });
      const token = deps.tokens.newToken();
      await stores.surveys.addLink(id, deps.tokens.hash(token));
      await stores.outbox.enqueue({ ...deps.mailTexts[person.language ?? 'da'].surveyLink(summit, person, surveyUrl(deps, token), { anonymous: survey.anonymous, closesOn, reminder: false }), invitationId: person.id }, now);
    }
    await stores.audit.append({ action: 'survey.sent', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { sent: people.length, anonymous: survey.anonymous } }, now);
    return people.length;
  });
  deps.onMailQueued?.();
  return { sent };
}
