// Calendar files (.ics) for a participant's place at a summit. One UID per summit and person, a
// SEQUENCE raised on every change and METHOD:CANCEL on cancellation, so calendars update the entry
// they already have instead of adding another. Times are Danish local time (TZID=Europe/Copenhagen).
import { createEvent, type DateArray } from 'ics';
import type { CalendarEntry, CalendarRenderer } from '../ports.ts';

export type { CalendarEntry };


const zone = 'Europe/Copenhagen';

// The rules in force for Denmark since 1996 (EU summer time).
const vtimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${zone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const localParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The wall-clock time in Copenhagen of an instant, as [y, m, d, h, min]. */
export function copenhagenDateArray(iso: string): DateArray {
  const parts = Object.fromEntries(localParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return [Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute)];
}

export function summitCalendarUid(summitId: string, personId: string): string {
  return `summit-${summitId}-person-${personId}@samskab`;
}

/** Renders the .ics text; throws if the calendar library refuses the input. */
export function renderSummitCalendar(entry: CalendarEntry): string {
  const endsAt = entry.endsAt ?? new Date(new Date(entry.startsAt).getTime() + 7 * 3_600_000).toISOString();
  const { error, value } = createEvent({
    productId: 'samskab/topmoede',
    method: entry.cancelled ? 'CANCEL' : 'REQUEST',
    uid: summitCalendarUid(entry.summitId, entry.personId),
    sequence: entry.sequence,
    timestamp: new Date(entry.stampedAt).getTime(),
    title: entry.title,
    description: entry.description,
    location: entry.venue || undefined,
    url: entry.url,
    start: copenhagenDateArray(entry.startsAt),
    startInputType: 'local',
    startOutputType: 'local',
    end: copenhagenDateArray(endsAt),
    endInputType: 'local',
    endOutputType: 'local',
    status: entry.cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: entry.organiser,
    attendees: [{ name: entry.attendee.name, email: entry.attendee.email, rsvp: !entry.cancelled, role: 'REQ-PARTICIPANT', partstat: entry.cancelled ? 'DECLINED' : 'ACCEPTED' }],
  } as Parameters<typeof createEvent>[0]);
  if (error || !value) throw error ?? new Error('The calendar file could not be made.');
  return value
    .replace(/^DTSTART:/m, `DTSTART;TZID=${zone}:`)
    .replace(/^DTEND:/m, `DTEND;TZID=${zone}:`)
    .replace(/^X-PUBLISHED-TTL:PT1H\r?\n/m, '')
    .replace(/^BEGIN:VEVENT/m, `${vtimezone}\r\nBEGIN:VEVENT`);
}

export const icsCalendar: CalendarRenderer = { render: renderSummitCalendar };
