// Printed badges that no longer tell the truth: the person's tables in the published plan differ
// from those on the last badge printed for them (after a re-plan, say). For the day view and a
// reprint of just those badges.
import { sameSeats, seatsByPerson, type BadgePrint, type OutdatedBadge } from '../../domain/badge.ts';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { SeatingPlan } from '../../domain/seating-plan.ts';
import type { Deps, Stores } from '../../ports.ts';

export async function outdatedBadges(deps: Deps, summitId: SummitId): Promise<OutdatedBadge[]> {
  const stores = deps.db.stores;
  if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
  const [confirmed, plan] = await Promise.all([stores.invitations.listConfirmedNames(summitId), stores.seatingPlans.findPublished(summitId)]);
  return outdatedBadgesOf(stores, summitId, confirmed, plan);
}

/** The outdated badges among `invitations` against the published `plan`, for a page that read both already. */
export async function outdatedBadgesOf(stores: Stores, summitId: SummitId, invitations: readonly { id: string; name: string; status: string }[], plan: SeatingPlan | undefined): Promise<OutdatedBadge[]> {
  const prints = await stores.badgePrints.listLatest(summitId);
  const printed = new Map(prints.map((p) => [p.invitationId, p]));
  // Only people who still have a seat: a cancelled person's badge is not reprinted but left unused.
  const seated = invitations.filter((i) => i.status === 'confirmed').flatMap((i) => {
    const print = printed.get(i.id);
    return print ? [{ ...print, name: i.name }] : [];
  });
  return outdatedAmong(seated, plan);
}

/** The badges of `printed` (the confirmed people's last prints, in the order shown) whose tables `plan` has changed since. */
export function outdatedAmong(printed: readonly (BadgePrint & { name: string })[], plan: SeatingPlan | undefined): OutdatedBadge[] {
  const current = seatsByPerson(plan);
  const outdated: OutdatedBadge[] = [];
  for (const print of printed) {
    const seats = current.get(print.invitationId) ?? [];
    if (!sameSeats(print.seats, seats)) {
      outdated.push({ invitationId: print.invitationId, name: print.name, printed: print.seats, current: seats, printedAt: print.printedAt });
    }
  }
  return outdated;
}
