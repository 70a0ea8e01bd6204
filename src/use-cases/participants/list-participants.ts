// The coordinator's participant list ("Deltagere"): every person put forward for the summit, with
// group, organisation, area, needs, consent, answer and arrival, filtered, sorted and paged.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { participantPageSize, queryParticipants, type ParticipantPage, type ParticipantQuery, type ParticipantRow } from '../../domain/participant-list.ts';
import type { Area } from '../../domain/area.ts';
import type { StakeholderGroup } from '../../domain/group.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { consentsInForceOf, loadConsentOffers, loadConsentsInForce } from '../consent-register.ts';

export interface ParticipantListView {
  summit: Summit;
  page: ParticipantPage;
  /** The choices of the filters. */
  groups: { id: string; name: string }[];
  organisations: { id: string; name: string; groupId: string }[];
  areas: { id: string; name: string }[];
}

type Named = { groups: readonly StakeholderGroup[]; organisations: readonly Organisation[]; areas: readonly Area[] };

/** Every row of the summit, unfiltered: the list's source and the lists for the day's. */
export async function loadParticipantRows(deps: Deps, summitId: SummitId): Promise<{ summit: Summit; rows: ParticipantRow[] } & Pick<ParticipantListView, 'groups' | 'organisations' | 'areas'>> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [groups, organisations, areas] = await Promise.all([stores.groups.list(summitId), stores.organisations.list(summitId), stores.areas.list(summitId)]);
  const named = { groups, organisations, areas };
  return { summit, rows: await rowsOf(deps, summitId, named), ...choicesOf(named) };
}

async function rowsOf(deps: Deps, summitId: SummitId, { groups, organisations, areas }: Named): Promise<ParticipantRow[]> {
  const stores = deps.db.stores;
  const [invitations, checkIns] = await Promise.all([stores.invitations.listSummaries(summitId), stores.checkIns.listForSummit(summitId)]);
  const groupName = new Map(groups.map((g) => [g.id as string, g.name]));
  const organisationName = new Map(organisations.map((o) => [o.id as string, o.name]));
  const areaName = new Map(areas.map((a) => [a.id as string, a.name]));
  const arrived = new Map(checkIns.filter((c) => c.undoneAt === null).map((c) => [c.invitationId as string, c.checkedInAt]));
  const consents = await loadConsentsInForce(stores, summitId, invitations);
  return invitations.map((i): ParticipantRow => ({
    id: i.id, name: i.name, email: i.email, status: i.status,
    groupId: i.groupId, groupName: groupName.get(i.groupId) ?? '',
    organisationId: i.organisationId, organisationName: i.organisationId ? organisationName.get(i.organisationId) ?? null : null,
    areaId: i.areaId, areaName: i.areaId ? areaName.get(i.areaId) ?? null : null,
    dietNeeds: i.dietNeeds, accessibilityNeeds: i.accessibilityNeeds, consentPhotos: i.consentPhotos,
    phone: i.phone, sharesContacts: consents.get(i.id)?.has('contacts') ?? false,
    answeredAt: i.answeredAt, checkedInAt: arrived.get(i.id) ?? null,
  }));
}

const choicesOf = ({ groups, organisations, areas }: Named): Pick<ParticipantListView, 'groups' | 'organisations' | 'areas'> => ({
  groups: groups.map((g) => ({ id: g.id, name: g.name })),
  organisations: organisations.map((o) => ({ id: o.id, name: o.name, groupId: o.groupId })),
  areas: areas.map((a) => ({ id: a.id, name: a.name })),
});

export async function listParticipants(deps: Deps, summitId: SummitId, query: ParticipantQuery): Promise<ParticipantListView> {
  const stores = deps.db.stores;
  // Where the database orders Danish text (PostgreSQL) it reads only the page shown; elsewhere
  // the summit's rows are read and paged here.
  const [summit, found, groups, organisations, areas, offers] = await Promise.all([
    stores.summits.find(summitId), stores.participantList.findPage(summitId, query, query.pageSize ?? participantPageSize),
    stores.groups.list(summitId), stores.organisations.list(summitId), stores.areas.list(summitId), loadConsentOffers(stores, summitId),
  ]);
  if (!summit) throw new DomainError('not_found', { summitId });
  const named = { groups, organisations, areas };
  if (!found) return { summit, page: queryParticipants(await rowsOf(deps, summitId, named), query), ...choicesOf(named) };
  const consents = consentsInForceOf(offers, await stores.participantList.listConsents(summitId, found.rows.map((r) => r.id)), found.rows);
  const rows = found.rows.map((r) => ({ ...r, sharesContacts: consents.get(r.id)?.has('contacts') ?? false }));
  return { summit, page: { ...found, rows }, ...choicesOf(named) };
}

/** The confirmed people's rows and their table per round of the published plan, for the day's lists. */
export async function loadDayLists(deps: Deps, summitId: SummitId): Promise<{ summit: Summit; rows: ParticipantRow[]; tables: Map<string, string>[] }> {
  const [{ summit, rows }, plan] = await Promise.all([loadParticipantRows(deps, summitId), deps.db.stores.seatingPlans.findPublished(summitId)]);
  const name = (id: string) => plan?.settings.tables.find((t) => t.id === id)?.name ?? id;
  const tables = (plan?.rounds ?? []).map((round) => new Map(round.tables.flatMap((t) => t.people.map((p) => [p, name(t.id)] as const))));
  return { summit, rows, tables };
}
