// The access request (indsigt): everything Samskab holds about one person, by the sections of
// storage/personal-data/personal-data-tables.ts, with the summit, the group, organisation and area
// by name and the person's tables in the published plan. JSON as it is; exports/ renders the PDF.
import { DomainError } from '../../domain/errors.ts';
import type { InvitationId } from '../../domain/invitation.ts';
import type { SummitStatus } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';

export interface PersonalDataExport {
  /** When the export was made (the controller's clock). */
  exportedAt: string;
  summit: { id: string; title: string; organiser: string; startsAt: string | null; status: SummitStatus; retentionDays: number };
  group: string;
  organisation: string | null;
  area: string | null;
  /** Per round of the published plan: the table's name, or null when not seated that round. */
  tables: { round: number; table: string | null }[];
  /** The stored rows about the person, by section (invitation, consents, messages, audit …). */
  held: Record<string, unknown>;
}

export async function exportPerson(deps: Deps, invitationId: string): Promise<PersonalDataExport> {
  const stores = deps.db.stores;
  const invitation = await stores.invitations.find(invitationId as InvitationId);
  if (!invitation) throw new DomainError('not_found');
  if (await stores.personalData.isErased(invitation.id)) throw new DomainError('personal_data_purged');
  const [summit, groups, organisations, areas, plan, held] = await Promise.all([
    stores.summits.find(invitation.summitId), stores.groups.list(invitation.summitId), stores.organisations.list(invitation.summitId),
    stores.areas.list(invitation.summitId), stores.seatingPlans.findPublished(invitation.summitId), stores.personalData.exportPerson(invitation.id),
  ]);
  if (!summit || !held) throw new DomainError('not_found');
  const tableName = (id: string) => plan?.settings.tables?.find((t) => t.id === id)?.name ?? id;
  return {
    exportedAt: deps.clock.now(),
    summit: { id: summit.id, title: summit.title, organiser: summit.organiser, startsAt: summit.startsAt, status: summit.status, retentionDays: summit.retentionDays },
    group: groups.find((g) => g.id === invitation.groupId)?.name ?? '',
    organisation: organisations.find((o) => o.id === invitation.organisationId)?.name ?? null,
    area: areas.find((a) => a.id === invitation.areaId)?.name ?? null,
    tables: (plan?.rounds ?? []).map((round, r) => {
      const table = round.tables.find((t) => t.people.includes(invitation.id));
      return { round: r + 1, table: table ? tableName(table.id) : null };
    }),
    held,
  };
}
