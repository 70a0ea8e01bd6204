// What a summit's archive holds (see use-cases/personal-data/export-summit-archive.ts): the shape
// the JSON download has and the workbook is rendered from.
import type { AnswerValue } from '../after-summit/survey.ts';

interface ArchiveParticipant {
  id: string;
  name: string;
  email: string;
  phone: string;
  group: string;
  organisation: string | null;
  area: string | null;
  status: string;
  source: string;
  language: string;
  invitedAt: string | null;
  answerDeadline: string | null;
  answeredAt: string | null;
  dietNeeds: string;
  accessibilityNeeds: string;
  consentPhotos: boolean;
}

export interface SummitArchive {
  exportedAt: string;
  summit: { id: string; title: string; organiser: string; startsAt: string | null; endsAt: string | null; status: string; retentionDays: number };
  participants: ArchiveParticipant[];
  consents: { invitationId: string; name: string; kind: string; wording: string; version: string; language: string; givenAt: string; withdrawnAt: string | null }[];
  /** Every finished plan, newest version first; per round the tables with the names seated. */
  tablePlans: { version: number; status: string; createdAt: string; rounds: { round: number; tables: { table: string; people: string[] }[] }[] }[];
  survey: { questions: { id: string; text: string }[]; responses: { submittedOn: string; group: string | null; answers: Record<string, AnswerValue> }[] };
}
