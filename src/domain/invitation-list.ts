// The recruitment page's list of everyone invited: in the order they were put forward, searched by
// name or e-mail, filtered by status, group and organisation, in pages. Pure: the summit's rows
// (already filtered by the database on status, group and organisation) come in, one page goes out.
import type { InvitationStatus } from './invitation.ts';
import { holdsWords, pageSpan, searchWords } from './participant-list.ts';

/** What the list shows of an invitation. */
export interface InvitationListRow {
  id: string;
  name: string;
  email: string;
  groupId: string;
  organisationId: string | null;
  status: InvitationStatus;
}

/** The filters the database applies; `null` organisation means the group's direct invitations. */
export interface InvitationListFilter {
  status?: InvitationStatus | undefined;
  groupId?: string | undefined;
  organisationId?: string | undefined;
}

export interface InvitationListQuery extends InvitationListFilter {
  search?: string | undefined;
  /** 1-based; past the last page shows the last page. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface InvitationListPage {
  rows: InvitationListRow[];
  /** Rows that match, on every page. */
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

export const invitationListPageSize = 50;

/** One page of `rows` (in their order) that match the search. */
export function pageInvitations(rows: readonly InvitationListRow[], query: InvitationListQuery): InvitationListPage {
  const words = searchWords(query.search);
  const matching = words.length > 0 ? rows.filter((r) => holdsWords(`${r.name} ${r.email}`, words)) : rows;
  const { page, pages, pageSize, offset } = pageSpan(matching.length, query.page, query.pageSize ?? invitationListPageSize);
  return { rows: matching.slice(offset, offset + pageSize), total: matching.length, page, pages, pageSize };
}
