import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copenhagenDateArray, renderSummitCalendar, type CalendarEntry } from './summit-calendar.ts';

const entry: CalendarEntry = {
  summitId: 's1', personId: 'p1', title: 'Topmøde om lokal udvikling', description: 'En hel dag på tværs.', venue: 'Holbæk Hallen',
  startsAt: '2027-04-15T07:00:00.000Z', endsAt: '2027-04-15T14:30:00.000Z', sequence: 0, stampedAt: '2027-01-10T12:00:00.000Z',
  organiser: { name: 'Holbæk Kommune', email: 'noreply@samskab.local' }, attendee: { name: 'Ane Jensen', email: 'ane@example.dk' },
};

describe('summit calendar files', () => {
  it('uses Danish local time: 07:00Z in April is 09:00 summer time, 08:00Z in January is 09:00', () => {
    assert.deepEqual(copenhagenDateArray('2027-04-15T07:00:00.000Z'), [2027, 4, 15, 9, 0]);
    assert.deepEqual(copenhagenDateArray('2027-01-15T08:00:00.000Z'), [2027, 1, 15, 9, 0]);
    const ics = renderSummitCalendar(entry);
    assert.match(ics, /DTSTART;TZID=Europe\/Copenhagen:20270415T090000/);
    assert.match(ics, /DTEND;TZID=Europe\/Copenhagen:20270415T163000/);
    assert.match(ics, /BEGIN:VTIMEZONE/);
  });

  it('keeps one UID per summit and person, and carries the sequence', () => {
    const first = renderSummitCalendar(entry);
    const moved = renderSummitCalendar({ ...entry, startsAt: '2027-05-20T07:00:00.000Z', endsAt: null, sequence: 1 });
    const uid = (ics: string) => /^UID:(.*)$/m.exec(ics)![1].trim();
    assert.equal(uid(first), uid(moved));
    assert.match(first, /^SEQUENCE:0/m);
    assert.match(moved, /^SEQUENCE:1/m);
    assert.notEqual(uid(first), uid(renderSummitCalendar({ ...entry, personId: 'p2' })));
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const ics = renderSummitCalendar({ ...entry, sequence: 2, cancelled: true });
    assert.match(ics, /^METHOD:CANCEL/m);
    assert.match(ics, /^STATUS:CANCELLED/m);
  });

  it('stamps the file with the injected time, not the machine clock', () => {
    assert.match(renderSummitCalendar(entry), /^DTSTAMP:20270110T120000Z/m);
  });
});
