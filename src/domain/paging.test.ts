import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageSpan } from './paging.ts';

describe('a list in pages', () => {
  it('starts each page after the pages before it', () => {
    assert.deepEqual(pageSpan(120, 2, 50), { page: 2, pages: 3, pageSize: 50, offset: 50 });
    assert.deepEqual(pageSpan(120, undefined, 50), { page: 1, pages: 3, pageSize: 50, offset: 0 });
  });

  it('shows the last page for a page past it, and one empty page for an empty list', () => {
    assert.deepEqual(pageSpan(120, 9, 50), { page: 3, pages: 3, pageSize: 50, offset: 100 });
    assert.deepEqual(pageSpan(0, 4, 50), { page: 1, pages: 1, pageSize: 50, offset: 0 });
  });
});
