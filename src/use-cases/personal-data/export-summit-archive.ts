// The archive a coordinator takes before a summit's personal data is deleted: every participant
// (contact details, answer, needs), every consent as worded, every table plan with names, and the
// survey's answers. The municipality keeps it under its own archiving rules; Samskab records in
// the audit log who took it and when, since it is a copy of everyone's data. JSON as it is;
// exports/ renders the workbook.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { SummitArchive } from '../../domain/personal-data/summit-archive.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export async function exportSummitArchive(deps: Deps, access: Access, summitId: SummitId): Promise<SummitArchive> {
  const actor = actorOf(access);
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  if ((await stores.personalData.findRetention(summitId)).purgedAt) throw new DomainError('personal_data_purged');
  const [groups, organisations, areas, invitations, consents, plans, survey, responses] = await Promise.all([
    stores.groups.list(summitId), stores.organisations.list(summitId), stores.areas.list(summitId), stores.invitations.listBySummit(summitId),
    stores.personalData.listSummitConsents(summitId), stores.seatingPlans.list(summitId), stores.surveys.find(summitId), stores.surveys.listResponses(summitId),
  ]);
  const nameOf = <T extends { id: string; name: string }>(rows: T[], id: string | null) => (id ? rows.find((r) => r.id === id)?.name ?? null : null);
  const people = new Map(invitations.map((i) => [i.id as string, i.name]));
  const exportedAt = deps.clock.now();
  const archive: SummitArchive = {
    exportedAt,
    summit: { id: summit.id, title: summit.title, organiser: summit.organiser, startsAt: summit.startsAt, endsAt: summit.endsAt, status: summit.status, retentionDays: summit.retentionDays },
    participants: invitations.map((i) => ({
      id: i.id, name: i.name, email: i.email, phone: i.phone, group: nameOf(groups, i.groupId) ?? '', organisation: nameOf(organisations, i.organisationId),
      area: nameOf(areas, i.areaId), status: i.status, source: i.source, language: i.language, invitedAt: i.invitedAt, answerDeadline: i.answerDeadline,
      answeredAt: i.answeredAt, dietNeeds: i.dietNeeds, accessibilityNeeds: i.accessibilityNeeds, consentPhotos: i.consentPhotos,
    })),
    consents: consents.map((c) => ({ ...c, name: people.get(c.invitationId) ?? '' })),
    tablePlans: plans.filter((p) => p.rounds.length > 0).sort((a, b) => b.version - a.version).map((plan) => ({
      version: plan.version, status: plan.status, createdAt: plan.createdAt,
      rounds: plan.rounds.map((round, r) => ({
        round: r + 1,
        tables: round.tables.map((table) => ({
          table: plan.settings.tables.find((t) => t.id === table.id)?.name ?? table.id,
          people: table.people.map((id) => people.get(id) ?? id),
        })),
      })),
    })),
    survey: {
      questions: (survey?.questions ?? []).map((q) => ({ id: q.id, text: q.text })),
      responses: responses.map((r) => ({ submittedOn: r.submittedOn, group: nameOf(groups, r.groupId), answers: r.answers })),
    },
  };
  await stores.audit.append({ action: 'summit.archive_exported', actor, summitId, subjectType: 'summit', subjectId: summitId,
    data: { participants: archive.participants.length, consents: archive.consents.length, tablePlans: archive.tablePlans.length } }, exportedAt);
  return archive;
}
