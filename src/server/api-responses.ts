// What the JSON API answers: one named shape per kind of answer, declared on every /api/v1 route for
// each status it answers. The serializer builds each body from its shape (an object keeps only the
// fields named here, so a store row can never leak a column), and the OpenAPI document shows it.
// Timestamps are ISO 8601 text; they are not re-validated on the way out.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apportionmentMethods } from '../domain/apportion.ts';
import { questionKinds } from '../domain/after-summit/survey.ts';
import { interestStatuses } from '../domain/interest-request.ts';
import { invitationSources, invitationStatuses } from '../domain/invitation.ts';
import { outboxKinds } from '../domain/outbox.ts';
import { seatingPlanSources, seatingPlanStatuses } from '../domain/seating-plan.ts';
import { organisationKinds, summitStatuses } from '../domain/summit.ts';
import { statusByCode, type ApiErrorCode } from './http-errors.ts';

const timestamp = z.string().describe('ISO 8601');
const id = z.string();
const counts = z.record(z.string(), z.number());

// ── errors ──────────────────────────────────────────────────────────────────────────────────

const errorCodes = Object.keys(statusByCode) as [ApiErrorCode, ...ApiErrorCode[]];

/** Every refusal and failure: a code of docs/errors.md, an English message, and what it concerns. */
export const apiError = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional(),
}).meta({ id: 'Error', description: 'A refusal or failure; `code` is one of docs/errors.md' });

/** An answer without a body (204). */
export const noContent = z.void().meta({ type: 'null', description: 'No content' });

/** The bytes of a file the route sends as it is (a PDF, say): never through a JSON shape. */
export const fileBytes = z.custom<Uint8Array>((bytes) => bytes instanceof Uint8Array).meta({ type: 'string', format: 'binary' });

/** An answer in one or more media types, each with its shape. */
interface MediaAnswer {
  description: string;
  content: Record<string, { schema: z.ZodType }>;
}
export const pdfFile = (description: string): MediaAnswer => ({ description, content: { 'application/pdf': { schema: fileBytes } } });

type Success = Record<number, z.ZodType | MediaAnswer>;

const refused = { description: 'Refused: `code` says why (docs/errors.md)', content: { 'application/json': { schema: apiError } } };
const failed = { description: 'Failed on our side (internal_error), or the database is away (database_unavailable, with Retry-After)', content: { 'application/json': { schema: apiError } } };

/**
 * A route's `response`: its successes by status, and the error shape for every 4xx and 5xx (401
 * unauthenticated, 404 not_found, 422 validation_failed, 429 rate_limited, 500 internal_error …).
 */
export const answers = <S extends Success>(success: S) => ({ ...success, '4xx': refused, '5xx': failed });

/**
 * Refuses, as the app starts, an /api/v1 route that declares no shape for a success status, or not
 * the error shape through `answers`: no route can answer with whatever its handler happens to return.
 */
export function requireResponseShapes(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const name = `${[route.method].flat().join(',')} ${route.url}`;
    const response = (route.schema?.response ?? {}) as Record<string, unknown>;
    const statuses = Object.keys(response);
    if (statuses.length === 0) throw new Error(`${name} declares no response shape (schema.response: answers({ 200: … }), see api-responses.ts)`);
    if (!statuses.some((status) => /^2(\d\d|xx)$/.test(status))) throw new Error(`${name} declares no response shape for a success status`);
    if (response['4xx'] !== refused || response['5xx'] !== failed) throw new Error(`${name} declares no error shape for 4xx and 5xx: declare its response through answers()`);
  });
}

// ── summits and their setup ─────────────────────────────────────────────────────────────────

