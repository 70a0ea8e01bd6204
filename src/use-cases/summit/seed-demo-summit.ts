import { demoAreas, demoGroups, demoProgramme, demoSummit } from '../../demo/holbaek-demo.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import type { SystemAccess } from '../actor.ts';
import { applyApportionment } from './apportion-group-quota.ts';
import { changeSummitStatus } from './change-summit-status.ts';
import { createSummit } from './save-summit.ts';
import { createArea } from './save-area.ts';
import { createGroup } from './save-group.ts';
import { createOrganisation } from './save-organisation.ts';
import { createProgrammeItem } from './save-programme-item.ts';

const demoMailbox = (name: string) => name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
  .normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// The app seeds the demo itself, with no one asking: its own proof, made here and nowhere else.
const seeding = { system: true } as SystemAccess;

/**
 * Seeds the Holbæk demo summit once: a second call finds it and does nothing. It is postponed
 * ("dato mangler"), exactly as the page it comes from.
 */
export async function seedDemoSummit(deps: Deps): Promise<{ summit: Summit; created: boolean }> {
  const existing = await deps.db.stores.summits.findDemo();
  if (existing) return { summit: existing, created: false };
  const summit = await createSummit(deps, seeding, { ...demoSummit }, { isDemo: true });
  const areas = [];
  for (const area of demoAreas) areas.push(await createArea(deps, seeding, summit.id, area));
  for (const spec of demoGroups) {
    const group = await createGroup(deps, seeding, summit.id, {
      name: spec.name, quota: spec.quota, description: spec.description,
      isFacilitators: spec.facilitators ?? false, followsTables: spec.facilitators ?? false,
    });
    switch (spec.recruitment) {
      case 'local_forums':
        await applyApportionment(deps, seeding, group.id, 'hare', 0);
        break;
      case 'one_per_area':
        for (const area of areas) {
          await createOrganisation(deps, seeding, summit.id, { name: `Skoler og dagtilbud ${area.name}`, kind: 'institution', groupId: group.id, areaId: area.id, quota: 1 });
        }
        break;
      case 'council':
        await createOrganisation(deps, seeding, summit.id, { name: 'Kommunalbestyrelsens sekretariat', kind: 'council_secretariat', groupId: group.id, quota: spec.quota });
        break;
      case 'business_councils':
        await createOrganisation(deps, seeding, summit.id, { name: 'Erhvervsråd Holbæk by', kind: 'business_council', groupId: group.id, quota: 4 });
        await createOrganisation(deps, seeding, summit.id, { name: 'Erhvervsråd i landområderne', kind: 'business_council', groupId: group.id, quota: 4 });
        break;
      case 'administration':
        await createOrganisation(deps, seeding, summit.id, { name: `Forvaltningen – ${spec.name.toLowerCase()}`, kind: 'administration', groupId: group.id, quota: spec.quota });
        break;
    }
  }
  // Fictitious contact addresses (the reserved .example domain), so recruiter links can be mailed in the demo.
  for (const organisation of await deps.db.stores.organisations.list(summit.id)) {
    await deps.db.stores.organisations.update(organisation.id, { contactEmail: `${demoMailbox(organisation.name)}@holbaek-demo.example` });
  }
  for (const item of demoProgramme) await createProgrammeItem(deps, seeding, summit.id, item);
  await changeSummitStatus(deps, seeding, summit.id, 'postponed', demoSummit.statusReason);
  return { summit: (await deps.db.stores.summits.find(summit.id))!, created: true };
}
