import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Invitation } from './invitation.ts';
import type { Organisation } from './organisation.ts';
import type { Summit } from './summit.ts';
import { answersPerDay, fillRow, nextSteps, unanswered, upcomingDeadlines } from './summit-dashboard.ts';

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
const organisation = (id: string, kind: Organisation['kind'], quota = 2): Organisation => ({ id, summitId: 's1', groupId: 'g1', areaId: null, name: id, kind, quota, contactEmail: '', position: 0 } as Organisation);

describe("the summit's dashboard", () => {
  it('counts invited, confirmed, waitlisted and declined against the quota', () => {
    const rows = [invitation({ status: 'pending' }), invitation({ status: 'confirmed' }), invitation({ status: 'confirmed' }), invitation({ status: 'waitlisted' }), invitation({ status: 'declined' }), invitation({ status: 'withdrawn' })];
    assert.deepEqual(fillRow('g1', 'Borgere', 5, rows), { id: 'g1', name: 'Borgere', quota: 5, invited: 1, confirmed: 2, waitlisted: 1, declined: 1 });
  });

  it('counts answers per Copenhagen day with a running total, ignoring answers that were undone', () => {
    const rows = [
      invitation({ status: 'confirmed', answeredAt: '2027-02-01T22:30:00.000Z' }), // 23.30 in Copenhagen: still 1 February
      invitation({ status: 'declined', answeredAt: '2027-02-01T08:00:00.000Z' }),
      invitation({ status: 'confirmed', answeredAt: '2027-02-03T23:30:00.000Z' }), // 00.30 on 4 February
      invitation({ status: 'withdrawn', answeredAt: '2027-02-02T08:00:00.000Z' }),
    ];
    assert.deepEqual(answersPerDay(rows), [
      { day: '2027-02-01', confirmed: 1, declined: 1, total: 2 },
      { day: '2027-02-04', confirmed: 1, declined: 0, total: 3 },
    ]);
  });

  it('lists deadlines from now on, soonest first, with answer deadlines counted per day', () => {
    const rows = [
      invitation({ answerDeadline: '2027-03-05T10:00:00.000Z' }), invitation({ answerDeadline: '2027-03-05T12:00:00.000Z' }),
      invitation({ answerDeadline: '2027-02-20T10:00:00.000Z' }), invitation({ status: 'confirmed', answerDeadline: '2027-03-04T10:00:00.000Z' }),
    ];
    assert.deepEqual(upcomingDeadlines(summit({ reconfirmBy: '2027-03-20T10:00:00.000Z' }), rows, now).map((d) => [d.kind, d.at, d.count]), [
      ['answers_due', '2027-03-05T10:00:00.000Z', 2], ['reconfirm_by', '2027-03-20T10:00:00.000Z', 0], ['summit_starts', '2027-04-01T15:00:00.000Z', 0],
    ]);
    assert.deepEqual(upcomingDeadlines(summit({ status: 'postponed', startsAt: null }), rows, now), [], 'answer deadlines stand still while postponed');
  });

  it('lists who has not answered, the soonest deadline first', () => {
    const rows = [invitation({ name: 'B', answerDeadline: '2027-03-09T10:00:00.000Z' }), invitation({ name: 'A', answerDeadline: null }), invitation({ name: 'C', answerDeadline: '2027-03-02T10:00:00.000Z' }), invitation({ name: 'D', status: 'confirmed' })];
    assert.deepEqual(unanswered(rows).map((i) => i.name), ['C', 'B', 'A']);
  });

  it('counts the organisations with a quota that have nominated nobody, per kind', () => {
    const organisations = [organisation('f1', 'local_forum'), organisation('f2', 'local_forum'), organisation('f3', 'local_forum'), organisation('f4', 'local_forum'), organisation('b1', 'business_council'), organisation('x', 'institution', 0)];
    const rows = [invitation({ organisationId: 'f1' as Invitation['organisationId'], status: 'declined' })];
    const steps = nextSteps({ summit: summit(), groupQuotas: [10], organisations, invitations: rows, linkedOrganisationIds: new Set(['f1', 'f2', 'f3', 'f4', 'b1']), now });
    assert.deepEqual(steps.filter((s) => s.kind === 'organisations_without_nominations'), [
      { kind: 'organisations_without_nominations', organisationKind: 'local_forum', count: 3 },
      { kind: 'organisations_without_nominations', organisationKind: 'business_council', count: 1 },
    ]);
  });

  it('asks for groups, a date and publication in that order while the summit is a draft, and for nothing once it is cancelled', () => {
    assert.deepEqual(nextSteps({ summit: summit({ status: 'draft', startsAt: null }), groupQuotas: [], organisations: [], invitations: [], linkedOrganisationIds: new Set(), now }).map((s) => s.kind), ['no_groups', 'set_date']);
    assert.deepEqual(nextSteps({ summit: summit({ status: 'draft' }), groupQuotas: [4], organisations: [], invitations: [], linkedOrganisationIds: new Set(), now }).map((s) => s.kind), ['publish']);
    assert.deepEqual(nextSteps({ summit: summit({ status: 'cancelled' }), groupQuotas: [], organisations: [organisation('f1', 'local_forum')], invitations: [], linkedOrganisationIds: new Set(), now }), []);
  });

  it('counts free seats against the capacity or the groups’ quotas, whichever is smaller, and answers due within 3 days', () => {
    const rows = [invitation({ answerDeadline: '2027-03-03T10:00:00.000Z' }), invitation({ answerDeadline: '2027-03-09T10:00:00.000Z' }), invitation({ status: 'confirmed' })];
    const steps = nextSteps({ summit: summit({ capacity: 10 }), groupQuotas: [3, 3], organisations: [], invitations: rows, linkedOrganisationIds: new Set(), now });
    assert.deepEqual(steps, [{ kind: 'answers_due_soon', count: 1 }, { kind: 'seats_free', count: 3 }]);
  });
});
