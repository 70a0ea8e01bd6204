// A long list shown a page at a time (the recruitment page's invitations, the participant list,
// the outbox): which page a request gets and where it starts. Pure.

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
