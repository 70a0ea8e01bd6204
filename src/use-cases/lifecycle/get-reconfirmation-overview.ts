// The coordinator's (and a recruiter's) view of a re-confirmation round.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';

export interface ReconfirmationRow {
  invitationId: string;
  name: string;
  organisationId: string | null;
  groupId: string;
  /** reconfirmed, awaiting (silent), declined (said no after the reschedule), lost (deadline passed). */
  state: 'reconfirmed' | 'awaiting' | 'declined' | 'lost';
}

export interface ReconfirmationOverview {
  reconfirmBy: string | null;
  counts: Record<ReconfirmationRow['state'], number>;
  people: ReconfirmationRow[];
}

export async function getReconfirmationOverview(deps: Deps, summitId: SummitId, organisationId?: string): Promise<ReconfirmationOverview> {
  const { stores } = deps.db;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const states = await stores.lifecycle.reconfirmStates(summitId);
  const people: ReconfirmationRow[] = [];
  // Only a reschedule gives people a state: until then there is nobody to read.
  const invitations = states.size === 0 ? [] : await stores.invitations.listSummaries(summitId);
  for (const invitation of invitations) {
    const entry = states.get(invitation.id);
    if (!entry || (organisationId && invitation.organisationId !== organisationId)) continue;
    const state = entry.state === 'awaiting' && invitation.status === 'cancelled' ? 'declined'
      : entry.state === 'awaiting' ? 'awaiting' : entry.state === 'lost' ? 'lost' : invitation.status === 'cancelled' ? 'declined' : 'reconfirmed';
    people.push({ invitationId: invitation.id, name: invitation.name, organisationId: invitation.organisationId, groupId: invitation.groupId, state });
  }
  const counts = { reconfirmed: 0, awaiting: 0, declined: 0, lost: 0 };
  for (const p of people) counts[p.state]++;
  return { reconfirmBy: summit.reconfirmBy, counts, people };
}
