// The coordinator gives a helper at the door a check-in link: like a recruiter link, the token is
// shown once and only its hash kept; it expires after the summit and can be revoked. Its rights end
// at checking people in at this summit.
import { checkInLinkExpiry } from '../../domain/check-in.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { checkInUrl } from '../personal-links.ts';

export interface CreatedCheckInLink {
  id: string;
  /** The page for the helper's phone; the token is its last path segment. */
  url: string;
  label: string;
  expiresAt: string;
}

export async function createCheckInLink(deps: Deps, access: Access, summitId: SummitId, input: { label?: string } = {}): Promise<CreatedCheckInLink> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    const summit = await stores.summits.find(summitId);
    if (!summit) throw new DomainError('not_found', { summitId });
    const now = deps.clock.now();
    const token = deps.tokens.newToken();
    const label = (input.label ?? '').trim().slice(0, 100);
    const link = await stores.checkIns.createLink({ summitId, label, createdBy: actor, createdAt: now, expiresAt: checkInLinkExpiry(now, summit) }, deps.tokens.hash(token));
    await stores.audit.append({ action: 'check_in_link.created', actor, summitId, subjectType: 'check_in_link', subjectId: link.id, data: { label, expiresAt: link.expiresAt } }, now);
    return { id: link.id, url: checkInUrl(deps, token), label, expiresAt: link.expiresAt };
  });
}
