// The list a phone at the door searches, also offline: everyone on the summit's list with their
// group, organisation or area, check-in code, tables of the published plan and whether they have
// arrived. Only the summit's own staff get it (see check-in-access.ts).
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { InvitationId, InvitationStatus } from '../../domain/invitation.ts';
import type { SummitStatus } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';

export interface RosterPerson {
  invitationId: string;
  name: string;
  group: string;
  /** The organisation, else the local area; empty when neither. */
  from: string;
  status: InvitationStatus;
  code: string;
  facilitator: boolean;
  /** Table name per round of the published plan ('' where the person has no seat in that round). */
  tables: string[];
  checkedInAt: string | null;
}

export interface CheckInRoster {
  summit: { id: string; title: string; status: SummitStatus };
  people: RosterPerson[];
}

export async function getCheckInRoster(deps: Deps, summitId: SummitId): Promise<CheckInRoster> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [everyone, codes, checkIns, plan] = await Promise.all([
    stores.seatingRoster.listAll(summitId), stores.invitations.listCheckInCodes(summitId),
    stores.checkIns.listForSummit(summitId), stores.seatingPlans.findPublished(summitId),
  ]);
  const standing = new Map(checkIns.filter((c) => c.undoneAt === null).map((c) => [c.invitationId as string, c.checkedInAt]));
  const tableName = new Map((plan?.settings.tables ?? []).map((t) => [t.id, t.name]));
  const seatOf = (person: string) => (plan?.rounds ?? []).map((round) => {
    const table = round.tables.find((t) => t.people.includes(person));
    return table ? tableName.get(table.id) ?? table.id : '';
  });
  const people = everyone
    .filter((p) => p.status !== 'waitlisted')
    .map((p) => ({
      invitationId: p.id, name: p.name, group: p.groupName, from: p.organisationName ?? p.areaName ?? '',
      status: p.status as InvitationStatus, code: codes.get(p.id as InvitationId) ?? '', facilitator: p.facilitator,
      tables: seatOf(p.id), checkedInAt: standing.get(p.id) ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return { summit: { id: summit.id, title: summit.title, status: summit.status }, people };
}
