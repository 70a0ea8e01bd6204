// A citizen asks to take part from the public page. The request lands with the area's local forum;
// the answer never reveals whether the email is known, and repeated requests are limited.
import { DomainError } from '../../domain/errors.ts';
import type { AreaId, SummitId } from '../../domain/ids.ts';
import { acceptsInterest, type InterestRequest } from '../../domain/interest-request.ts';
import { emailKey } from '../../domain/invitation.ts';
import type { Language } from '../../domain/language.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Deps, Stores } from '../../ports.ts';
import { mailQueued, queueMail } from '../outgoing-mail.ts';
import { recruiterUrl } from '../personal-links.ts';

export interface InterestInput {
  areaId: string;
  name: string;
  email: string;
  message?: string;
  consent: boolean;
  /** The language of the page the citizen wrote from (Danish when absent): the answers speak it. */
  language?: Language;
}

/** At most this many requests from one email for one summit per day. */
export const interestRequestsPerDay = 3;

/**
 * A further recruiter link for the forum, so the mail about a new request leads straight to where it
 * is decided. Recruiter tokens are stored only hashed, so the link in use cannot be repeated; the new
 * one lives as long as the forum's live link and ends with it (a new link revokes all of them).
 * Null when the forum has no live link.
 */
async function extraRecruiterLink(stores: Stores, deps: Deps, forum: Organisation, now: string): Promise<string | null> {
  const live = (await stores.recruiterLinks.listActiveForSummit(forum.summitId, now)).filter((l) => l.organisationId === forum.id);
  if (live.length === 0) return null;
  const token = deps.tokens.newToken();
  const expiresAt = live.map((l) => l.expiresAt).sort().at(-1)!;
  await stores.recruiterLinks.create({ summitId: forum.summitId, organisationId: forum.id, createdAt: now, expiresAt }, deps.tokens.hash(token));
  return recruiterUrl(deps, token);
}

export async function submitInterestRequest(deps: Deps, summitId: SummitId, input: InterestInput): Promise<InterestRequest> {
  if (input.consent !== true) throw new DomainError('consent_required');
  const result = await deps.db.transaction(async (stores) => {
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    if (!acceptsInterest(summit.status)) throw new DomainError('summit_not_recruiting', { status: summit.status });
    const area = await stores.areas.find(input.areaId as AreaId);
    if (!area || area.summitId !== summitId) throw new DomainError('area_not_in_summit', { areaId: input.areaId });
    const forum = (await stores.organisations.list(summitId)).find((o) => o.areaId === area.id && o.kind === 'local_forum');
    if (!forum) throw new DomainError('no_local_forum', { areaId: area.id });
    const now = deps.clock.now();
    const since = new Date(new Date(now).getTime() - 86_400_000).toISOString();
    const email = emailKey(input.email);
    if (await stores.interests.countRecentFromEmail(summitId, email, since) >= interestRequestsPerDay) throw new DomainError('rate_limited');
    const request = await stores.interests.create({
      summitId, areaId: area.id, organisationId: forum.id, name: input.name.trim(), email, message: (input.message ?? '').trim(),
      language: input.language ?? 'da',
    }, now);
    await queueMail(stores, deps, deps.mailTexts.da.interestReceived(summit, forum, request, await extraRecruiterLink(stores, deps, forum, now)));
    await queueMail(stores, deps, deps.mailTexts[request.language].interestReceipt(summit, request, forum.name));
    await stores.audit.append({ action: 'interest_request.created', actor: 'public', summitId, subjectType: 'interest_request', subjectId: request.id, data: { areaId: area.id, organisationId: forum.id } }, now);
    return request;
  });
  mailQueued(deps);
  return result;
}
