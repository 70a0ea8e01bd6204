// What a recruiter's page shows behind the organisation's personal link: its own people, the
// summit's areas to choose from, the citizens' requests to it and where re-confirmation stands.
import type { Area } from '../../domain/area.ts';
import type { InterestRequest } from '../../domain/interest-request.ts';
import type { Deps } from '../../ports.ts';
import { listOwnNominations } from '../registration/nominate-participant.ts';
import { getReconfirmationOverview, type ReconfirmationOverview } from './get-reconfirmation-overview.ts';

export type RecruiterPageView = Awaited<ReturnType<typeof listOwnNominations>> & {
  areas: Area[];
  interests: InterestRequest[];
  reconfirmation: ReconfirmationOverview;
};

export async function getRecruiterPage(deps: Deps, token: string): Promise<RecruiterPageView> {
  const own = await listOwnNominations(deps, token);
  const areas = await deps.db.stores.areas.list(own.summit.id);
  const interests = await deps.db.stores.interests.listForOrganisation(own.organisation.id);
  const reconfirmation = await getReconfirmationOverview(deps, own.summit.id, own.organisation.id);
  return { ...own, areas, interests, reconfirmation };
}