export const summitShape = z.object({
  id, slug: z.string(), title: z.string(), purpose: z.string(), description: z.string(), status: z.enum(summitStatuses),
  startsAt: timestamp.nullable(), endsAt: timestamp.nullable(), venue: z.string(),
  statusReason: z.string().describe('Why the summit was postponed or cancelled'),
  responsibleEditor: z.string(), organiser: z.string(), capacity: z.number().int(),
  answerDays: z.number().int().describe('Days an invitation holds its seat before it expires'),
  retentionDays: z.number().int().describe('Days after the summit ended before personal data is deleted'),
  isDemo: z.boolean(),
  calendarSequence: z.number().int().describe("Raised on every change calendars must follow (the .ics SEQUENCE)"),
  reconfirmBy: timestamp.nullable().describe('After a reschedule: confirmed participants re-confirm by then'),
  reminderDays: z.string().describe('Days before reconfirmBy at which reminders go out, e.g. "7,2"'),
  pausedAt: timestamp.nullable().describe('Since when answer deadlines are paused (postponed)'),
  tentativeDate: z.string().describe('The expected new date announced with a postponement'),
  createdAt: timestamp, updatedAt: timestamp,
}).meta({ id: 'Summit' });

export const groupShape = z.object({
  id, summitId: id, name: z.string(), description: z.string(), quota: z.number().int(), position: z.number().int(),
  followsTables: z.boolean(), isFacilitators: z.boolean(),
  apportionmentMethod: z.enum(apportionmentMethods).nullable(), apportionmentMinimum: z.number().int(),
}).meta({ id: 'Group', description: 'A stakeholder group with its quota' });

export const areaShape = z.object({
  id, summitId: id, name: z.string(), mainTown: z.string(), population: z.number().int(), position: z.number().int(),
}).meta({ id: 'Area', description: 'A local area with its local forum' });

export const organisationShape = z.object({
  id, summitId: id, groupId: id, areaId: id.nullable(), name: z.string(), kind: z.enum(organisationKinds),
  quota: z.number().int(), contactEmail: z.string(), position: z.number().int(),
}).meta({ id: 'Organisation', description: "A recruiting organisation with its share of a group's quota" });

export const programmeItemShape = z.object({
  id, summitId: id, position: z.number().int(), startsAt: z.string().describe('HH:MM, or empty'), endsAt: z.string().describe('HH:MM, or empty'),
  title: z.string(), description: z.string(), speakerName: z.string(), speakerTitle: z.string(),
}).meta({ id: 'ProgrammeItem' });

export const summitOverviewShape = summitShape.extend({
  groups: z.array(groupShape), areas: z.array(areaShape), organisations: z.array(organisationShape), programme: z.array(programmeItemShape),
}).meta({ id: 'SummitOverview', description: 'A summit with its groups, areas, organisations and programme' });

export const auditEntryShape = z.object({
  id, at: timestamp, actor: z.string(), action: z.string().describe('Dotted, e.g. summit.postponed'),
  summitId: id.nullable(), subjectType: z.string(), subjectId: z.string(), data: z.record(z.string(), z.unknown()),
}).meta({ id: 'AuditEntry' });

export const apportionmentShape = z.object({
  groupId: id, method: z.enum(apportionmentMethods), minimum: z.number().int(), seats: z.number().int(),
  rows: z.array(z.object({
    areaId: id, areaName: z.string(), population: z.number(), exactQuota: z.number(), seats: z.number().int(),
    organisationId: id.nullable(), organisationName: z.string(), currentQuota: z.number().int().nullable(),
  })),
}).meta({ id: 'Apportionment', description: "How a group's seats divide over the areas" });

// ── recruitment ─────────────────────────────────────────────────────────────────────────────

const tally = Object.fromEntries(invitationStatuses.map((s) => [s, z.number().int()])) as Record<(typeof invitationStatuses)[number], z.ZodNumber>;
const occupancyRow = z.object({ id, name: z.string(), quota: z.number().int(), ...tally, free: z.number().int().describe('quota − pending − confirmed') });

export const occupancyShape = z.object({
  summitId: id, capacity: z.number().int(),
  totals: z.object({ ...tally, free: z.number().int() }),
  groups: z.array(occupancyRow),
  organisations: z.array(occupancyRow.extend({ groupId: id, contactEmail: z.string(), hasRecruiterLink: z.boolean() })),
  direct: z.array(z.object({ ...tally, groupId: id })).describe('Direct invitations of a group without an organisation'),
}).meta({ id: 'Occupancy', description: 'Seats per organisation, per group and for the summit' });

const needs = z.object({ diet: z.string(), accessibility: z.string() });
const consents = z.object({ photos: z.boolean() });

