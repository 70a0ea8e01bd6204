// The coordinator imports a list of people to invite. Every row is checked first and reported; when
// any row has an error nothing is imported, unless the coordinator asks for the valid rows only.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { emailKey, type InvitationStatus } from '../../domain/invitation.ts';
import type { Deps } from '../../ports.ts';
import type { Access } from '../actor.ts';
import { inviteDirectly } from './invite-participants-directly.ts';

export interface ImportInputRow {
  row: number;
  values: Record<string, string>;
}

export interface ImportRowReport {
  row: number;
  name: string;
  email: string;
  /** Error codes of the row; empty when it is valid. */
  errors: string[];
  /** Outcome when imported: pending (invited) or waitlisted. */
  status?: InvitationStatus;
}

export interface ImportReport {
  valid: number;
  invalid: number;
  imported: number;
  dryRun: boolean;
  rows: ImportRowReport[];
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function importInvitations(deps: Deps, access: Access, summitId: SummitId, rows: ImportInputRow[],
  options: { defaultGroupId?: string; onlyValid: boolean; dryRun: boolean }): Promise<ImportReport> {
  const stores = deps.db.stores;
  if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
  if (rows.length === 0) throw new DomainError('import_empty');
  const [groups, organisations, areas] = await Promise.all([stores.groups.list(summitId), stores.organisations.list(summitId), stores.areas.list(summitId)]);
  const byName = <T extends { id: string; name: string }>(list: T[], value: string) =>
    list.find((x) => x.id === value || x.name.trim().toLowerCase() === value.trim().toLowerCase());
  const seen = new Set<string>();
  const planned: { report: ImportRowReport; input: Parameters<typeof inviteDirectly>[3] | null }[] = [];
  for (const { row, values } of rows) {
    const errors: string[] = [];
    const name = values.name ?? '';
    const email = values.email ?? '';
    if (!name) errors.push('name_required');
    if (name.length > 200) errors.push('name_too_long');
    if (!emailPattern.test(email) || email.length > 320) errors.push('email_invalid');
    else if (seen.has(emailKey(email))) errors.push('email_repeated_in_file');
    else if (await stores.invitations.findActiveByEmail(summitId, emailKey(email))) errors.push('already_nominated');
    if (emailPattern.test(email)) seen.add(emailKey(email));
    if (values.phone && !/^[0-9+ ()-]{0,40}$/.test(values.phone)) errors.push('phone_invalid');
    const organisation = values.organisation ? byName(organisations, values.organisation) : undefined;
    if (values.organisation && !organisation) errors.push('organisation_unknown');
    const group = values.group ? byName(groups, values.group) : organisation ? groups.find((g) => g.id === organisation.groupId)
      : options.defaultGroupId ? groups.find((g) => g.id === options.defaultGroupId) : undefined;
    if (!group) errors.push(values.group ? 'group_unknown' : 'group_required');
    if (group && organisation && organisation.groupId !== group.id) errors.push('organisation_not_in_group');
    const area = values.area ? byName(areas, values.area) : undefined;
    if (values.area && !area) errors.push('area_unknown');
    planned.push({
      report: { row, name, email, errors },
      input: errors.length ? null : { groupId: group!.id, organisationId: organisation?.id ?? null, name, email, phone: values.phone ?? '', areaId: area?.id ?? null },
    });
  }
  const invalid = planned.filter((p) => p.report.errors.length).length;
  const report: ImportReport = { valid: planned.length - invalid, invalid, imported: 0, dryRun: options.dryRun, rows: planned.map((p) => p.report) };
  if (options.dryRun || (invalid > 0 && !options.onlyValid)) return report;
  for (const p of planned) {
    if (!p.input) continue;
    try {
      const result = await inviteDirectly(deps, access, summitId, p.input, 'import');
      p.report.status = result.invitation.status;
      if (!result.existing) report.imported++;
    } catch (error) {
      p.report.errors.push(error instanceof DomainError ? error.code : 'internal_error');
    }
  }
  return report;
}
