// The coordinator gives a recruiting organisation its personal link. The token is shown once (and
// mailed to the organisation's contact address); only its hash is kept. A new link replaces the old.
import { DomainError } from '../../domain/errors.ts';
import type { OrganisationId } from '../../domain/ids.ts';
import { recruiterLinkExpiry } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { mailQueued, queueMail } from '../outgoing-mail.ts';
import { recruiterUrl } from '../personal-links.ts';
import { withSummitLock } from './registration-seats.ts';

export interface CreatedRecruiterLink {
  url: string;
  expiresAt: string;
  /** Whether the link was queued for mailing to the organisation's contact address. */
  emailed: boolean;
}

export async function createRecruiterLink(deps: Deps, access: Access, organisationId: OrganisationId, options: { sendEmail?: boolean } = {}): Promise<CreatedRecruiterLink> {
  const actor = actorOf(access);
  const organisation = await deps.db.stores.organisations.find(organisationId);
  if (!organisation) throw new DomainError('not_found', { organisationId });
  const result = await withSummitLock(deps, organisation.summitId, async (stores) => {
    const summit = await stores.summits.find(organisation.summitId);
    if (!summit) throw new DomainError('not_found');
    const now = deps.clock.now();
    const revoked = await stores.recruiterLinks.revokeForOrganisation(organisation.id, now);
    if (revoked) await stores.audit.append({ action: 'recruiter_link.revoked', actor, summitId: summit.id, subjectType: 'organisation', subjectId: organisation.id, data: { replaced: true } }, now);
    const token = deps.tokens.newToken();
    const link = await stores.recruiterLinks.create({ summitId: summit.id, organisationId: organisation.id, createdAt: now, expiresAt: recruiterLinkExpiry(now) }, deps.tokens.hash(token));
    const url = recruiterUrl(deps, token);
    const emailed = (options.sendEmail ?? true) && organisation.contactEmail !== '';
    if (emailed) await queueMail(stores, deps, deps.mailTexts.da.recruiterLink(summit, organisation, url));
    await stores.audit.append({ action: 'recruiter_link.created', actor, summitId: summit.id, subjectType: 'recruiter_link', subjectId: link.id, data: { organisationId: organisation.id, emailed } }, now);
    return { url, expiresAt: link.expiresAt, emailed };
  });
  mailQueued(deps);
  return result;
}

export async function revokeRecruiterLink(deps: Deps, access: Access, organisationId: OrganisationId): Promise<number> {
  const actor = actorOf(access);
  const organisation = await deps.db.stores.organisations.find(organisationId);
  if (!organisation) throw new DomainError('not_found', { organisationId });
  return deps.db.transaction(async (stores) => {
    const now = deps.clock.now();
    const revoked = await stores.recruiterLinks.revokeForOrganisation(organisation.id, now);
    if (revoked) await stores.audit.append({ action: 'recruiter_link.revoked', actor, summitId: organisation.summitId, subjectType: 'organisation', subjectId: organisation.id, data: {} }, now);
    return revoked;
  });
}
