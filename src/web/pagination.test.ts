import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'preact-render-to-string';
import { messagesFor } from './i18n/messages.ts';
import { Pagination, visiblePages } from './pagination.tsx';

describe('pagination', () => {
  it('shows every page up to seven, else the first, the last and the neighbours of the current one', () => {
    assert.deepEqual(visiblePages(1, 1), [1]);
    assert.deepEqual(visiblePages(4, 7), [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(visiblePages(1, 20), [1, 2, 3, 4, 5, null, 20]);
    assert.deepEqual(visiblePages(10, 20), [1, null, 9, 10, 11, null, 20]);
    assert.deepEqual(visiblePages(18, 20), [1, null, 16, 17, 18, 19, 20]);
  });

  it('is plain links, the current page marked, with no previous link on the first page and no next on the last', () => {
    const t = messagesFor('da');
    const html = (page: number) => renderToString(Pagination({ t, label: 'Sider', page, pages: 3, href: (n) => `/liste?page=${n}` })!);
    assert.match(html(1), /<a href="\/liste\?page=1" class="button current-page" aria-label="Side 1" aria-current="page">1<\/a>/);
    assert.doesNotMatch(html(1), /rel="prev"/);
    assert.match(html(1), /<a href="\/liste\?page=2" class="button button-arrow button-next" rel="next" aria-label="Næste side">/);
    assert.match(html(3), /aria-label="Sidste side, side 3" aria-current="page"/);
    assert.doesNotMatch(html(3), /rel="next"/);
    assert.equal(Pagination({ t, label: 'Sider', page: 1, pages: 1, href: String }), null, 'one page needs no pagination');
  });
});
