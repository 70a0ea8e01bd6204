// The local forum answers a citizen's request through its recruiter link: accepting nominates the
// citizen (invited if a seat is free, otherwise waitlisted); declining sends the forum's message.
import { DomainError } from '../../domain/errors.ts';
import { assertDecidable, type InterestRequest } from '../../domain/interest-request.ts';
import type { Deps } from '../../ports.ts';
import { nominate, recruiterAccess } from '../registration/nominate-participant.ts';
import { countingMail, mailQueued, queueMail, toldNobody, type MailTold } from '../outgoing-mail.ts';

export interface InterestDecision {
  decision: 'accepted' | 'declined';
  message?: string;
}

export interface InterestDecisionResult {
  request: InterestRequest;
  /** Whom the decision mailed, counted as the messages were queued (nobody when it was decided before). */
  told: MailTold;
}

/** An open request of the recruiter's own organisation, for the confirmation step before declining it. */
export async function findOpenInterestRequest(deps: Deps, recruiterToken: string, requestId: string): Promise<InterestRequest> {
  const { organisation } = await recruiterAccess(deps, recruiterToken);
  const request = await deps.db.stores.interests.find(requestId);
  if (!request || request.organisationId !== organisation.id) throw new DomainError('not_found');
  assertDecidable(request, 'declined');
  return request;
}

export async function listInterestRequests(deps: Deps, recruiterToken: string): Promise<InterestRequest[]> {
  const { organisation } = await recruiterAccess(deps, recruiterToken);
  return deps.db.stores.interests.listForOrganisation(organisation.id);
}

export async function decideInterestRequest(deps: Deps, recruiterToken: string, requestId: string, input: InterestDecision): Promise<InterestDecisionResult> {
  const { organisation, summit, link } = await recruiterAccess(deps, recruiterToken);
  const request = await deps.db.stores.interests.find(requestId);
  // Another organisation's request is as invisible as one that does not exist.
  if (!request || request.organisationId !== organisation.id) throw new DomainError('not_found');
  if (assertDecidable(request, input.decision) === 'already') return { request, told: toldNobody };
  const actor = `recruiter:${link.id}` as const;
  const now = deps.clock.now();

  if (input.decision === 'declined') {
    const decided = await deps.db.transaction(async (locked): Promise<InterestDecisionResult> => {
      const { stores, told } = countingMail(locked);
      const fresh = await stores.interests.find(requestId);
      if (!fresh || assertDecidable(fresh, 'declined') === 'already') return { request: fresh!, told: toldNobody };
      const updated = await stores.interests.decide(requestId, { status: 'declined', message: input.message ?? '' }, now);
      await queueMail(stores, deps, deps.mailTexts[request.language].interestDeclined(summit, request, organisation.name, input.message ?? ''));
      await stores.audit.append({ action: 'interest_request.declined', actor, summitId: summit.id, subjectType: 'interest_request', subjectId: requestId }, now);
      return { request: updated, told: told() };
    });
    mailQueued(deps);
    return decided;
  }

  const placed = await nominate(deps, {
    actor, source: 'recruiter', ids: { summitId: summit.id, groupId: organisation.groupId, organisationId: organisation.id },
    person: { name: request.name, email: request.email, areaId: request.areaId, language: request.language },
  });
  const decided = await deps.db.transaction(async (locked): Promise<InterestDecisionResult> => {
    const { stores, told } = countingMail(locked);
    const updated = await stores.interests.decide(requestId, { status: 'accepted', message: input.message ?? '', invitationId: placed.invitation.id }, now);
    await queueMail(stores, deps, deps.mailTexts[request.language].interestAccepted(summit, request, organisation.name, placed.invitation.status === 'waitlisted'));
    await stores.audit.append({ action: 'interest_request.accepted', actor, summitId: summit.id, subjectType: 'interest_request', subjectId: requestId, data: { invitationId: placed.invitation.id, status: placed.invitation.status } }, now);
    return { request: updated, told: told() };
  });
  mailQueued(deps);
  return decided;
}
