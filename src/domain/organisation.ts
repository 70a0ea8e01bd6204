import type { AreaId, GroupId, OrganisationId, SummitId } from './ids.ts';
import type { OrganisationKind } from './summit.ts';

/** A recruiting organisation: fills part of one group's quota, through a recruiter. */
export interface Organisation {
  id: OrganisationId;
  summitId: SummitId;
  groupId: GroupId;
  areaId: AreaId | null;
  name: string;
  kind: OrganisationKind;
  quota: number;
  contactEmail: string;
  position: number;
}
