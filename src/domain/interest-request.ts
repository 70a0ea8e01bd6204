// A citizen's request to take part, sent from the public page to their area's local forum, which
// decides: accepted (it becomes a nomination, within quota or on the waiting list) or declined
// with a message. The citizen is told either way.
import { DomainError } from './errors.ts';
import type { AreaId, Brand, OrganisationId, SummitId } from './ids.ts';
import type { Language } from './language.ts';

export type InterestRequestId = Brand<string, 'InterestRequestId'>;

export const interestStatuses = ['open', 'accepted', 'declined'] as const;
export type InterestStatus = (typeof interestStatuses)[number];

export interface InterestRequest {
  id: InterestRequestId;
  summitId: SummitId;
  areaId: AreaId;
  organisationId: OrganisationId | null;
  name: string;
  email: string;
  message: string;
  status: InterestStatus;
  decisionMessage: string;
  invitationId: string | null;
  createdAt: string;
  decidedAt: string | null;
  /** The language of the page the citizen wrote from; the answers speak it. */
  language: Language;
}

/** Summits still recruiting: citizens may ask to take part. */
export function acceptsInterest(status: string): boolean {
  return status === 'published' || status === 'postponed';
}

/** A request is decided once; deciding it again the same way is a no-op, the other way an error. */
export function assertDecidable(request: Pick<InterestRequest, 'status'>, decision: 'accepted' | 'declined'): 'decide' | 'already' {
  if (request.status === 'open') return 'decide';
  if (request.status === decision) return 'already';
  throw new DomainError('interest_already_decided', { status: request.status });
}
