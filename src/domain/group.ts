import type { ApportionmentMethod } from './apportion.ts';
import type { GroupId, SummitId } from './ids.ts';

/** A stakeholder group ("deltagergruppe") with its quota of seats. */
export interface StakeholderGroup {
  id: GroupId;
  summitId: SummitId;
  name: string;
  description: string;
  quota: number;
  position: number;
  /** The quota follows the number of tables (one facilitator per table). */
  followsTables: boolean;
  /** Confirmed members of this group lead the tables. */
  isFacilitators: boolean;
  apportionmentMethod: ApportionmentMethod | null;
  apportionmentMinimum: number;
}
