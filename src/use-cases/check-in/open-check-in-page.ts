// What a helper's phone needs to open the check-in page behind their link: the summit, the link's
// label, and the groups and organisations a walk-in can join. The people come from the roster API.
import { DomainError } from '../../domain/errors.ts';
import type { Deps } from '../../ports.ts';

export interface CheckInPageView {
  summit: { id: string; title: string; status: string };
  label: string;
  groups: { id: string; name: string; organisations: { id: string; name: string }[] }[];
}

/** `not_found` for an unknown, revoked or expired link (one answer for all three). */
export async function openCheckInPage(deps: Deps, token: string): Promise<CheckInPageView> {
  const stores = deps.db.stores;
  const link = await stores.checkIns.findActiveLink(deps.tokens.hash(token), deps.clock.now());
  if (!link) throw new DomainError('not_found');
  const summit = await stores.summits.find(link.summitId);
  if (!summit) throw new DomainError('not_found');
  const [groups, organisations] = await Promise.all([stores.groups.list(summit.id), stores.organisations.list(summit.id)]);
  return {
    summit: { id: summit.id, title: summit.title, status: summit.status },
    label: link.label,
    groups: groups.map((g) => ({ id: g.id, name: g.name, organisations: organisations.filter((o) => o.groupId === g.id).map((o) => ({ id: o.id, name: o.name })) })),
  };
}
