import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from './errors.ts';
import { allowedTransitions, assertScheduleValid, assertTransition, canTransition, summitStatuses, type SummitStatus } from './summit.ts';

const dated = { startsAt: '2027-03-01T08:00:00.000Z', endsAt: '2027-03-01T15:00:00.000Z' };
const undated = { startsAt: null, endsAt: null };

// The rules are asked of the lifecycle one target status at a time, each in its own words, rather
// than checked against a copy of its table: a copy would only prove that the table equals itself.
const sourcesOf = (to: SummitStatus): SummitStatus[] => summitStatuses.filter((from) => canTransition(from, to));
const reachableFrom = (start: SummitStatus): Set<SummitStatus> => {
  const seen = new Set<SummitStatus>([start]);
  for (const status of seen) for (const next of allowedTransitions(status)) seen.add(next);
  return seen;
};

describe('the summit lifecycle', () => {
  it('never takes a summit back to draft', () => {
    assert.deepEqual(sourcesOf('draft'), []);
  });

  it('publishes a draft, or a postponed summit again, and nothing else', () => {
    assert.deepEqual(sourcesOf('published'), ['draft', 'postponed']);
  });

  it('postpones only a draft or a published summit', () => {
    assert.deepEqual(sourcesOf('postponed'), ['draft', 'published']);
  });

  it('cancels a summit only before it is held', () => {
    assert.deepEqual(sourcesOf('cancelled'), ['draft', 'published', 'postponed']);
  });

  it('holds only a published summit', () => {
    assert.deepEqual(sourcesOf('held'), ['published']);
  });

  it('closes only a held summit', () => {
    assert.deepEqual(sourcesOf('closed'), ['held']);
  });

  it('archives only a cancelled or closed summit, and nothing leaves the archive', () => {
    assert.deepEqual(sourcesOf('archived'), ['cancelled', 'closed']);
    assert.deepEqual(allowedTransitions('archived'), []);
  });

  it('reaches every status from a draft, and the archive from every status', () => {
    assert.deepEqual([...reachableFrom('draft')].sort(), [...summitStatuses].sort());
    for (const status of summitStatuses) assert.ok(reachableFrom(status).has('archived'), `${status} can end in the archive`);
  });

  it('refuses with illegal_status_transition exactly the changes it does not list', () => {
    for (const from of summitStatuses) {
      for (const to of summitStatuses) {
        const allowed = allowedTransitions(from).includes(to);
        assert.equal(canTransition(from, to), allowed, `${from} → ${to}`);
        if (allowed) assert.doesNotThrow(() => assertTransition(from, to, dated));
        else assert.throws(() => assertTransition(from, to, dated), (e: unknown) => e instanceof DomainError && e.code === 'illegal_status_transition');
      }
    }
  });

  it('lists exactly the allowed transitions', () => {
    for (const from of summitStatuses) assert.deepEqual([...allowedTransitions(from)].sort(), summitStatuses.filter((to) => canTransition(from, to)).sort());
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
