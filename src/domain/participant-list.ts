// The coordinator's list of everyone put forward for a summit ("Deltagere"): search, filters by
// status, group, organisation, area and need, sorting and pages. Pure: the rows come in, a page of
// them goes out, with the counts the filters would give.
import type { InvitationStatus } from './invitation.ts';

export interface ParticipantRow {
  id: string;
  name: string;
  email: string;
  status: InvitationStatus;
  groupId: string;
  groupName: string;
  organisationId: string | null;
  organisationName: string | null;
  areaId: string | null;
  areaName: string | null;
  dietNeeds: string;
  accessibilityNeeds: string;
  consentPhotos: boolean;
  phone: string;
  /** A consent in force to share contact details with the other participants who consent too. */
  sharesContacts: boolean;
  answeredAt: string | null;
  checkedInAt: string | null;
}

/** A long list shown a page at a time (the participant list, the recruitment page's invitations, the outbox). */
export interface PageSpan {
  /** 1-based; a page past the last is the last, and an empty list has one (empty) page. */
  page: number;
  pages: number;
  pageSize: number;
  /** How many rows come before the page. */
  offset: number;
}

/** The page `requested` (the first when not given) of `total` rows in pages of `pageSize`. */
export function pageSpan(total: number, requested: number | undefined, pageSize: number): PageSpan {
  const size = Math.max(1, pageSize);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested ?? 1), pages);
  return { page, pages, pageSize: size, offset: (page - 1) * size };
}

export const participantNeeds = ['diet', 'accessibility', 'no-photo'] as const;
export type ParticipantNeed = (typeof participantNeeds)[number];

/** The lists for the day that the participant page offers as XLSX, CSV and PDF. */
export const dayListKinds = ['catering', 'accessibility', 'no-photo', 'everyone', 'contacts'] as const;
export type DayListKind = (typeof dayListKinds)[number];

export const participantSorts = ['name', 'status', 'group', 'organisation', 'area', 'answered'] as const;
export type ParticipantSort = (typeof participantSorts)[number];

/** The participant list's rows a page, unless a query asks for another size. */
export const participantPageSize = 50;

export interface ParticipantQuery {
  search?: string | undefined;
  status?: InvitationStatus | undefined;
  groupId?: string | undefined;
  organisationId?: string | undefined;
  areaId?: string | undefined;
  need?: ParticipantNeed | undefined;
  sort?: ParticipantSort | undefined;
  descending?: boolean | undefined;
  /** 1-based. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface ParticipantPage {
  rows: ParticipantRow[];
  /** Rows that match the filters, on every page. */
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  /** Matching rows by status, for the status filter's counts. */
  byStatus: Partial<Record<InvitationStatus, number>>;
}

export const hasNeed = (row: ParticipantRow, need: ParticipantNeed): boolean =>
  need === 'diet' ? row.dietNeeds.trim() !== '' : need === 'accessibility' ? row.accessibilityNeeds.trim() !== '' : !row.consentPhotos;

/** Case-insensitive; Danish letters stay themselves (ø is not o). */
const fold = (text: string) => text.toLocaleLowerCase('da').normalize('NFC');

/** The words of a search, folded as the text they are looked for in (the stores search by them too). */
export const searchWords = (search: string | undefined): string[] => fold(search ?? '').split(/\s+/).filter(Boolean);

/** Whether `text` holds every one of `words` (from searchWords), whatever the case; no words match everything. */
export const holdsWords = (text: string, words: readonly string[]): boolean => {
  if (words.length === 0) return true;
  const folded = fold(text);
  return words.every((w) => folded.includes(w));
};

const collator = new Intl.Collator('da', { sensitivity: 'base' });

function compareBy(sort: ParticipantSort): (a: ParticipantRow, b: ParticipantRow) => number {
  const text = (pick: (r: ParticipantRow) => string | null) => (a: ParticipantRow, b: ParticipantRow) => collator.compare(pick(a) ?? '', pick(b) ?? '');
  switch (sort) {
    case 'name': return text((r) => r.name);
    case 'status': return text((r) => r.status);
    case 'group': return text((r) => r.groupName);
    case 'organisation': return text((r) => r.organisationName);
    case 'area': return text((r) => r.areaName);
    case 'answered': return text((r) => r.answeredAt);
  }
}

export function queryParticipants(rows: readonly ParticipantRow[], query: ParticipantQuery): ParticipantPage {
  const words = searchWords(query.search);
  const matchesExceptStatus = rows.filter((r) =>
    (!query.groupId || r.groupId === query.groupId)
    && (!query.organisationId || r.organisationId === query.organisationId)
    && (!query.areaId || r.areaId === query.areaId)
    && (!query.need || hasNeed(r, query.need))
    && holdsWords(`${r.name} ${r.email}`, words));
  const byStatus: Partial<Record<InvitationStatus, number>> = {};
  for (const r of matchesExceptStatus) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const matching = query.status ? matchesExceptStatus.filter((r) => r.status === query.status) : matchesExceptStatus;
  const byName = compareBy('name');
  const primary = compareBy(query.sort ?? 'name');
  const direction = query.descending ? -1 : 1;
  const sorted = [...matching].sort((a, b) => direction * primary(a, b) || byName(a, b) || a.id.localeCompare(b.id));
  const { page, pages, pageSize, offset } = pageSpan(sorted.length, query.page, query.pageSize ?? participantPageSize);
  return { rows: sorted.slice(offset, offset + pageSize), total: sorted.length, page, pages, pageSize, byStatus };
}
