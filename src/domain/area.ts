import type { AreaId, SummitId } from './ids.ts';

/** A local area ("lokalområde"), each with one local forum. Populations may be fictitious demo figures. */
export interface Area {
  id: AreaId;
  summitId: SummitId;
  name: string;
  mainTown: string;
  population: number;
  position: number;
}