export const invitationShape = z.object({
  id, status: z.enum(invitationStatuses), organisationId: id.nullable(), groupId: id, areaId: id.nullable(), name: z.string(), email: z.string(),
  phone: z.string(), source: z.enum(invitationSources), waitlistPosition: z.number().int().nullable(), invitedAt: timestamp.nullable(),
  answerDeadline: timestamp.nullable(), answeredAt: timestamp.nullable(), needs, consents, createdAt: timestamp,
}).meta({ id: 'Invitation', description: 'What the coordinator sees of an invitation (never its token)' });

export const nominationShape = z.object({
  id, status: z.enum(invitationStatuses), name: z.string(), email: z.string(), phone: z.string(), areaId: id.nullable(),
  waitlistPosition: z.number().int().nullable(), invitedAt: timestamp.nullable(), answerDeadline: timestamp.nullable(), createdAt: timestamp,
}).meta({ id: 'Nomination', description: 'What a recruiter sees of its own nominations: no needs, no consents' });

export const recruiterLinkShape = z.object({
  url: z.string().describe('The recruiter page; the token is its last path segment (shown once)'),
  expiresAt: timestamp,
  emailed: z.boolean().describe("Whether it was queued for mailing to the organisation's contact address"),
}).meta({ id: 'RecruiterLink' });

export const importReportShape = z.object({
  valid: z.number().int(), invalid: z.number().int(), imported: z.number().int(), dryRun: z.boolean(),
  rows: z.array(z.object({
    row: z.number().int(), name: z.string(), email: z.string(), errors: z.array(z.string()).describe('Error codes; empty when the row is valid'),
    status: z.enum(invitationStatuses).optional().describe('When imported: pending (invited) or waitlisted'),
  })),
}).meta({ id: 'ImportReport' });

export const outboxMessageShape = z.object({
  id, summitId: id.nullable(), kind: z.enum(outboxKinds), toAddress: z.string(), subject: z.string(), bodyText: z.string(),
  status: z.enum(['queued', 'sent', 'failed']), attempts: z.number().int(), nextAttemptAt: timestamp, sentAt: timestamp.nullable(),
  lastError: z.string(), createdAt: timestamp,
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), content: z.string() })),
  invitationId: id.nullable(),
}).meta({ id: 'OutboxMessage' });

const summitBrief = { id, title: z.string(), startsAt: timestamp.nullable(), venue: z.string(), status: z.enum(summitStatuses) };

export const recruiterPageShape = z.object({
  summit: z.object(summitBrief),
  organisation: z.object({ id, name: z.string(), quota: z.number().int(), free: z.number().int() }),
  nominations: z.array(nominationShape),
}).meta({ id: 'RecruiterPage' });

export const participantInvitationShape = z.object({
  status: z.enum(invitationStatuses), name: z.string(), answerDeadline: timestamp.nullable(), needs, consents,
  summit: z.object({ ...summitBrief, endsAt: timestamp.nullable() }),
}).meta({ id: 'ParticipantInvitation', description: 'The invitation behind a participant link' });

export const invitationStatusShape = z.object({ status: z.enum(invitationStatuses) });
export const answerDetailsShape = z.object({ status: z.enum(invitationStatuses), needs, consents });

// ── lifecycle ───────────────────────────────────────────────────────────────────────────────

const reconfirmStates = ['reconfirmed', 'awaiting', 'declined', 'lost'] as const;

export const reconfirmationsShape = z.object({
  reconfirmBy: timestamp.nullable(),
  counts: z.object(Object.fromEntries(reconfirmStates.map((s) => [s, z.number().int()])) as Record<(typeof reconfirmStates)[number], z.ZodNumber>),
  people: z.array(z.object({ invitationId: id, name: z.string(), organisationId: id.nullable(), groupId: id, state: z.enum(reconfirmStates) })),
}).meta({ id: 'Reconfirmations' });

export const reconfirmedShape = z.object({ status: z.enum(invitationStatuses), reconfirmState: z.string() });

