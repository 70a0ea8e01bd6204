import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { invitationStatuses } from './invitation.ts';
import { hasNeed, pageSpan, queryParticipants, type ParticipantRow } from './participant-list.ts';

const row = (i: number, changes: Partial<ParticipantRow> = {}): ParticipantRow => ({
  id: `p${i}`, name: `Person ${String(i).padStart(3, '0')}`, email: `p${i}@example.dk`, status: 'confirmed',
  groupId: `g${i % 3}`, groupName: ['Borgere', 'Erhverv', 'Politikere'][i % 3]!, organisationId: null, organisationName: null,
  areaId: `a${i % 4}`, areaName: `Område ${i % 4}`, dietNeeds: '', accessibilityNeeds: '', consentPhotos: true, phone: '', sharesContacts: false,
  answeredAt: null, checkedInAt: null, ...changes,
});

describe('the participant list', () => {
  it('searches name and email case-insensitively, with every word required', () => {
    const rows = [row(1, { name: 'Gitte Møller' }), row(2, { name: 'Gitte Hansen' }), row(3, { name: 'Ole Møller', email: 'ole@gitte.dk' })];
    assert.deepEqual(queryParticipants(rows, { search: 'gitte MØLLER' }).rows.map((r) => r.id), ['p1', 'p3'], 'Ole Møller has gitte in his email');
    assert.deepEqual(queryParticipants(rows, { search: 'hansen gitte' }).rows.map((r) => r.id), ['p2']);
    assert.deepEqual(queryParticipants(rows, { search: 'gitte' }).rows.map((r) => r.id), ['p2', 'p1', 'p3']);
  });

  it('counts the statuses of what the other filters match, so the status choices say what they will show', () => {
    const rows = [row(0), row(1, { status: 'declined' }), row(3, { status: 'declined' }), row(4, { status: 'waitlisted' })];
    const page = queryParticipants(rows, { groupId: 'g0', status: 'declined' });
    assert.deepEqual(page.rows.map((r) => r.id), ['p3']);
    assert.deepEqual(page.byStatus, { confirmed: 1, declined: 1 });
  });

  it('finds needs: diet, accessibility and those who do not want photos', () => {
    const rows = [row(1, { dietNeeds: 'Vegetar' }), row(2, { accessibilityNeeds: 'Kørestol' }), row(3, { consentPhotos: false }), row(4, { dietNeeds: '  ' })];
    assert.deepEqual(queryParticipants(rows, { need: 'diet' }).rows.map((r) => r.id), ['p1']);
    assert.deepEqual(queryParticipants(rows, { need: 'accessibility' }).rows.map((r) => r.id), ['p2']);
    assert.deepEqual(queryParticipants(rows, { need: 'no-photo' }).rows.map((r) => r.id), ['p3']);
  });

  it('sorts in Danish order, either way, with the name breaking ties', () => {
    const rows = [row(1, { name: 'Åse' }), row(2, { name: 'Ærø' }), row(3, { name: 'Øst' }), row(4, { name: 'Zeta' })];
    assert.deepEqual(queryParticipants(rows, { sort: 'name' }).rows.map((r) => r.name), ['Zeta', 'Ærø', 'Øst', 'Åse']);
    assert.deepEqual(queryParticipants(rows, { sort: 'name', descending: true }).rows.map((r) => r.name), ['Åse', 'Øst', 'Ærø', 'Zeta']);
  });

  it('pages through every matching row exactly once, whatever the filters and page size', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ status: fc.constantFrom(...invitationStatuses), diet: fc.boolean(), group: fc.integer({ min: 0, max: 2 }) }), { maxLength: 130 }),
      fc.integer({ min: 1, max: 60 }), fc.option(fc.constantFrom(...invitationStatuses), { nil: undefined }), fc.option(fc.constantFrom('diet' as const, 'no-photo' as const), { nil: undefined }),
      (specs, pageSize, status, need) => {
        const rows = specs.map((s, i) => row(i, { status: s.status, dietNeeds: s.diet ? 'Vegansk' : '', groupId: `g${s.group}` }));
        const first = queryParticipants(rows, { status, need, pageSize });
        const seen: string[] = [];
        for (let page = 1; page <= first.pages; page++) seen.push(...queryParticipants(rows, { status, need, pageSize, page }).rows.map((r) => r.id));
        const expected = rows.filter((r) => (!status || r.status === status) && (!need || hasNeed(r, need))).map((r) => r.id).sort();
        assert.deepEqual([...seen].sort(), expected);
        assert.equal(new Set(seen).size, seen.length);
        assert.equal(first.total, expected.length);
      }));
  });

  it('shows the last page for a page number past the end', () => {
    const page = queryParticipants(Array.from({ length: 120 }, (_, i) => row(i)), { page: 99 });
    assert.equal(page.page, 3);
    assert.equal(page.rows.length, 20);
  });
});

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
