import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from './errors.ts';
import { assertReschedulable, assertRescheduleValid, parseReminderDays, remindersDue, resumeDeadline } from './lifecycle.ts';

const code = (c: string) => (e: unknown) => e instanceof DomainError && e.code === c;
const now = '2027-01-10T12:00:00.000Z';

describe('rescheduling rules', () => {
  it('reschedules only a postponed or published summit', () => {
    assert.doesNotThrow(() => assertReschedulable('postponed'));
    assert.doesNotThrow(() => assertReschedulable('published'));
    for (const status of ['draft', 'cancelled', 'held', 'closed', 'archived'] as const) assert.throws(() => assertReschedulable(status), code('illegal_status_transition'));
  });

  it('needs a future date and a re-confirmation deadline before it', () => {
    const ok = { startsAt: '2027-04-01T07:00:00.000Z', endsAt: '2027-04-01T14:00:00.000Z', venue: 'Hallen', reconfirmBy: '2027-03-01T22:00:00.000Z' };
    assert.doesNotThrow(() => assertRescheduleValid(ok, now));
    assert.throws(() => assertRescheduleValid({ ...ok, startsAt: '2026-12-01T07:00:00.000Z', endsAt: null }, now), code('date_in_past'));
    assert.throws(() => assertRescheduleValid({ ...ok, reconfirmBy: '2027-01-01T00:00:00.000Z' }, now), code('date_in_past'));
    assert.throws(() => assertRescheduleValid({ ...ok, reconfirmBy: '2027-04-02T00:00:00.000Z' }, now), code('reconfirm_after_start'));
    assert.throws(() => assertRescheduleValid({ ...ok, endsAt: '2027-04-01T06:00:00.000Z' }, now), code('invalid_date_range'));
  });

  it('moves answer deadlines on by the time the summit was postponed', () => {
    assert.equal(resumeDeadline('2027-01-05T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '2027-01-11T00:00:00.000Z'), '2027-01-15T00:00:00.000Z');
    assert.equal(resumeDeadline(null, '2027-01-01T00:00:00.000Z', now), null);
    assert.equal(resumeDeadline('2027-01-05T00:00:00.000Z', null, now), '2027-01-05T00:00:00.000Z');
  });

  it('counts the reminders due from the schedule', () => {
    const days = parseReminderDays('2, 7,x,0,7');
    assert.deepEqual(days, [7, 2]);
    const deadline = '2027-02-10T12:00:00.000Z';
    assert.equal(remindersDue(deadline, days, '2027-02-01T12:00:00.000Z'), 0);
    assert.equal(remindersDue(deadline, days, '2027-02-03T12:00:00.000Z'), 1);
    assert.equal(remindersDue(deadline, days, '2027-02-08T12:00:00.000Z'), 2);
  });
});

describe('participant links', () => {
  it('expire with the personal data, retentionDays after the summit ended, and hold before a date is set', async () => {
    const { participantLinkExpired } = await import('./invitation.ts');
    const summit = { status: 'held', startsAt: '2027-04-01T07:00:00.000Z', endsAt: '2027-04-01T14:00:00.000Z', updatedAt: '2027-04-02T00:00:00.000Z', retentionDays: 30 };
    assert.equal(participantLinkExpired(summit, '2027-04-30T00:00:00.000Z'), false);
    assert.equal(participantLinkExpired(summit, '2027-05-02T00:00:00.000Z'), true);
    assert.equal(participantLinkExpired({ ...summit, startsAt: null, endsAt: null, status: 'postponed' }, '2030-01-01T00:00:00.000Z'), false);
  });
});
