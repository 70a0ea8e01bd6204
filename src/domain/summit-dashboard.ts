// The coordinator's front page of a summit, as pure rules: how full each stakeholder group and
// each area is, the answers over time, the deadlines ahead, who has not answered and what to do
// next. The people come in counted (the database tallies a summit of any size in a few rows);
// `now` comes in as an argument.
import type { Invitation, InvitationStatus } from './invitation.ts';
import type { Organisation } from './organisation.ts';
import type { OrganisationKind, Summit } from './summit.ts';

/** Seats of one group or area: invited (waiting for an answer), confirmed and waitlisted against the quota. */
export interface FillRow {
  id: string;
  name: string;
  quota: number;
  invited: number;
  confirmed: number;
  waitlisted: number;
  declined: number;
}

export interface AnswerDay {
  /** Copenhagen calendar day, YYYY-MM-DD. */
  day: string;
  confirmed: number;
  declined: number;
  /** Answers up to and including this day. */
  total: number;
}

export type DeadlineKind = 'summit_starts' | 'reconfirm_by' | 'answers_due';

export interface Deadline {
  kind: DeadlineKind;
  at: string;
  /** For answers_due: invitations whose answer is due that day. */
  count: number;
}

export type NextStep =
  | { kind: 'no_groups' }
  | { kind: 'set_date' }
  | { kind: 'publish' }
  | { kind: 'organisations_without_nominations'; organisationKind: OrganisationKind; count: number }
  | { kind: 'organisations_without_link'; count: number }
  | { kind: 'answers_due_soon'; count: number }
  | { kind: 'seats_free'; count: number };

/** How many of the summit's people have a status, per group, organisation and area. */
export interface StatusCount {
  groupId: string;
  organisationId: string | null;
  areaId: string | null;
  status: InvitationStatus;
  count: number;
}

/**
 * Confirmations or declines answered within one UTC hour ("2027-02-01T22"). Copenhagen is a
 * whole number of hours from UTC and changes its offset on the hour, so every instant of an
 * hour falls on the same Copenhagen day.
 */
export interface AnswerHour {
  hour: string;
  status: 'confirmed' | 'declined';
  count: number;
}

/** The pending answer deadlines from now on that fall within one UTC hour. */
export interface DeadlineHour {
  hour: string;
  /** The earliest of them. */
  first: string;
  count: number;
}

const tallied = (tallies: readonly StatusCount[], status: InvitationStatus) => tallies.reduce((sum, t) => t.status === status ? sum + t.count : sum, 0);

export function fillRow(id: string, name: string, quota: number, tallies: readonly StatusCount[]): FillRow {
  return {
    id, name, quota,
    invited: tallied(tallies, 'pending'), confirmed: tallied(tallies, 'confirmed'),
    waitlisted: tallied(tallies, 'waitlisted'), declined: tallied(tallies, 'declined'),
  };
}

const copenhagenDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Copenhagen calendar day of an instant, YYYY-MM-DD. */
export const dayOf = (at: string) => copenhagenDay.format(new Date(at));

/** The Copenhagen calendar day of every instant of a UTC hour ("2027-02-01T22"). */
const dayOfHour = (hour: string) => dayOf(`${hour}:00:00.000Z`);

/** Confirmations and declines per day on which someone answered, with the running total. */
export function answersPerDay(hours: readonly AnswerHour[]): AnswerDay[] {
  const byDay = new Map<string, { confirmed: number; declined: number }>();
  for (const h of hours) {
    const day = dayOfHour(h.hour);
    const entry = byDay.get(day) ?? { confirmed: 0, declined: 0 };
    entry[h.status] += h.count;
    byDay.set(day, entry);
  }
  let total = 0;
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, e]) => {
    total += e.confirmed + e.declined;
    return { day, ...e, total };
  });
}

