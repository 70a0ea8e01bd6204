import { DomainError } from '../../domain/errors.ts';
import type { OrganisationId, SummitId } from '../../domain/ids.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Deps } from '../../ports.ts';

/** The recruiting organisation, or `not_found` when it does not exist or belongs to another summit. */
export async function getOrganisation(deps: Deps, summitId: SummitId, organisationId: OrganisationId): Promise<Organisation> {
  const organisation = await deps.db.stores.organisations.find(organisationId);
  if (!organisation || organisation.summitId !== summitId) throw new DomainError('not_found', { organisationId });
  return organisation;
}
