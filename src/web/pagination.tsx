// DKFDS pagination (components/pagination): plain links, so every page has its own address, works
// without JavaScript and is reached with Tab; the current page is marked with aria-current. Seven
// pages or fewer are all shown; otherwise the first, the last and the ones around the current
// page, with "…" for the ones left out (as DKFDS does). On a phone DKFDS hides the words of the
// previous and next links, so they carry their names in aria-label.
import type { Messages } from './i18n/messages.ts';

/** The page numbers to show, with null where pages are left out. */
export function visiblePages(page: number, pages: number): (number | null)[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  if (page < 5) return [1, 2, 3, 4, 5, null, pages];
  if (page + 4 > pages) return [1, null, pages - 4, pages - 3, pages - 2, pages - 1, pages];
  return [1, null, page - 1, page, page + 1, null, pages];
}

export function Pagination({ t, label, page, pages, href }: {
  t: Messages; label: string; page: number; pages: number; href: (page: number) => string;
}) {
  const p = t.pagination;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={label}>
      {page > 1 ? (
        <a href={href(page - 1)} class="button button-arrow button-previous" rel="prev" aria-label={p.previousPage}>
          <span aria-hidden="true">‹ </span><span class="pagination-nav-link">{p.previous}</span>
        </a>
      ) : null}
      <span class="pagination-mobile">{p.page(page, pages)}</span>
      <ul class="pagination__items">
        {visiblePages(page, pages).map((n) => n === null ? (
          <li class="pagination-item pagination-overflow"><span class="sr-only">{p.hidden}</span><span aria-hidden="true">…</span></li>
        ) : (
          <li class="pagination-item pagination-number">
            {n === page
              ? <a href={href(n)} class="button current-page" aria-label={p.pageLabel(n, pages)} aria-current="page">{n}</a>
              : <a href={href(n)} class="button button-secondary" aria-label={p.pageLabel(n, pages)}>{n}</a>}
          </li>
        ))}
      </ul>
      {page < pages ? (
        <a href={href(page + 1)} class="button button-arrow button-next" rel="next" aria-label={p.nextPage}>
          <span class="pagination-nav-link">{p.next}</span><span aria-hidden="true"> ›</span>
        </a>
      ) : null}
    </nav>
  );
}