export const interestRequestShape = z.object({
  id, status: z.enum(interestStatuses), areaId: id, name: z.string(), email: z.string(), message: z.string(),
  decisionMessage: z.string(), invitationId: id.nullable(), createdAt: timestamp, decidedAt: timestamp.nullable(),
}).meta({ id: 'InterestRequest', description: "A citizen's request to take part, as the local forum sees it" });

export const receivedShape = z.object({ status: z.literal('received') });

// ── seating ─────────────────────────────────────────────────────────────────────────────────

const tableSpec = z.object({ id: z.string(), name: z.string(), min: z.number().int(), max: z.number().int(), accessible: z.boolean() });

export const seatingPlanShape = z.object({
  id, summitId: id, version: z.number().int(), status: z.enum(seatingPlanStatuses), source: z.enum(seatingPlanSources),
  progress: z.number().describe('0..1 while running'), bestCost: z.number().nullable().describe("The search's internal cost (lower is better)"),
  rounds: z.array(z.object({ tables: z.array(z.object({ id: z.string(), people: z.array(id).describe('Invitation ids') })) })),
  tables: z.array(tableSpec),
  score: z.object({
    repeatedPairs: z.number(), forcedRepeatedPairs: z.number(), fewestNewPeople: z.number(), averageNewPeople: z.number(),
    sameValuePairs: counts, sameValuePairsLowerBound: counts, unevenSpread: counts, movedSeats: z.number(), violations: z.number(),
  }).nullable(),
  violations: z.array(z.object({
    code: z.string(), message: z.string(), round: z.number().int().optional(), table: z.string().optional(), people: z.array(z.string()).optional(),
  })),
  error: z.string().optional().describe('Why planning failed'),
  createdAt: timestamp, finishedAt: timestamp.nullable(), publishedAt: timestamp.nullable(),
}).meta({ id: 'SeatingPlan' });

export const publishedPlanShape = seatingPlanShape.extend({ mailed: z.number().int().describe('Participants mailed their tables') })
  .meta({ id: 'PublishedSeatingPlan' });

export const planIdShape = z.object({ id });

// ── the summit day ──────────────────────────────────────────────────────────────────────────

export const checkInAnswerShape = z.object({ invitationId: id, name: z.string(), checkedInAt: timestamp, alreadyCheckedIn: z.boolean() })
  .meta({ id: 'CheckIn' });

export const checkInOverviewShape = z.object({
  checkedIn: z.number().int(), expected: z.number().int(),
  byGroup: z.array(z.object({ groupId: id, name: z.string(), checkedIn: z.number().int(), expected: z.number().int() })),
  byTable: z.array(z.object({ round: z.number().int(), tables: z.array(z.object({ tableId: z.string(), name: z.string(), checkedIn: z.number().int(), expected: z.number().int() })) })),
  currentRound: z.number().int(), withoutSeat: z.number().int(),
  people: z.array(z.object({ invitationId: id, checkedInAt: timestamp })),
}).meta({ id: 'CheckInOverview' });

export const checkInRosterShape = z.object({
  summit: z.object({ id, title: z.string(), status: z.enum(summitStatuses) }),
  people: z.array(z.object({
    invitationId: id, name: z.string(), group: z.string(), from: z.string().describe('The organisation, else the local area'), status: z.enum(invitationStatuses),
    code: z.string(), facilitator: z.boolean(), tables: z.array(z.string()).describe("Table name per round ('' without a seat)"), checkedInAt: timestamp.nullable(),
  })),
}).meta({ id: 'CheckInRoster' });

export const walkInShape = z.object({ id, name: z.string(), seated: z.boolean(), invitationId: id.nullable(), createdAt: timestamp }).meta({ id: 'WalkIn' });

export const checkInLinkShape = z.object({ id, url: z.string().describe('The page for the helper’s phone; the token is its last path segment (shown once)'), label: z.string(), expiresAt: timestamp })
  .meta({ id: 'CreatedCheckInLink' });

export const liveCheckInLinkShape = z.object({
  id, summitId: id, label: z.string(), createdBy: z.string(), createdAt: timestamp, expiresAt: timestamp, revokedAt: timestamp.nullable(),
}).meta({ id: 'CheckInLink', description: 'A live check-in link (never its token)' });

