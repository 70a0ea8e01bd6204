import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from './errors.ts';
import { allowedTransitions, assertScheduleValid, assertTransition, canTransition, summitStatuses, type SummitStatus } from './summit.ts';

const dated = { startsAt: '2027-03-01T08:00:00.000Z', endsAt: '2027-03-01T15:00:00.000Z' };
const undated = { startsAt: null, endsAt: null };

const expected: Record<SummitStatus, SummitStatus[]> = {
  draft: ['published', 'postponed', 'cancelled'],
  published: ['postponed', 'cancelled', 'held'],
  postponed: ['published', 'cancelled'],
  cancelled: ['archived'],
  held: ['closed'],
  closed: ['archived'],
  archived: [],
};

describe('the summit lifecycle', () => {
  for (const from of summitStatuses) {
    for (const to of summitStatuses) {
      const allowed = expected[from].includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        assert.equal(canTransition(from, to), allowed);
        if (allowed) assert.doesNotThrow(() => assertTransition(from, to, dated));
        else assert.throws(() => assertTransition(from, to, dated), (e: unknown) => e instanceof DomainError && e.code === 'illegal_status_transition');
      });
    }
  }

  it('lists exactly the allowed transitions', () => {
    for (const from of summitStatuses) assert.deepEqual([...allowedTransitions(from)].sort(), [...expected[from]].sort());
  });

  it('publishes only a summit with a date', () => {
    assert.throws(() => assertTransition('draft', 'published', undated), (e: unknown) => e instanceof DomainError && e.code === 'date_required');
    assert.throws(() => assertTransition('postponed', 'published', undated), (e: unknown) => e instanceof DomainError && e.code === 'date_required');
  });

  it('postpones without a date ("dato mangler")', () => {
    assert.doesNotThrow(() => assertTransition('published', 'postponed', undated));
  });

  it('refuses an end before the start', () => {
    assert.throws(() => assertScheduleValid({ startsAt: dated.endsAt, endsAt: dated.startsAt }), (e: unknown) => e instanceof DomainError && e.code === 'invalid_date_range');
  });
});
