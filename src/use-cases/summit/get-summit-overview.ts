import type { Area } from '../../domain/area.ts';
import { DomainError } from '../../domain/errors.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { ProgrammeItem } from '../../domain/programme.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';

export interface SummitOverview {
  summit: Summit;
  groups: StakeholderGroup[];
  areas: Area[];
  organisations: Organisation[];
  programme: ProgrammeItem[];
}

/** The summit with everything that describes it; throws not_found. */
export async function getSummitOverview(deps: Deps, id: SummitId): Promise<SummitOverview> {
  const { stores } = deps.db;
  const summit = await stores.summits.find(id);
  if (!summit) throw new DomainError('not_found', { summitId: id });
  const [groups, areas, organisations, programme] = await Promise.all([
    stores.groups.list(id), stores.areas.list(id), stores.organisations.list(id), stores.programme.list(id),
  ]);
  return { summit, groups, areas, organisations, programme };
}