export const roundsStartedShape = z.object({ roundsStarted: z.number().int() });

export const planByAttendanceShape = z.object({ fromRound: z.number().int(), absent: z.number().int(), plan: seatingPlanShape });

export const summitDayShape = z.object({
  overview: checkInOverviewShape,
  arrivals: z.array(timestamp).describe('The standing check-ins’ times, in order'),
  missing: z.array(z.object({
    groupId: id, name: z.string(), count: z.number().int(),
    organisations: z.array(z.object({ name: z.string(), people: z.array(z.object({ invitationId: id, name: z.string() })) })),
  })),
  missingReachable: z.number().int(), rounds: z.number().int(), roundsStarted: z.number().int(),
}).meta({ id: 'SummitDay' });

export const sentShape = z.object({ sent: z.number().int() });

// ── printing ────────────────────────────────────────────────────────────────────────────────

const printedSeats = z.array(z.object({ round: z.number().int(), table: z.string() }));
export const outdatedBadgeShape = z.object({ invitationId: id, name: z.string(), printed: printedSeats, current: printedSeats, printedAt: timestamp })
  .meta({ id: 'OutdatedBadge' });
export const roundQuestionsShape = z.object({ questions: z.array(z.string()).describe('Round 1 first') });

// ── after the summit ────────────────────────────────────────────────────────────────────────

export const surveyShape = z.object({
  status: z.enum(['draft', 'sent', 'closed']), anonymous: z.boolean(),
  questions: z.array(z.object({ id: z.string(), kind: z.enum(questionKinds), text: z.string(), options: z.array(z.string()).optional(), required: z.boolean() })),
  reminderDays: z.number().int(), closesOn: z.string().nullable().describe('YYYY-MM-DD, Danish time'),
}).meta({ id: 'Survey' });

const questionResult = z.object({ id: z.string(), counts, mean: z.number().optional(), texts: z.array(z.string()).optional() });
export const surveyResultsShape = z.object({
  invited: z.number().int(), responses: z.number().int(), questions: z.array(questionResult),
  byGroup: z.array(z.object({ name: z.string(), responses: z.number().int(), questions: z.array(questionResult) })),
}).meta({ id: 'SurveyResults' });

export const okShape = z.object({ ok: z.literal(true) });

// ── personal data ───────────────────────────────────────────────────────────────────────────

export const retentionShape = z.object({
  endedAt: timestamp.nullable().describe('When the summit was closed or cancelled'), retentionDays: z.number().int(), postponedDays: z.number().int(),
  postponeReason: z.string(), postponedAt: timestamp.nullable(), warnedAt: timestamp.nullable(), purgedAt: timestamp.nullable(),
  dueAt: timestamp.nullable().describe('When the personal data goes; null while the summit has not ended'),
  warning: z.boolean().describe('Whether the 14-day notice shows'),
}).meta({ id: 'Retention' });

/**
 * An access request's answer. `held` is, by design, every stored row about the person by section
 * (so nothing held is left out), without link hashes or internal keys (see personal-data-store.ts).
 */
export const personalDataShape = z.object({
  exportedAt: timestamp,
  summit: z.object({ id, title: z.string(), organiser: z.string(), startsAt: timestamp.nullable(), status: z.enum(summitStatuses), retentionDays: z.number().int() }),
  group: z.string(), organisation: z.string().nullable(), area: z.string().nullable(),
  tables: z.array(z.object({ round: z.number().int(), table: z.string().nullable() })),
  held: z.record(z.string(), z.unknown()).describe('The stored data about the person, by section (invitation, consents, messages, audit …)'),
}).meta({ id: 'PersonalData' });

// ── settings ────────────────────────────────────────────────────────────────────────────────

export const dataControllerShape = z.object({
  municipality: z.string(), address: z.string().describe('Lines separated by \\n'), cvr: z.string(), email: z.string(), phone: z.string(),
  dpoName: z.string(), dpoEmail: z.string(), dpoPhone: z.string(), recipients: z.string().describe('One per line'),
  updatedAt: timestamp.nullable().describe('null while never saved'),
}).meta({ id: 'DataController', description: "The municipality as data controller, as every summit's privacy notice names it" });
