import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { pageInvitations, type InvitationListRow } from './invitation-list.ts';

const row = (i: number, changes: Partial<InvitationListRow> = {}): InvitationListRow => ({
  id: `i${i}`, name: `Person ${String(i).padStart(3, '0')}`, email: `p${i}@example.dk`, groupId: 'g', organisationId: null, status: 'confirmed', ...changes,
});

describe('the list of everyone invited', () => {
  it('keeps the order it is given and cuts it into pages of 50', () => {
    const rows = Array.from({ length: 120 }, (_, i) => row(119 - i));
    const third = pageInvitations(rows, { page: 3 });
    assert.deepEqual([third.total, third.page, third.pages, third.pageSize], [120, 3, 3, 50]);
    assert.deepEqual(third.rows.map((r) => r.id), rows.slice(100).map((r) => r.id));
  });

  it('shows the last page for a page past the end, and one empty page when nothing matches', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(i));
    assert.equal(pageInvitations(rows, { page: 9 }).page, 2);
    assert.deepEqual(pageInvitations(rows, { search: 'nobody' }), { rows: [], total: 0, page: 1, pages: 1, pageSize: 50 });
  });

  it('searches name and e-mail whatever the case, every word required, Danish letters kept', () => {
    const rows = [row(1, { name: 'Søren Ærø' }), row(2, { name: 'Soren Aero' }), row(3, { email: 'soeren@example.dk' })];
    assert.deepEqual(pageInvitations(rows, { search: 'SØREN ærø' }).rows.map((r) => r.id), ['i1']);
    assert.deepEqual(pageInvitations(rows, { search: 'soeren@' }).rows.map((r) => r.id), ['i3']);
  });

  it('puts every matching row on exactly one page', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), (count, pageSize) => {
      const rows = Array.from({ length: count }, (_, i) => row(i));
      const { pages } = pageInvitations(rows, { pageSize });
      const seen = Array.from({ length: pages }, (_, k) => pageInvitations(rows, { pageSize, page: k + 1 }).rows).flat();
      assert.deepEqual(seen.map((r) => r.id), rows.map((r) => r.id));
    }));
  });
});
