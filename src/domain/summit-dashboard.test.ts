import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Invitation } from './invitation.ts';
import type { Organisation } from './organisation.ts';
import type { Summit } from './summit.ts';
import { answersPerDay, fillRow, nextSteps, unanswered, upcomingDeadlines, type StatusCount } from './summit-dashboard.ts';

const now = '2027-03-01T10:00:00.000Z';
const summit = (changes: Partial<Summit> = {}): Summit => ({
  id: 's1', slug: 's', title: 'Topmøde', purpose: '', description: '', status: 'published', startsAt: '2027-04-01T15:00:00.000Z', endsAt: null,
  venue: '', statusReason: '', responsibleEditor: '', organiser: '', capacity: 10, answerDays: 14, retentionDays: 30, isDemo: false,
  calendarSequence: 0, reconfirmBy: null, reminderDays: '', pausedAt: null, tentativeDate: '', createdAt: now, updatedAt: now, ...changes,
} as Summit);
let n = 0;
const invitation = (changes: Partial<Invitation>): Invitation => ({
  id: `i${++n}`, summitId: 's1', groupId: 'g1', organisationId: null, areaId: null, name: `Person ${n}`, email: '', phone: '', status: 'pending', source: 'coordinator',
  waitlistPosition: 0, invitedAt: now, answerDeadline: null, answeredAt: null, dietNeeds: '', accessibilityNeeds: '', consentPhotos: false, consentChangedAt: null,
  language: 'da', createdAt: now, updatedAt: now, ...changes,
} as Invitation);
const tally = (status: StatusCount['status'], count = 1, organisationId: string | null = null): StatusCount => ({ groupId: 'g1', organisationId, areaId: null, status, count });
const organisation = (id: string, kind: Organisation['kind'], quota = 2): Organisation => ({ id, summitId: 's1', groupId: 'g1', areaId: null, name: id, kind, quota, contactEmail: '', position: 0 } as Organisation);

describe("the summit's dashboard", () => {
  it('counts invited, confirmed, waitlisted and declined against the quota', () => {
    const tallies = [tally('pending'), tally('confirmed', 1, 'o1'), tally('confirmed'), tally('waitlisted'), tally('declined'), tally('withdrawn', 3)];
    assert.deepEqual(fillRow('g1', 'Borgere', 5, tallies), { id: 'g1', name: 'Borgere', quota: 5, invited: 1, confirmed: 2, waitlisted: 1, declined: 1 });
  });

  it('counts answers per Copenhagen day with a running total, from the answers per UTC hour', () => {
    assert.deepEqual(answersPerDay([
      { hour: '2027-02-01T22', status: 'confirmed', count: 1 }, // 23 in Copenhagen: still 1 February
      { hour: '2027-02-01T08', status: 'declined', count: 1 },
      { hour: '2027-02-03T23', status: 'confirmed', count: 2 }, // 00 on 4 February
      { hour: '2027-07-03T22', status: 'declined', count: 1 }, // 00 on 4 July, in summer time
    ]), [
      { day: '2027-02-01', confirmed: 1, declined: 1, total: 2 },
      { day: '2027-02-04', confirmed: 2, declined: 0, total: 4 },
      { day: '2027-07-04', confirmed: 0, declined: 1, total: 5 },
    ]);
  });

  it('lists deadlines from now on, soonest first, with answer deadlines counted per day', () => {
    const hours = [
      { hour: '2027-03-05T12', first: '2027-03-05T12:00:00.000Z', count: 1 }, { hour: '2027-03-05T10', first: '2027-03-05T10:00:00.000Z', count: 2 },
      { hour: '2027-02-20T10', first: '2027-02-20T10:00:00.000Z', count: 1 },
    ];
    assert.deepEqual(upcomingDeadlines(summit({ reconfirmBy: '2027-03-20T10:00:00.000Z' }), hours, now).map((d) => [d.kind, d.at, d.count]), [
      ['answers_due', '2027-03-05T10:00:00.000Z', 3], ['reconfirm_by', '2027-03-20T10:00:00.000Z', 0], ['summit_starts', '2027-04-01T15:00:00.000Z', 0],
    ]);
    assert.deepEqual(upcomingDeadlines(summit({ status: 'postponed', startsAt: null }), hours, now), [], 'answer deadlines stand still while postponed');
  });

  it('lists who has not answered, the soonest deadline first', () => {
    const rows = [invitation({ name: 'B', answerDeadline: '2027-03-09T10:00:00.000Z' }), invitation({ name: 'A', answerDeadline: null }), invitation({ name: 'C', answerDeadline: '2027-03-02T10:00:00.000Z' }), invitation({ name: 'D', status: 'confirmed' })];
    assert.deepEqual(unanswered(rows).map((i) => i.name), ['C', 'B', 'A']);
  });

  it('counts the organisations with a quota that have nominated nobody, per kind', () => {
    const organisations = [organisation('f1', 'local_forum'), organisation('f2', 'local_forum'), organisation('f3', 'local_forum'), organisation('f4', 'local_forum'), organisation('b1', 'business_council'), organisation('x', 'institution', 0)];
    const tallies = [tally('declined', 1, 'f1')];
    const steps = nextSteps({ summit: summit(), groupQuotas: [10], organisations, tallies, answersDueSoon: 0, linkedOrganisationIds: new Set(['f1', 'f2', 'f3', 'f4', 'b1']) });
    assert.deepEqual(steps.filter((s) => s.kind === 'organisations_without_nominations'), [
      { kind: 'organisations_without_nominations', organisationKind: 'local_forum', count: 3 },
      { kind: 'organisations_without_nominations', organisationKind: 'business_council', count: 1 },
    ]);
  });

  it('asks for groups, a date and publication in that order while the summit is a draft, and for nothing once it is cancelled', () => {
    assert.deepEqual(nextSteps({ summit: summit({ status: 'draft', startsAt: null }), groupQuotas: [], organisations: [], tallies: [], answersDueSoon: 0, linkedOrganisationIds: new Set() }).map((s) => s.kind), ['no_groups', 'set_date']);
    assert.deepEqual(nextSteps({ summit: summit({ status: 'draft' }), groupQuotas: [4], organisations: [], tallies: [], answersDueSoon: 0, linkedOrganisationIds: new Set() }).map((s) => s.kind), ['publish']);
    assert.deepEqual(nextSteps({ summit: summit({ status: 'cancelled' }), groupQuotas: [], organisations: [organisation('f1', 'local_forum')], tallies: [], answersDueSoon: 0, linkedOrganisationIds: new Set() }), []);
  });

  it('counts free seats against the capacity or the groups’ quotas, whichever is smaller, and the answers due soon', () => {
    const tallies = [tally('pending', 2), tally('confirmed'), tally('declined', 4)];
    const steps = nextSteps({ summit: summit({ capacity: 10 }), groupQuotas: [3, 3], organisations: [], tallies, answersDueSoon: 1, linkedOrganisationIds: new Set() });
    assert.deepEqual(steps, [{ kind: 'answers_due_soon', count: 1 }, { kind: 'seats_free', count: 3 }]);
    assert.deepEqual(nextSteps({ summit: summit({ status: 'postponed', capacity: 10 }), groupQuotas: [3, 3], organisations: [], tallies, answersDueSoon: 1, linkedOrganisationIds: new Set() }), [],
      'answers are not due while the summit is postponed');
  });
});