/** Deadlines from now on, soonest first: the summit's start, the re-confirmation deadline, and answer deadlines per day. */
export function upcomingDeadlines(summit: Summit, answerDeadlines: readonly DeadlineHour[], now: string, limit = 6): Deadline[] {
  const later = (at: string | null): at is string => at !== null && at >= now;
  const deadlines: Deadline[] = [];
  if (later(summit.startsAt) && summit.status !== 'cancelled') deadlines.push({ kind: 'summit_starts', at: summit.startsAt, count: 0 });
  if (later(summit.reconfirmBy)) deadlines.push({ kind: 'reconfirm_by', at: summit.reconfirmBy, count: 0 });
  // Answer deadlines stand still while the summit is postponed.
  if (summit.status !== 'postponed') {
    const byDay = new Map<string, Deadline>();
    for (const h of answerDeadlines) {
      if (!later(h.first)) continue;
      const day = dayOfHour(h.hour);
      const entry = byDay.get(day);
      if (entry) { entry.count += h.count; if (h.first < entry.at) entry.at = h.first; } else byDay.set(day, { kind: 'answers_due', at: h.first, count: h.count });
    }
    deadlines.push(...byDay.values());
  }
  return deadlines.sort((a, b) => a.at.localeCompare(b.at)).slice(0, limit);
}

type Unanswered = Pick<Invitation, 'status' | 'answerDeadline' | 'name'>;

/** Invited people who have not answered, the soonest deadline first. */
export const unanswered = <T extends Unanswered>(invitations: readonly T[]): T[] =>
  invitations.filter((i) => i.status === 'pending').sort((a, b) => (a.answerDeadline ?? '9').localeCompare(b.answerDeadline ?? '9') || a.name.localeCompare(b.name, 'da'));

const DAY = 86_400_000;

/** Until when answers count as due soon: three days from now. */
export const dueSoonUntil = (now: string) => new Date(new Date(now).getTime() + 3 * DAY).toISOString();

/**
 * What the coordinator should do next, most pressing first. Recruiting organisations with a quota
 * that have nominated nobody are counted per kind, so the page can say "3 lokalfora har ikke
 * nomineret nogen endnu".
 */
export function nextSteps(input: {
  summit: Summit; groupQuotas: number[]; organisations: Organisation[]; tallies: readonly StatusCount[];
  /** Pending answers due from now until three days from now. */
  answersDueSoon: number;
  linkedOrganisationIds: ReadonlySet<string>;
}): NextStep[] {
  const { summit, organisations, tallies } = input;
  if (summit.status === 'cancelled' || summit.status === 'closed' || summit.status === 'archived') return [];
  const groupCount = input.groupQuotas.length;
  const steps: NextStep[] = [];
  if (groupCount === 0) steps.push({ kind: 'no_groups' });
  if (!summit.startsAt && summit.status !== 'postponed') steps.push({ kind: 'set_date' });
  if (summit.status === 'draft' && summit.startsAt && groupCount > 0) steps.push({ kind: 'publish' });
  const recruiting = organisations.filter((o) => o.quota > 0);
  const nominatedBy = new Set(tallies.map((t) => t.organisationId).filter((id) => id !== null));
  const silent = new Map<OrganisationKind, number>();
  for (const o of recruiting) if (!nominatedBy.has(o.id)) silent.set(o.kind, (silent.get(o.kind) ?? 0) + 1);
  for (const [organisationKind, count] of silent) steps.push({ kind: 'organisations_without_nominations', organisationKind, count });
  const unlinked = recruiting.filter((o) => !input.linkedOrganisationIds.has(o.id)).length;
  if (unlinked > 0) steps.push({ kind: 'organisations_without_link', count: unlinked });
  const dueSoon = summit.status === 'postponed' ? 0 : input.answersDueSoon;
  if (dueSoon > 0) steps.push({ kind: 'answers_due_soon', count: dueSoon });
  const held = tallied(tallies, 'pending') + tallied(tallies, 'confirmed');
  // The seats that can be filled at all: the capacity, or less when the groups' quotas add up to less.
  const seats = Math.min(summit.capacity, input.groupQuotas.reduce((sum, q) => sum + q, 0));
  if (summit.status === 'published' && held < seats) steps.push({ kind: 'seats_free', count: seats - held });
  return steps;
}
