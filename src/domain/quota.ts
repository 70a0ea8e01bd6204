// Quota rules: group quotas never exceed the summit's capacity, and the quotas of a group's
// recruiting organisations never exceed the group's quota. Pure checks on plain numbers.
import { DomainError } from './errors.ts';

export function assertGroupQuotasFitCapacity(capacity: number, groupQuotas: readonly number[]): void {
  const total = groupQuotas.reduce((a, b) => a + b, 0);
  if (total > capacity) throw new DomainError('group_quotas_exceed_capacity', { capacity, total });
}

export function assertCapacityCoversGroups(capacity: number, groupQuotas: readonly number[]): void {
  const total = groupQuotas.reduce((a, b) => a + b, 0);
  if (total > capacity) throw new DomainError('capacity_below_group_quotas', { capacity, total });
}

export function assertOrganisationQuotasFitGroup(groupQuota: number, organisationQuotas: readonly number[]): void {
  const total = organisationQuotas.reduce((a, b) => a + b, 0);
  if (total > groupQuota) throw new DomainError('organisation_quotas_exceed_group_quota', { groupQuota, total });
}

export function assertGroupQuotaCoversOrganisations(groupQuota: number, organisationQuotas: readonly number[]): void {
  const total = organisationQuotas.reduce((a, b) => a + b, 0);
  if (total > groupQuota) throw new DomainError('group_quota_below_organisation_quotas', { groupQuota, total });
}

/** Facilitators follow the number of tables: one per table. */
export function facilitatorQuotaForTables(tables: number): number {
  return Math.max(0, Math.floor(tables));
}

/** Tables needed to seat `participants` (facilitators excluded) at tables of at most `perTable`. */
export function tablesFor(participants: number, perTable: number): number {
  if (perTable <= 0) return 0;
  return Math.ceil(participants / perTable);
}
