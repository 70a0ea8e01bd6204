// Test data builders: a summit with groups, areas and organisations in a few lines.
import type { Deps } from '../../src/ports.ts';
import { createSummit } from '../../src/use-cases/summit/save-summit.ts';
import { createGroup } from '../../src/use-cases/summit/save-group.ts';
import { createArea } from '../../src/use-cases/summit/save-area.ts';
import { createOrganisation } from '../../src/use-cases/summit/save-organisation.ts';
import type { OrganisationKind } from '../../src/domain/summit.ts';
import { systemAccess } from './access.ts';

export async function buildSummit(deps: Deps, spec: {
  capacity?: number;
  groups?: { name: string; quota: number; facilitators?: boolean }[];
  areas?: { name: string; population: number }[];
} = {}) {
  const summit = await createSummit(deps, systemAccess, { title: 'Testtopmøde', capacity: spec.capacity ?? 100 });
  const groups = [];
  for (const g of spec.groups ?? [{ name: 'Borgere', quota: 40 }]) {
    groups.push(await createGroup(deps, systemAccess, summit.id, { name: g.name, quota: g.quota, isFacilitators: g.facilitators }));
  }
  const areas = [];
  for (const a of spec.areas ?? []) areas.push(await createArea(deps, systemAccess, summit.id, a));
  return { summit, groups, areas };
}

export async function buildOrganisation(deps: Deps, summitId: Parameters<typeof createOrganisation>[2], groupId: Parameters<typeof createOrganisation>[3]['groupId'],
  quota: number, options: { name?: string; kind?: OrganisationKind; areaId?: Parameters<typeof createOrganisation>[3]['areaId'] } = {}) {
  return createOrganisation(deps, systemAccess, summitId, { name: options.name ?? `Organisation ${quota}`, kind: options.kind ?? 'local_forum', groupId, areaId: options.areaId ?? null, quota });
}
