import type { ProgrammeItemId, SummitId } from './ids.ts';

/** A programme item; speakers (e.g. the three expert contributions) are items with a speaker. */
export interface ProgrammeItem {
  id: ProgrammeItemId;
  summitId: SummitId;
  position: number;
  startsAt: string;
  endsAt: string;
  title: string;
  description: string;
  speakerName: string;
  speakerTitle: string;
}
