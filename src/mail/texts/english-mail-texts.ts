// The English texts of every message Samskab sends, for people who use Samskab in English. They say
// what the Danish texts say (danish-mail-texts.ts). A coordinator's own wording is written in Danish
// and replaces only Danish messages, so these carry no placeholders.
import type { NewOutboxMessage } from '../../domain/outbox.ts';
import type { MailSummit, MailTexts } from '../../ports.ts';
import { mailDate } from './mail-dates.ts';

const { dateTime, day } = mailDate('en');

function when(summit: MailSummit): string {
  return summit.startsAt && summit.status !== 'postponed' ? dateTime(summit.startsAt) : 'date to follow';
}

const signature = (summit: Pick<MailSummit, 'organiser'>) => `Kind regards\n${summit.organiser || 'The organisers'}\n\n-- \nSent by Samskab. Please do not reply to this email.`;

function message(summit: MailSummit, kind: string, toAddress: string, subject: string, lines: string[]): NewOutboxMessage {
  return {
    summitId: summit.id as NewOutboxMessage['summitId'], kind: kind as NewOutboxMessage['kind'], toAddress, subject,
    bodyText: [...lines, '', signature(summit)].join('\n'), language: 'en',
  };
}

export const englishMailTexts: MailTexts = {
  invitation(summit, to, link, deadline, organisationName) {
    const via = organisationName ? ` You were put forward by ${organisationName}.` : '';
    return message(summit, 'invitation', to.email, `Invitation: ${summit.title}`, [
      `Dear ${to.name}`,
      '',
      `You are invited to ${summit.title}.${via}`,
      '',
      `When: ${when(summit)}`,
      ...(summit.venue ? [`Where: ${summit.venue}`] : []),
      '',
      'Answer the invitation here (no login needed):',
      link,
      '',
      `Your seat is held for you until ${day(deadline)}. If you have not answered by then, it goes to someone else.`,
      'On the page you can also tell us about dietary and accessibility needs, and cancel later.',
      '',
      'The link is personal: do not share it.',
    ]);
  },

  recruiterLink(summit, organisation, link) {
    return message(summit, 'recruiter_link', organisation.contactEmail, `Recruitment for ${summit.title}`, [
      `Dear ${organisation.name}`,
      '',
      `You may put forward ${organisation.quota} ${organisation.quota === 1 ? 'participant' : 'participants'} for ${summit.title} (${when(summit)}).`,
      '',
      'Use your personal link to put participants forward, see your list and order your waiting list:',
      link,
      '',
      "The link gives access to your participants' details: share it only with those who recruit for you.",
      'Once your quota is full, new nominations go on the waiting list and are invited automatically when a seat comes free.',
    ]);
  },

  promotedRecruiter(summit, organisation, person) {
    return message(summit, 'promoted_recruiter', organisation.contactEmail, `A seat has gone to your waiting list: ${summit.title}`, [
      `Dear ${organisation.name}`,
      '',
      `A seat came free, and ${person.name} from your waiting list is now invited to ${summit.title}.`,
    ]);
  },

  waitlisted(summit, to, organisationName) {
    const via = organisationName ? ` by ${organisationName}` : '';
    return message(summit, 'waitlisted', to.email, `You are on the waiting list: ${summit.title}`, [
      `Dear ${to.name}`,
      '',
      `You were put forward${via} for ${summit.title} (${when(summit)}), but every seat is taken at the moment.`,
      'You are therefore on the waiting list. If a seat comes free, you will get an invitation with a personal link where you can answer.',
      '',
      'You need not do anything now.',
    ]);
  },

  postponed(summit, to, reason, tentativeDate, link) {
    return message(summit, 'postponed', to.email, `Postponed: ${summit.title}`, [
      `Dear ${to.name}`,
      '',
      `${summit.title} has been postponed. ${tentativeDate ? `The expected new date is ${tentativeDate}.` : 'A new date will follow.'}`,
      ...(reason ? ['', reason] : []),
      '',
      'Your seat is still held for you, and you will hear from us as soon as the new date is fixed.',
      ...(link ? ['', 'Your personal page:', link] : []),
    ]);
  },

  rescheduled(summit, to, reconfirmBy, link, confirmed) {
    const at = summit.startsAt ? dateTime(summit.startsAt) : '';
    return message(summit, 'rescheduled', to.email, `New date: ${summit.title} – ${confirmed ? 'please confirm your seat' : 'please answer the invitation'}`, [
      `Dear ${to.name}`,
      '',
      `${summit.title} has a new date: ${at}.`,
      ...(summit.venue ? [`Where: ${summit.venue}`] : []),
      '',
      confirmed
        ? `Please confirm that you are still coming by ${day(reconfirmBy)}. If you have not confirmed by then, your seat goes to someone else.`
        : 'You have not answered the invitation yet. Please answer on your personal page.',
      confirmed ? 'Confirm or cancel with one click here:' : 'Answer the invitation here:',
      link,
      ...(confirmed ? ['', 'Attached is a calendar file that updates the appointment in your calendar.'] : []),
    ]);
  },

  reconfirmReminder(summit, to, reconfirmBy, link) {
    return message(summit, 'reconfirm_reminder', to.email, `Reminder: confirm your seat at ${summit.title}`, [
      `Dear ${to.name}`,
      '',
      `We are still waiting for you to confirm that you are coming to ${summit.title}${summit.startsAt ? ` on ${dateTime(summit.startsAt)}` : ''}.`,
      `Please confirm by ${day(reconfirmBy)}, or your seat goes to someone else:`,
      link,
    ]);
  },

  seatLost(summit, to) {
    return message(summit, 'reconfirm_lost', to.email, `Your seat at ${summit.title} has gone to someone else`, [
      `Dear ${to.name}`,
      '',
      `We did not get your confirmation for the new date of ${summit.title}, so your seat has now gone to someone else.`,
      'If you would still like to take part, please contact whoever invited you.',
    ]);
  },

  confirmation(summit, to, link) {
    return message(summit, 'confirmation', to.email, `You are registered: ${summit.title}`, [
      `Dear ${to.name}`,
      '',
      `Thank you for your yes. You are registered for ${summit.title}${summit.startsAt ? ` on ${dateTime(summit.startsAt)}` : ' (date to follow)'}.`,
      ...(summit.venue ? [`Where: ${summit.venue}`] : []),
      '',
      'On your personal page you can change your needs and consents, or cancel:',
      link,
      ...(summit.startsAt ? ['', 'Attached is a calendar file for your calendar.'] : []),
    ]);
  },

  cancelled(summit, to, reason) {
    return message(summit, 'cancelled', to.email, `Cancelled: ${summit.title}`, [
      `Dear ${to.name}`,
      '',
      `Unfortunately, ${summit.title} has been cancelled.`,
      ...(reason ? ['', reason] : []),
      '',
      'Attached is a calendar file that removes the appointment from your calendar if you had added it.',
    ]);
  },

  recruiterLifecycle(summit, organisation, what, reason, reconfirmBy) {
    const headline = {
      postponed: `${summit.title} has been postponed. Your participants keep their seats, and answer deadlines are paused.`,
      rescheduled: `${summit.title} has a new date${summit.startsAt ? `: ${dateTime(summit.startsAt)}` : ''}. Your confirmed participants must confirm again by ${reconfirmBy ? day(reconfirmBy) : 'the deadline'}; seats not confirmed go to your waiting list.`,
      cancelled: `${summit.title} has been cancelled. Every participant has been told.`,
    }[what];
    return message(summit, `recruiter_${what}`, organisation.contactEmail, `${{ postponed: 'Postponed', rescheduled: 'New date', cancelled: 'Cancelled' }[what]}: ${summit.title}`, [
      `Dear ${organisation.name}`,
      '',
      headline,
      ...(reason ? ['', reason] : []),
      ...(what === 'rescheduled' ? ['', 'Your recruitment page shows who has confirmed, who has cancelled and whom we have not heard from.'] : []),
    ]);
  },

  interestReceived(summit, forum, citizen, link) {
    return message(summit, 'interest_received', forum.contactEmail, `New request: ${citizen.name} would like to take part in ${summit.title}`, [
      `Dear ${forum.name}`,
      '',
      `${citizen.name} has asked on the summit's page whether they may take part in ${summit.title}.`,
      ...(citizen.message ? ['', 'Message:', citizen.message] : []),
      '',
      ...(link
        ? ['Accept or decline the request on your recruitment page:', link, '', 'The link is your personal recruitment link: do not share it.']
        : ['You have no valid recruitment link just now. Ask the organisers for a new one, so you can accept or decline the request.']),
    ]);
  },

  interestReceipt(summit, citizen, forumName) {
    return message(summit, 'interest_receipt', citizen.email, `We have received your request: ${summit.title}`, [
      `Dear ${citizen.name}`,
      '',
      `Thank you for your interest in ${summit.title}. Your request has been sent to ${forumName}, who recruit in your local area.`,
      'You will hear from us once they have decided.',
    ]);
  },

  interestAccepted(summit, citizen, forumName, waitlisted) {
    return message(summit, 'interest_accepted', citizen.email, `${forumName} has said yes to your request`, [
      `Dear ${citizen.name}`,
      '',
      waitlisted
        ? `${forumName} would like you to come to ${summit.title}, but every seat is taken at the moment. You are on the waiting list and will get an invitation as soon as a seat comes free.`
        : `${forumName} would like you to come to ${summit.title}. You will get an invitation in a separate email with a personal link where you can answer.`,
    ]);
  },

  interestDeclined(summit, citizen, forumName, reason) {
    return message(summit, 'interest_declined', citizen.email, `Answer to your request: ${summit.title}`, [
      `Dear ${citizen.name}`,
      '',
      `Unfortunately, ${forumName} has no seat for you at ${summit.title}.`,
      ...(reason ? ['', reason] : []),
      '',
      'Thank you for your interest.',
    ]);
  },

  emailChanged(summit, to, previousEmail, link) {
    return message(summit, 'email_changed', to.email, `Your email address has been corrected: ${summit.title}`, [
      `Dear ${to.name}`,
      '',
      `The organisers of ${summit.title} have corrected your email address from ${previousEmail} to ${to.email}. From now on our messages come here.`,
      ...(link ? ['', 'Your personal link has been renewed and the old one no longer works. Here is your page:', link, '', 'The link is personal: do not share it.'] : []),
      '',
      'If this is not you, please write to the organisers and we will put it right.',
    ]);
  },

  invitationWithdrawn(summit, to, contact) {
    return message(summit, 'invitation_withdrawn', to.email, `Your invitation has been withdrawn: ${summit.title}`, [
      `Dear ${to.name}`,
      '',
      `Your invitation to ${summit.title} (${when(summit)}) has been withdrawn.`,
      contact ? `If you have questions, please contact ${contact.name}${contact.email ? ` at ${contact.email}` : ''}.` : `If you have questions, please contact ${summit.organiser || 'the organisers'}.`,
    ]);
  },

  missingOnTheDay(summit, to, text) {
    return message(summit, 'missing_on_the_day', to.email, text.subject.trim() || `${summit.title}: we miss you`, [`Dear ${to.name}`, '', text.body.trim()]);
  },

  privacyNoticeLine(link) {
    return `How the municipality handles your data: ${link}`;
  },

  retentionWarning(summit, to, dueAt, link) {
    return message(summit, 'retention_warning', to.email, `${summit.title}: personal data will be deleted on ${day(dueAt)}`, [
      `Dear ${to.name || to.email}`, '',
      `The retention period of ${summit.title} is ending. On ${day(dueAt)} Samskab deletes all personal data of the summit's participants: names, emails, needs, consents, messages and links.`,
      'Counts by group, area and table, the plan\'s measures and the anonymous survey answers are kept, so the report still shows.', '',
      'If you need an archive, download it before then. You can also postpone the deletion once, with a reason:', link,
    ]);
  },

  surveyLink(summit, to, link, survey) {
    const privacy = survey.anonymous
      ? 'The survey is anonymous: your answers are stored without your name, your email or your link.'
      : 'The survey is not anonymous: the organisers can see what you answered.';
    const intro = survey.reminder
      ? `We still miss your answer about ${summit.title}. If you have answered already, please ignore this email.`
      : `Thank you for taking part in ${summit.title}. We would like to hear what you thought, so the next summit gets better.`;
    return message(summit, survey.reminder ? 'survey_reminder' : 'survey_invitation', to.email, `${survey.reminder ? 'Reminder: ' : ''}${summit.title}: what did you think?`,
      [`Dear ${to.name}`, '', intro, '', 'Answer here (it takes a few minutes):', link, '', privacy, `You can answer until and including ${day(`${survey.closesOn}T12:00:00.000Z`)}.`]);
  },

  seating({ summitTitle, person, rounds, tables, roster, changed, link, organiser }) {
    const tableLabel = (id: string) => {
      const table = tables.find((t) => t.id === id);
      return `Table ${table?.name ?? id}${table?.accessible ? ' (accessible table)' : ''}`;
    };
    const lines: string[] = [`Dear ${person.name}`, ''];
    lines.push(changed
      ? `The table plan for ${summitTitle} has changed. Here is your new seat:`
      : `The table plan for ${summitTitle} is ready. Here is your seat:`);
    lines.push('');
    rounds.forEach((round, r) => {
      const table = round.tables.find((t) => t.people.includes(person.id));
      lines.push(`Round ${r + 1}: ${table ? tableLabel(table.id) : 'no seat in this round'}`);
      if (person.facilitator && table) {
        lines.push('  At your table:');
        for (const id of table.people) {
          if (id === person.id) continue;
          const other = roster.get(id);
          if (other) lines.push(`  - ${other.name} (${other.groupName}${other.areaName ? `, ${other.areaName}` : ''})`);
        }
      }
    });
    lines.push('', 'See your seat here:', link, '', 'The link is personal: do not share it.', '', signature({ organiser }));
    return { subject: `Your table: ${summitTitle}`, bodyText: lines.join('\n') };
  },
};
