// One person's page in the coordinator's participant list: their data, needs and consent, the
// messages sent to them, their tables in the published plan, their arrival and their history from
// the audit log.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Invitation, InvitationId } from '../../domain/invitation.ts';
import type { OutboxMessage } from '../../domain/outbox.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Language } from '../../domain/language.ts';
import type { ConsentRecord } from '../../domain/personal-data/consent.ts';
import type { AuditEntry, Deps } from '../../ports.ts';
import { loadConsentOffers } from '../consent-register.ts';

export interface ParticipantDetail {
  summit: Summit;
  invitation: Invitation;
  group: { id: string; name: string };
  organisation: { id: string; name: string } | null;
  area: { id: string; name: string } | null;
  messages: Pick<OutboxMessage, 'id' | 'kind' | 'subject' | 'status' | 'createdAt' | 'sentAt' | 'toAddress'>[];
  /** Per round of the published plan: the table's name, or null when not seated that round. */
  tables: { round: number; table: string | null }[];
  checkedInAt: string | null;
  history: (AuditEntry & { id: string; at: string })[];
  /**
   * Every entry of the person's consent register, newest first, with the kind's current words to
   * tell whether the entry was given to them (`current`) and the kind's name in the summit's words.
   */
  consents: (ConsentRecord & { label: Record<Language, string> | null; current: boolean })[];
  /** Where the person could be moved: groups and their organisations. */
  groups: { id: string; name: string; organisations: { id: string; name: string }[] }[];
}

export async function getParticipant(deps: Deps, summitId: SummitId, invitationId: string): Promise<ParticipantDetail> {
  const stores = deps.db.stores;
  const [summit, invitation] = await Promise.all([stores.summits.find(summitId), stores.invitations.find(invitationId as InvitationId)]);
  // Another summit's person is indistinguishable from a missing one.
  if (!summit || !invitation || invitation.summitId !== summitId) throw new DomainError('not_found');
  const [groups, organisations, areas, messages, plan, checkIns, history, offers, records] = await Promise.all([
    stores.groups.list(summitId), stores.organisations.list(summitId), stores.areas.list(summitId),
    stores.outbox.listForInvitation(invitation.id), stores.seatingPlans.findPublished(summitId),
    stores.checkIns.listForSummit(summitId), stores.audit.listForSubject('invitation', invitation.id),
    loadConsentOffers(stores, summitId), stores.personalData.listConsents(invitation.id),
  ]);
  const group = groups.find((g) => g.id === invitation.groupId)!;
  const organisation = organisations.find((o) => o.id === invitation.organisationId);
  const area = areas.find((a) => a.id === invitation.areaId);
  const tableName = (id: string) => plan?.settings.tables.find((t) => t.id === id)?.name ?? id;
  return {
    summit, invitation,
    group: { id: group.id, name: group.name },
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    area: area ? { id: area.id, name: area.name } : null,
    messages: messages.map(({ id, kind, subject, status, createdAt, sentAt, toAddress }) => ({ id, kind, subject, status, createdAt, sentAt, toAddress })),
    tables: (plan?.rounds ?? []).map((round, r) => {
      const table = round.tables.find((t) => t.people.includes(invitation.id));
      return { round: r + 1, table: table ? tableName(table.id) : null };
    }),
    checkedInAt: checkIns.find((c) => c.invitationId === invitation.id && c.undoneAt === null)?.checkedInAt ?? null,
    history,
    consents: [...records].reverse().map((record) => {
      const offer = offers.find((o) => o.kind === record.kind);
      return { ...record, label: offer && !offer.builtIn ? { da: offer.wording.da.label, en: offer.wording.en.label } : null, current: offer?.version === record.version };
    }),
    groups: groups.map((g) => ({ id: g.id, name: g.name, organisations: organisations.filter((o) => o.groupId === g.id).map((o) => ({ id: o.id, name: o.name })) })),
  };
}
