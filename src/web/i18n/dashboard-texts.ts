// The summit's front page for the coordinator ("Overblik"): fill state, answers over time,
// deadlines, who has not answered and what to do next.
import type { OrganisationKind } from '../../domain/summit.ts';

const pluralDa = new Intl.PluralRules('da-DK');
const pluralEn = new Intl.PluralRules('en-GB');
/** "1 sted", "3 steder": the number with the word its count needs. */
const countDa = (n: number, one: string, other: string) => `${n} ${pluralDa.select(n) === 'one' ? one : other}`;
const countEn = (n: number, one: string, other: string) => `${n} ${pluralEn.select(n) === 'one' ? one : other}`;

const kindsDa: Record<OrganisationKind, [string, string]> = {
  local_forum: ['lokalforum', 'lokalfora'], business_council: ['erhvervsråd', 'erhvervsråd'], institution: ['institution', 'institutioner'],
  council_secretariat: ['sekretariat', 'sekretariater'], administration: ['forvaltning', 'forvaltninger'],
};
const kindsEn: Record<OrganisationKind, [string, string]> = {
  local_forum: ['local forum', 'local forums'], business_council: ['business council', 'business councils'], institution: ['institution', 'institutions'],
  council_secretariat: ['secretariat', 'secretariats'], administration: ['administration', 'administrations'],
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const dashboardDa = {
  nav: 'Overblik',
  title: (summit: string) => `Overblik: ${summit}`,
  nextHeading: 'Det næste at gøre',
  nothingNext: 'Der er ikke noget, der venter på dig lige nu.',
  next: {
    no_groups: 'Opret deltagergrupperne med deres kvoter.',
    set_date: 'Sæt dato og tid for topmødet.',
    publish: 'Topmødet er en kladde. Offentliggør det, når det er klar.',
    organisations_without_nominations: (kind: OrganisationKind, n: number) =>
      `${capitalise(countDa(n, ...kindsDa[kind]))} har ikke nomineret nogen endnu.`,
    organisations_without_link: (n: number) => `${capitalise(countDa(n, 'organisation', 'organisationer'))} med en kvote har intet rekrutteringslink.`,
    answers_due_soon: (n: number) => `${capitalise(countDa(n, 'person', 'personer'))} har ikke svaret, og svarfristen udløber inden for 3 dage.`,
    seats_free: (n: number) => `${capitalise(countDa(n, 'plads', 'pladser'))} er endnu ikke besat.`,
  },
  nextLinks: {
    no_groups: 'Til deltagergrupperne', set_date: 'Til oplysningerne', publish: 'Til forløbet', organisations_without_nominations: 'Til rekrutteringen',
    organisations_without_link: 'Til rekrutteringen', answers_due_soon: 'Se hvem', seats_free: 'Til rekrutteringen',
  },
  totalHeading: 'Pladser i alt',
  totalSummary: (confirmed: number, invited: number, waitlisted: number, capacity: number) =>
    `${countDa(confirmed, 'bekræftet', 'bekræftede')} og ${countDa(invited, 'inviteret', 'inviterede')} uden svar af ${capacity} pladser; ${waitlisted} på venteliste.`,
  legend: { confirmed: 'Bekræftet', invited: 'Inviteret, uden svar', waitlisted: 'På venteliste', quota: 'Kvote' },
  legendLabel: 'Farverne i diagrammerne',
  groupsHeading: 'Deltagergrupper',
  groupsChart: 'Pladser pr. deltagergruppe',
  areasHeading: 'Lokalområder',
  areasChart: 'Pladser pr. lokalområde',
  areasHint: 'Et lokalområdes kvote er summen af kvoterne for de organisationer, der hører til det.',
  noAreas: 'Topmødet har ingen lokalområder.',
  noGroups: 'Topmødet har ingen deltagergrupper endnu.',
  chartDescription: (rows: { name: string; confirmed: number; invited: number; waitlisted: number; quota: number }[]) =>
    rows.map((r) => `${r.name}: ${r.confirmed} bekræftet, ${r.invited} uden svar, ${r.waitlisted} på venteliste, kvote ${r.quota}`).join('. '),
  fillCaption: (what: string) => `${what}: tallene i diagrammet`,
  columns: { name: 'Navn', quota: 'Kvote', confirmed: 'Bekræftet', invited: 'Uden svar', waitlisted: 'Venteliste', declined: 'Afbud', free: 'Ledige' },
  answersHeading: 'Svar over tid',
  answersChart: 'Svar over tid, samlet antal',
  answersDescription: (yes: number, no: number, days: number) => `${countDa(yes, 'ja', 'ja')} og ${countDa(no, 'nej', 'nej')} i alt over ${countDa(days, 'dag', 'dage')}.`,
  answersLegend: { confirmed: 'Ja (bekræftet)', declined: 'Nej (afbud)' },
  noAnswers: 'Ingen har svaret endnu.',
  answersCaption: 'Svar pr. dag',
  answersColumns: { day: 'Dag', confirmed: 'Ja', declined: 'Nej', total: 'I alt indtil da' },
  deadlinesHeading: 'Frister forude',
  noDeadlines: 'Der er ingen frister forude.',
  deadline: {
    summit_starts: () => 'Topmødet begynder',
    reconfirm_by: () => 'Frist for at bekræfte den nye dato',
    answers_due: (n: number) => `Svarfrist for ${countDa(n, 'invitation', 'invitationer')}`,
  },
  unansweredHeading: 'Har ikke svaret',
  unansweredNone: 'Alle inviterede har svaret.',
  unansweredCount: (shown: number, total: number) => (shown === total ? `${countDa(total, 'person', 'personer')} venter på at svare.` : `De ${shown} med den tidligste frist af ${countDa(total, 'person', 'personer')}, der ikke har svaret.`),
  unansweredAll: 'Se alle, der ikke har svaret',
  unansweredCaption: 'Inviterede uden svar',
  unansweredColumns: { name: 'Navn', group: 'Gruppe', organisation: 'Organisation', deadline: 'Svarfrist' },
  noDeadline: 'Ingen frist',
};

export type DashboardTexts = typeof dashboardDa;

export const dashboardEn: DashboardTexts = {
  nav: 'Overview',
  title: (summit) => `Overview: ${summit}`,
  nextHeading: 'What to do next',
  nothingNext: 'Nothing is waiting for you right now.',
  next: {
    no_groups: 'Create the stakeholder groups with their quotas.',
    set_date: 'Set the date and time of the summit.',
    publish: 'The summit is a draft. Publish it when it is ready.',
    organisations_without_nominations: (kind, n) => `${capitalise(countEn(n, ...kindsEn[kind]))} ${n === 1 ? 'has' : 'have'} not nominated anyone yet.`,
    organisations_without_link: (n) => `${capitalise(countEn(n, 'organisation', 'organisations'))} with a quota ${n === 1 ? 'has' : 'have'} no recruiter link.`,
    answers_due_soon: (n) => `${capitalise(countEn(n, 'person has', 'people have'))} not answered, and the deadline is within 3 days.`,
    seats_free: (n) => `${capitalise(countEn(n, 'seat is', 'seats are'))} not taken yet.`,
  },
  nextLinks: {
    no_groups: 'To the stakeholder groups', set_date: 'To the details', publish: 'To the lifecycle', organisations_without_nominations: 'To recruitment',
    organisations_without_link: 'To recruitment', answers_due_soon: 'See who', seats_free: 'To recruitment',
  },
  totalHeading: 'Seats in total',
  totalSummary: (confirmed, invited, waitlisted, capacity) => `${confirmed} confirmed and ${invited} invited without an answer of ${capacity} seats; ${waitlisted} on the waiting list.`,
  legend: { confirmed: 'Confirmed', invited: 'Invited, no answer', waitlisted: 'Waiting list', quota: 'Quota' },
  legendLabel: 'The colours of the charts',
  groupsHeading: 'Stakeholder groups',
  groupsChart: 'Seats per stakeholder group',
  areasHeading: 'Local areas',
  areasChart: 'Seats per local area',
  areasHint: "An area's quota is the sum of the quotas of the organisations that belong to it.",
  noAreas: 'The summit has no local areas.',
  noGroups: 'The summit has no stakeholder groups yet.',
  chartDescription: (rows) => rows.map((r) => `${r.name}: ${r.confirmed} confirmed, ${r.invited} without an answer, ${r.waitlisted} waiting, quota ${r.quota}`).join('. '),
  fillCaption: (what) => `${what}: the numbers of the chart`,
  columns: { name: 'Name', quota: 'Quota', confirmed: 'Confirmed', invited: 'No answer', waitlisted: 'Waiting', declined: 'Declined', free: 'Free' },
  answersHeading: 'Answers over time',
  answersChart: 'Answers over time, running total',
  answersDescription: (yes, no, days) => `${yes} yes and ${no} no in all over ${countEn(days, 'day', 'days')}.`,
  answersLegend: { confirmed: 'Yes (confirmed)', declined: 'No (declined)' },
  noAnswers: 'Nobody has answered yet.',
  answersCaption: 'Answers per day',
  answersColumns: { day: 'Day', confirmed: 'Yes', declined: 'No', total: 'Total so far' },
  deadlinesHeading: 'Deadlines ahead',
  noDeadlines: 'There are no deadlines ahead.',
  deadline: {
    summit_starts: () => 'The summit begins',
    reconfirm_by: () => 'Deadline to confirm the new date',
    answers_due: (n) => `Answer deadline of ${countEn(n, 'invitation', 'invitations')}`,
  },
  unansweredHeading: 'Not answered',
  unansweredNone: 'Everyone invited has answered.',
  unansweredCount: (shown, total) => (shown === total ? `${countEn(total, 'person is', 'people are')} yet to answer.` : `The ${shown} with the earliest deadline of ${countEn(total, 'person', 'people')} who have not answered.`),
  unansweredAll: 'See everyone who has not answered',
  unansweredCaption: 'Invited without an answer',
  unansweredColumns: { name: 'Name', group: 'Group', organisation: 'Organisation', deadline: 'Answer deadline' },
  noDeadline: 'No deadline',
};
