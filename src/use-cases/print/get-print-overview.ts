// What the coordinator's "Udskrifter" page shows: whether a plan is published and over how many
// rounds, the round questions, the confirmed people (for a single reprint) and the outdated badges.
import type { OutdatedBadge } from '../../domain/badge.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { outdatedBadgesOf } from './outdated-badges.ts';

export interface PrintOverview {
  summit: Summit;
  published: boolean;
  rounds: number;
  questions: string[];
  confirmed: { id: string; name: string }[];
  outdated: OutdatedBadge[];
}

const byName = new Intl.Collator('da');

export async function getPrintOverview(deps: Deps, summitId: SummitId): Promise<PrintOverview> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  // Only the confirmed people's names: the page offers no one else, and at 1,000 people reading
  // every person's summary was most of its time.
  const [plan, settings, questions, confirmed] = await Promise.all([
    stores.seatingPlans.findPublished(summitId), stores.seatingPlans.findSettings(summitId), stores.seatingPlans.listRoundQuestions(summitId),
    stores.invitations.listConfirmedNames(summitId),
  ]);
  const outdated = await outdatedBadgesOf(stores, summitId, confirmed, plan);
  return {
    summit, published: !!plan, rounds: plan?.rounds.length ?? settings?.rounds ?? 1, questions,
    confirmed: confirmed.map((i) => ({ id: i.id, name: i.name })).sort((a, b) => byName.compare(a.name, b.name)),
    outdated,
  };
}
