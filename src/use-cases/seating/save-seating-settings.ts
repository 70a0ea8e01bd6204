// The coordinator's planning settings of a summit: rounds, tables, weights and the rules (keep
// apart, keep together, fixed seats). Checked here so the planner only ever gets sound input.
import { DomainError, isDomainError } from '../../domain/errors.ts';
import { assertGroupQuotaCoversOrganisations, assertGroupQuotasFitCapacity, facilitatorQuotaForTables } from '../../domain/quota.ts';
import type { SummitId } from '../../domain/ids.ts';
import { seatingLimits, type SeatingSettings } from '../../domain/seating-plan.ts';
import { resolveParticipant } from '../../domain/seating-roster.ts';
import type { Deps, Stores } from '../../ports.ts';
import { actorOf, type Access, type Actor } from '../actor.ts';
import { seatingSettingsOf } from './plan-tables.ts';

export type SettingsChange = (settings: SeatingSettings) => SeatingSettings;

export async function saveSeatingSettings(deps: Deps, access: Access, summitId: SummitId, change: SettingsChange): Promise<SeatingSettings> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    const settings = change(await seatingSettingsOf(stores, summitId));
    if (settings.rounds < 1 || settings.rounds > seatingLimits.maxRounds) throw new DomainError('validation_failed', { rounds: settings.rounds });
    if (settings.tables && settings.tables.some((t) => t.min > t.max || t.min < 0)) throw new DomainError('seating_table_sizes_invalid', {});
    if (settings.tables && settings.tables.length > seatingLimits.maxTables) throw new DomainError('validation_failed', { tables: settings.tables.length });
    const confirmed = new Set((await stores.seatingRoster.listConfirmed(summitId)).map((p) => p.id));
    for (const [a, b] of [...settings.keepApart, ...settings.keepTogether]) {
      if (a === b || !confirmed.has(a) || !confirmed.has(b)) throw new DomainError('seating_rule_invalid', { people: [a, b] });
    }
    for (const seat of settings.fixed) {
      if (!confirmed.has(seat.person)) throw new DomainError('seating_rule_invalid', { person: seat.person });
      if (seat.round !== undefined && (seat.round < 1 || seat.round > settings.rounds)) throw new DomainError('seating_rule_invalid', { round: seat.round });
    }
    await stores.seatingPlans.saveSettings(summitId, settings, now);
    if (settings.tables) await followTables(stores, actor, summitId, settings.tables.length, now);
    await stores.audit.append({ action: 'seating.settings_saved', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { rounds: settings.rounds, tables: settings.tables?.length ?? null } }, now);
    return settings;
  });
}

/**
 * The quota of a group that follows the tables (the facilitators) becomes the number of tables,
 * when the quota rules allow it; otherwise it stays, and the page shows the mismatch.
 */
async function followTables(stores: Stores, actor: Actor, summitId: SummitId, tables: number, now: string): Promise<void> {
  const summit = (await stores.summits.find(summitId))!;
  const groups = await stores.groups.list(summitId);
  const quota = facilitatorQuotaForTables(tables);
  for (const group of groups.filter((g) => g.followsTables && g.quota !== quota)) {
    try {
      assertGroupQuotasFitCapacity(summit.capacity, [...groups.filter((g) => g.id !== group.id).map((g) => g.quota), quota]);
      assertGroupQuotaCoversOrganisations(quota, (await stores.organisations.listByGroup(group.id)).map((o) => o.quota));
    } catch (error) {
      if (isDomainError(error)) continue;
      throw error;
    }
    await stores.groups.update(group.id, { quota });
    await stores.audit.append({ action: 'group.quota_followed_tables', actor, summitId, subjectType: 'group', subjectId: group.id, data: { from: group.quota, to: quota } }, now);
  }
}

/** The confirmed people a coordinator typed (name, label or id), as ids; see resolveParticipant. */
export async function resolveConfirmedPeople(deps: Deps, summitId: SummitId, typed: readonly string[]): Promise<string[]> {
  const roster = await deps.db.stores.seatingRoster.listConfirmed(summitId);
  return typed.map((text) => resolveParticipant(roster, text));
}
