// The .ics attachment of a lifecycle message for one participant, through the CalendarRenderer port.
import type { Invitation } from '../domain/invitation.ts';
import type { MailAttachment } from '../domain/outbox.ts';
import type { Summit } from '../domain/summit.ts';
import type { Deps } from '../ports.ts';

export function calendarAttachment(deps: Deps, summit: Summit, invitation: Pick<Invitation, 'id' | 'name' | 'email'>, link: string, cancelled = false): MailAttachment[] {
  // A postponed summit's old date is no date; a cancelled one is only ever sent as a cancellation.
  if (!summit.startsAt || !deps.calendar || summit.status === 'postponed' || (summit.status === 'cancelled' && !cancelled)) return [];
  const content = deps.calendar.render({
    summitId: summit.id, personId: invitation.id, title: summit.title, description: `${summit.purpose}\n\n${link}`.trim(),
    venue: summit.venue, startsAt: summit.startsAt, endsAt: summit.endsAt, sequence: summit.calendarSequence,
    stampedAt: deps.clock.now(), organiser: { name: summit.organiser || 'Samskab', email: 'noreply@samskab.local' },
    attendee: { name: invitation.name, email: invitation.email }, url: link, cancelled,
  });
  return [{ filename: cancelled ? 'aflyst.ics' : 'topmoede.ics', contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`, content }];
}
