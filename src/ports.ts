// The interfaces use cases need. storage/, mail/ and exports/ implement them; use cases never
// import those folders directly.
import type { Area } from './domain/area.ts';
import type { Badge, BadgeLayout, BadgePrint } from './domain/badge.ts';
import type { TableCards } from './domain/table-card.ts';
import type { CheckIn, CheckInAnswer, CheckInLink, GroupAttendance, MissingParticipant, WalkIn } from './domain/check-in.ts';
import type { InterestRequest } from './domain/interest-request.ts';
import type { Language } from './domain/language.ts';
import type { ReconfirmState } from './domain/lifecycle.ts';
import type { Invitation, InvitationId, InvitationStatus, InvitationSummary, RecruiterLink } from './domain/invitation.ts';
import type { AnswerHour, DeadlineHour } from './domain/summit-dashboard.ts';
import type { InvitationListFilter, InvitationListPage, InvitationListRow } from './domain/invitation-list.ts';
import type { ParticipantPage, ParticipantQuery } from './domain/participant-list.ts';
import type { MailAttachment, NewOutboxMessage, OutboxListRow, OutboxMessage } from './domain/outbox.ts';
import type { ApiTokenScope, Coordinator, LoginThrottle } from './domain/coordinator.ts';
import type { StakeholderGroup } from './domain/group.ts';
import type { AreaId, CoordinatorId, GroupId, OrganisationId, ProgrammeItemId, SummitId } from './domain/ids.ts';
import type { Organisation } from './domain/organisation.ts';
import type { ProgrammeItem } from './domain/programme.ts';
import type { Summit, SummitStatusChange } from './domain/summit.ts';
import type { SeatingAbsence, SeatingPlan, SeatingPlanId, SeatingPlanSummary, SeatingRound, SeatingSettings, SeatingTableSpec } from './domain/seating-plan.ts';
import type { SeatingParticipant, SeatingRosterEntry } from './domain/seating-roster.ts';
import type { AnswerValue, Survey } from './domain/after-summit/survey.ts';
import type { ProposalItem, TableNote } from './domain/after-summit/table-note.ts';
import type { FlowDocument } from './domain/after-summit/flow-document.ts';
import type { RetentionState } from './domain/personal-data/retention.ts';
import type { ConsentKind, ConsentRecord, SummitConsentKind } from './domain/personal-data/consent.ts';
import type { DataController, DataControllerInput } from './domain/personal-data/data-controller.ts';
import type { InstallationBranding } from './domain/branding/branding.ts';

export interface Clock {
  /** The current time as an ISO 8601 UTC string. */
  now(): string;
}

export interface TokenService {
  /** A fresh token with at least 128 bits of randomness, URL-safe. */
  newToken(): string;
  /** The hash under which a token is stored; tokens themselves are never stored. */
  hash(token: string): string;
}

/** What the forms' CSRF tokens are made of; @fastify/csrf-protection checks them. */
export interface CsrfTokens {
  /** A new secret for a visitor's CSRF cookie, URL-safe, never handed out before. */
  newSecret(): string;
  /** A fresh token for `secret`, in the format @fastify/csrf-protection checks. */
  tokenFor(secret: string): string;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export type NewSummit = Omit<Summit, 'id' | 'createdAt' | 'updatedAt'>;
export type SummitChanges = Partial<Omit<Summit, 'id' | 'createdAt' | 'updatedAt' | 'isDemo'>>;

export interface SummitStore {
  list(): Promise<Summit[]>;
  find(id: SummitId): Promise<Summit | undefined>;
  findBySlug(slug: string): Promise<Summit | undefined>;
  /** The summit behind a public address and the version of what its public page shows (see the migration). */
  pageVersion(slug: string): Promise<{ summitId: SummitId; version: number } | undefined>;
  findDemo(): Promise<Summit | undefined>;
  create(summit: NewSummit, now: string): Promise<Summit>;
  update(id: SummitId, changes: SummitChanges, now: string): Promise<Summit>;
  /**
   * Serialises seat-changing work on one summit: on PostgreSQL a row lock held until the
   * transaction ends; on SQLite the database's single writer already serialises.
   */
  lock(id: SummitId): Promise<void>;
  recordStatusChange(change: Omit<SummitStatusChange, 'id'>): Promise<void>;
  listStatusChanges(id: SummitId): Promise<SummitStatusChange[]>;
}

export interface GroupStore {
  list(summitId: SummitId): Promise<StakeholderGroup[]>;
  find(id: GroupId): Promise<StakeholderGroup | undefined>;
  create(group: Omit<StakeholderGroup, 'id'>): Promise<StakeholderGroup>;
  update(id: GroupId, changes: Partial<Omit<StakeholderGroup, 'id' | 'summitId'>>): Promise<StakeholderGroup>;
  remove(id: GroupId): Promise<void>;
}

export interface AreaStore {
  list(summitId: SummitId): Promise<Area[]>;
  find(id: AreaId): Promise<Area | undefined>;
  create(area: Omit<Area, 'id'>): Promise<Area>;
  update(id: AreaId, changes: Partial<Omit<Area, 'id' | 'summitId'>>): Promise<Area>;
  remove(id: AreaId): Promise<void>;
}

export interface OrganisationStore {
  list(summitId: SummitId): Promise<Organisation[]>;
  listByGroup(groupId: GroupId): Promise<Organisation[]>;
  find(id: OrganisationId): Promise<Organisation | undefined>;
  create(organisation: Omit<Organisation, 'id'>): Promise<Organisation>;
  update(id: OrganisationId, changes: Partial<Omit<Organisation, 'id' | 'summitId'>>): Promise<Organisation>;
  remove(id: OrganisationId): Promise<void>;
}

export interface ProgrammeStore {
  list(summitId: SummitId): Promise<ProgrammeItem[]>;
  find(id: ProgrammeItemId): Promise<ProgrammeItem | undefined>;
  create(item: Omit<ProgrammeItem, 'id'>): Promise<ProgrammeItem>;
  update(id: ProgrammeItemId, changes: Partial<Omit<ProgrammeItem, 'id' | 'summitId'>>): Promise<ProgrammeItem>;
  remove(id: ProgrammeItemId): Promise<void>;
}

export interface CoordinatorStore {
  findByEmail(email: string): Promise<(Coordinator & { passwordHash: string }) | undefined>;
  find(id: CoordinatorId): Promise<Coordinator | undefined>;
  /** Every coordinator account (a municipality has a handful). */
  list(): Promise<Coordinator[]>;
  create(coordinator: { email: string; name: string; passwordHash: string }, now: string): Promise<Coordinator>;
  setPassword(id: CoordinatorId, passwordHash: string): Promise<void>;
  createSession(session: { tokenHash: string; coordinatorId: CoordinatorId; createdAt: string; expiresAt: string }): Promise<void>;
  findSession(tokenHash: string, now: string): Promise<Coordinator | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** The login attempts counted against `account` (a normalised email) since its last success. */
  findLoginThrottle(account: string): Promise<LoginThrottle | undefined>;
  /**
   * Counts one attempt by replacing `seen` (undefined: no row yet) with `next`, only if nobody changed
   * it meanwhile; false when another attempt, on any server, came first.
   */
  replaceLoginThrottle(account: string, seen: LoginThrottle | undefined, next: LoginThrottle): Promise<boolean>;
  clearLoginThrottle(account: string): Promise<void>;
  createApiToken(token: { tokenHash: string; coordinatorId: CoordinatorId; label: string; createdAt: string; expiresAt: string; scope: ApiTokenScope }): Promise<{ id: string }>;
  /** The coordinator behind a live (not revoked, not expired) token, with the token's scope. */
  findByApiToken(tokenHash: string, now: string): Promise<(Coordinator & { scope: ApiTokenScope }) | undefined>;
  listApiTokens(coordinatorId: CoordinatorId): Promise<{ id: string; label: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null; expiresAt: string | null; scope: ApiTokenScope }[]>;
  revokeApiToken(coordinatorId: CoordinatorId, id: string, now: string): Promise<void>;
}

export interface AuditEntry {
  action: string;
  actor: string;
  summitId?: string | null;
  subjectType?: string;
  subjectId?: string;
  data?: Record<string, unknown>;
}

/** An entry as the log holds it: every field present. */
export interface LoggedAuditEntry extends Required<Omit<AuditEntry, 'summitId'>> {
  id: string;
  at: string;
  summitId: string | null;
}

export interface AuditLog {
  append(entry: AuditEntry, at: string): Promise<void>;
  list(summitId: string, limit?: number): Promise<LoggedAuditEntry[]>;
  /** The entries about one thing (an invitation, say), newest first. */
  listForSubject(subjectType: string, subjectId: string, limit?: number): Promise<LoggedAuditEntry[]>;
}

export type NewInvitation = Omit<Invitation, 'id' | 'createdAt' | 'updatedAt'>;
export type InvitationChanges = Partial<Omit<Invitation, 'id' | 'summitId' | 'createdAt' | 'updatedAt'>>;

/** Seats held (pending + confirmed) in one summit: in total, per group and per organisation. */
export interface HeldSeats {
  summit: number;
  group: number;
  organisation: number;
}

/** What a seat decision reads under the seat guard, all current as of the lock. */
export interface SeatState {
  summit: Summit;
  /** Undefined when the group is not the summit's. */
  groupQuota: number | undefined;
  /** Undefined when there is no organisation or it is not the summit's. */
  organisationQuota: number | undefined;
  held: HeldSeats;
  /** The invitation (waitlisted, pending or confirmed) that already has the email in the summit. */
  activeInvitationId: InvitationId | undefined;
  /** The last waiting-list position of the group and organisation; 0 when nobody waits. */
  waitlistTail: number;
}

export interface SeatStore {
  /**
   * The summit, the group's and organisation's quotas, the seats held and, given an email key, the
   * person's active invitation, in one read; undefined when the summit does not exist.
   */
  state(summitId: SummitId, groupId: GroupId, organisationId: OrganisationId | null, emailKey?: string): Promise<SeatState | undefined>;
}

export interface InvitationStatusCount {
  groupId: string;
  organisationId: string | null;
  areaId: string | null;
  status: InvitationStatus;
  count: number;
}

/** What decides whether a summit's participant links have expired (participantLinkExpired). */
export type LinkExpiryFields = Pick<Summit, 'status' | 'startsAt' | 'endsAt' | 'updatedAt' | 'retentionDays'>;

export interface InvitationStore {
  /** A new invitation speaks Danish unless `language` says otherwise. */
  create(invitation: Omit<NewInvitation, 'language'> & Partial<Pick<NewInvitation, 'language'>>, tokenHash: string | null, now: string): Promise<Invitation>;
  find(id: InvitationId): Promise<Invitation | undefined>;
  findByTokenHash(tokenHash: string): Promise<Invitation | undefined>;
  /**
   * The invitation behind a participant link (its own or a later message's), what its summit's link
   * expiry reads, and a stamp that changes whenever anything the participant page shows changes.
   */
  findParticipantPage(tokenHash: string): Promise<{ invitation: Invitation; summit: LinkExpiryFields; stamp: string } | undefined>;
  /** The nomination of this email in the summit that is waitlisted, pending or confirmed, if any. */
  findActiveByEmail(summitId: string, emailKey: string): Promise<Invitation | undefined>;
  /** Changes fields; `tokenHash` replaces the personal link (null removes it). */
  update(id: InvitationId, changes: InvitationChanges, now: string, tokenHash?: string | null): Promise<Invitation>;
  /**
   * update of an invitation as just read under the seat guard, answered with `changes` applied to
   * it instead of read back: in a batched transaction the statement goes with the next one.
   * `tokenHash` as in update.
   */
  change(invitation: Invitation, changes: InvitationChanges, now: string, tokenHash?: string | null): Promise<Invitation>;
  /** The invitation and its summit, in one read. */
  findWithSummit(id: InvitationId): Promise<{ invitation: Invitation; summit: Summit | undefined } | undefined>;
  countHeld(summitId: string, groupId: string, organisationId: string | null): Promise<HeldSeats>;
  statusCounts(summitId: string): Promise<InvitationStatusCount[]>;
  listBySummit(summitId: string): Promise<Invitation[]>;
  /** Confirmations and declines per UTC hour of their answer, for the answers per day. */
  answersPerHour(summitId: string): Promise<AnswerHour[]>;
  /**
   * Pending answer deadlines from `from` on per UTC hour, and of them how many fall before or at
   * `soonUntil` (summed over the hours: the answers due soon).
   */
  pendingDeadlinesPerHour(summitId: string, from: string, soonUntil: string): Promise<(DeadlineHour & { soon: number })[]>;
  /**
   * The pending people whose deadline is among the first `limit` (those sharing the last such
   * deadline too, so a page sorting them by name shows the same first few), in the order they were put forward.
   */
  listFirstUnanswered(summitId: string, limit: number): Promise<InvitationSummary[]>;
  /** The summit's people as its summary lists read them, in the order they were put forward. */
  listSummaries(summitId: string): Promise<InvitationSummary[]>;
  /** The summit's confirmed people, by id and name only (for the lists that offer them), in the order they were put forward. */
  listConfirmedNames(summitId: string): Promise<Pick<InvitationSummary, 'id' | 'name' | 'status'>[]>;
  /**
   * What the recruitment page lists of the summit's invitations that pass `filter`, in the order
   * they were made: all of them, or the `limit` after the first `offset`.
   */
  listRows(summitId: string, filter: InvitationListFilter, page?: { offset: number; limit: number }): Promise<InvitationListRow[]>;
  /**
   * The page (of `pageSize`; past the last, the last) of the invitations that pass `filter` and
   * whose name and e-mail hold every word of `search` as domain/invitation-list.ts matches them,
   * counted and read by the database in the order they were made. Undefined where the database
   * cannot fold Danish text (SQLite): the caller then searches the rows of listRows itself.
   */
  searchPage(summitId: string, filter: InvitationListFilter, search: string, page: number | undefined, pageSize: number): Promise<InvitationListPage | undefined>;
  listByOrganisation(organisationId: string): Promise<Invitation[]>;
  /** The first on the waiting list of an organisation (or of a group's direct invitations when null). */
  nextWaitlisted(summitId: string, groupId: string, organisationId: string | null): Promise<Invitation | undefined>;
  maxWaitlistPosition(summitId: string, groupId: string, organisationId: string | null): Promise<number>;
  /** Pending invitations whose answer deadline has passed, oldest first. */
  listOverdue(now: string, limit: number): Promise<Invitation[]>;
  /**
   * The invitation's check-in code (what its badge's QR code carries and staff type at the door):
   * 8 characters of Crockford base32, unique across summits, not the personal link's token.
   */
  findCheckInCode(id: InvitationId): Promise<string | undefined>;
  /** Every check-in code of the summit, by invitation id (one read for a sheet of badges). */
  listCheckInCodes(summitId: string): Promise<Map<InvitationId, string>>;
  /** The invitation behind a normalised check-in code (see domain/check-in.ts), in any summit. */
  findByCheckInCode(code: string): Promise<Invitation | undefined>;
}

export interface RecruiterLinkStore {
  create(link: Omit<RecruiterLink, 'id' | 'revokedAt'>, tokenHash: string): Promise<RecruiterLink>;
  /** Revokes every live link of the organisation; returns how many. */
  revokeForOrganisation(organisationId: string, now: string): Promise<number>;
  /** The link behind a token if it is neither revoked nor expired. */
  findActive(tokenHash: string, now: string): Promise<RecruiterLink | undefined>;
  /**
   * findActive with the link's organisation and their summit (undefined if either is gone) and
   * the organisation's group, if it is still the summit's: in one read.
   */
  findAccess(tokenHash: string, now: string): Promise<{ link: RecruiterLink; organisation: Organisation; summit: Summit; group?: StakeholderGroup } | undefined>;
  listActiveForSummit(summitId: string, now: string): Promise<RecruiterLink[]>;
}

/** A delivered message and the copies of its text and files to keep. */
export interface SentMessage {
  id: string;
  bodyAfterSend: string;
  attachmentsAfterSend: MailAttachment[];
}

export interface OutboxStore {
  enqueue(message: NewOutboxMessage, now: string): Promise<OutboxMessage>;
  /**
   * Atomically claims up to `limit` due messages for `workerId` until `leaseUntil`: a message
   * claimed by one worker (in any process) is invisible to the others until its lease runs out.
   */
  claimDue(workerId: string, now: string, leaseUntil: string, limit: number): Promise<OutboxMessage[]>;
  /**
   * Marks a claimed message delivered; false when the claim had been lost. `bodyAfterSend` and
   * `attachmentsAfterSend` replace the stored text and files (the worker removes personal links,
   * which exist as tokens nowhere else).
   */
  markSent(id: string, workerId: string, now: string, bodyAfterSend?: string, attachmentsAfterSend?: MailAttachment[]): Promise<boolean>;
  /**
   * markSent for several claimed messages in one statement; answers the ids marked (those whose
   * claim `workerId` still held).
   */
  markSentMany(sent: readonly SentMessage[], workerId: string, now: string): Promise<string[]>;
  /** Releases a claimed message for a later attempt. */
  markFailed(id: string, workerId: string, error: string, nextAttemptAt: string): Promise<void>;
  /**
   * Gives a claimed message up: it is `failed` with `error` as the reason and never claimed again.
   * `bodyAfter` and `attachmentsAfter` replace the stored text and files, as in `markSent`: a
   * message no one will deliver keeps no personal link.
   */
  markUndeliverable(id: string, workerId: string, error: string, bodyAfter: string, attachmentsAfter: MailAttachment[]): Promise<void>;
  /**
   * Extends the lease of those of `ids` that `workerId` still holds until `leaseUntil`, so a slow
   * delivery is not claimed by another worker meanwhile; answers the ids still held.
   */
  renewLease(ids: readonly string[], workerId: string, leaseUntil: string): Promise<string[]>;
  find(id: string): Promise<OutboxMessage | undefined>;
  listForSummit(summitId: string, limit: number): Promise<OutboxMessage[]>;
  /** How many messages the summit has, and how many of them were given up. */
  countForSummit(summitId: string): Promise<{ total: number; failed: number }>;
  /** `limit` of the summit's messages after the first `offset`, newest first, as its list shows them. */
  listPageForSummit(summitId: string, offset: number, limit: number): Promise<OutboxListRow[]>;
  /** What was sent (or is queued) to one person, newest first. */
  listForInvitation(invitationId: string): Promise<OutboxMessage[]>;
}

export interface InterestRequestStore {
  create(request: Omit<InterestRequest, 'id' | 'status' | 'decisionMessage' | 'invitationId' | 'createdAt' | 'decidedAt' | 'language'> & Partial<Pick<InterestRequest, 'language'>>, now: string): Promise<InterestRequest>;
  find(id: string): Promise<InterestRequest | undefined>;
  listForOrganisation(organisationId: string): Promise<InterestRequest[]>;
  listForSummit(summitId: string): Promise<InterestRequest[]>;
  countRecentFromEmail(summitId: string, email: string, since: string): Promise<number>;
  decide(id: string, decision: { status: 'accepted' | 'declined'; message: string; invitationId?: string | null }, now: string): Promise<InterestRequest>;
}

export type NewSeatingPlan = Omit<SeatingPlan, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'stopRequested' | 'finishedAt' | 'heartbeatAt'>;

export interface SeatingPlanStore {
  findSettings(summitId: string): Promise<SeatingSettings | undefined>;
  saveSettings(summitId: string, settings: SeatingSettings, now: string): Promise<void>;
  /** Adds the next version; a second running plan of one summit fails with `seating_job_running`. */
  create(plan: NewSeatingPlan, now: string): Promise<SeatingPlan>;
  find(id: SeatingPlanId): Promise<SeatingPlan | undefined>;
  /** Every version of the summit's plan, newest first. */
  list(summitId: string): Promise<SeatingPlan[]>;
  /** What the list of versions shows of every version of the summit's plan, newest first. */
  listSummaries(summitId: string): Promise<SeatingPlanSummary[]>;
  /** The newest version of the summit's plan, whatever its state, and the most recently published one (one row when they are the same). */
  findNewestAndPublished(summitId: string): Promise<{ newest: SeatingPlan | undefined; published: SeatingPlan | undefined }>;
  findRunning(summitId: string): Promise<SeatingPlan | undefined>;
  /** The most recently published version. */
  findPublished(summitId: string): Promise<SeatingPlan | undefined>;
  /** Stores a running plan's progress (a heartbeat too); answers whether someone asked it to stop. */
  recordProgress(id: SeatingPlanId, progress: number, bestCost: number | null, now: string): Promise<{ stopRequested: boolean }>;
  requestStop(id: SeatingPlanId, now: string): Promise<void>;
  finish(id: SeatingPlanId, result: Pick<SeatingPlan, 'status' | 'rounds' | 'score' | 'violations' | 'error'>, now: string): Promise<void>;
  update(id: SeatingPlanId, changes: Partial<Pick<SeatingPlan, 'rounds' | 'score' | 'violations' | 'locks'>>, now: string): Promise<SeatingPlan>;
  markPublished(id: SeatingPlanId, now: string): Promise<void>;
  /** Marks running plans whose worker went silent before `heartbeatBefore` as failed; returns how many. */
  failStale(summitId: string, heartbeatBefore: string, now: string): Promise<number>;
  listAbsences(summitId: string): Promise<SeatingAbsence[]>;
  setAbsence(summitId: string, absence: SeatingAbsence, now: string): Promise<void>;
  clearAbsence(summitId: string, person: string): Promise<void>;
  /** The question or theme of each round (round 1 first; '' where a round has none), printed for the facilitators. */
  listRoundQuestions(summitId: string): Promise<string[]>;
  saveRoundQuestions(summitId: string, questions: string[], now: string): Promise<void>;
}

/** Read-only: the confirmed participants a plan seats (and everyone listed, for naming people in older plans). */
export interface SeatingRosterStore {
  listConfirmed(summitId: string): Promise<SeatingParticipant[]>;
  /** Everyone on the summit's list whatever their status (a plan may seat someone who has cancelled since). */
  listAll(summitId: string): Promise<SeatingParticipant[]>;
  /** The confirmed, in listConfirmed's order, with only what the seating page shows of them. */
  listConfirmedEntries(summitId: string): Promise<SeatingRosterEntry[]>;
  /** The name of each of `ids` on the summit's list, whatever their status; ids it does not list are left out. */
  listNames(summitId: string, ids: readonly string[]): Promise<{ id: string; name: string }[]>;
}

/** A planning job for the background: the problem is the solver's input, opaque to the runner's caller. */
export interface PlanningJob<P = unknown> {
  planId: string;
  problem: P;
  seconds: number;
  seed: number;
}

export interface PlanningHooks<R = unknown> {
  /** Called about every half second; answers true when the job should stop and keep its best plan. */
  poll(progress: { bestCost: number | null; elapsedMs: number }): Promise<boolean>;
  done(result: R): Promise<void>;
  failed(error: Error): Promise<void>;
}

/** Runs planning jobs off the request thread; any process can read their state from the database. */
export interface PlanRunner {
  start<P, R>(job: PlanningJob<P>, hooks: PlanningHooks<R>): void;
  /** Stops every job of this process early (each keeps its best plan) and waits for them to be stored. */
  stopAll(): Promise<void>;
}

export interface LifecycleStore {
  setReconfirmState(invitationIds: string[], state: ReconfirmState, resetReminders?: boolean): Promise<void>;
  /** Invitations of the summit with a re-confirmation state, by id. */
  reconfirmStates(summitId: string): Promise<Map<string, { state: ReconfirmState; reminders: number }>>;
  /** One invitation's re-confirmation state ('' when none is asked of them or it is unknown). */
  findReconfirmState(invitationId: string): Promise<ReconfirmState>;
  setRemindersSent(invitationId: string, count: number): Promise<void>;
  addInvitationToken(invitationId: string, tokenHash: string, now: string): Promise<void>;
  findInvitationIdByToken(tokenHash: string): Promise<string | undefined>;
  /** What was sent to one person in one summit (to the invitation or to its address), newest first, at most 100. */
  listMessagesTo(summitId: string, invitationId: string, email: string): Promise<{ id: string; kind: string; subject: string; createdAt: string; sentAt: string | null }[]>;
  listTemplates(summitId: string): Promise<MessageTemplate[]>;
  findTemplate(summitId: string, kind: string): Promise<MessageTemplate | undefined>;
  saveTemplate(summitId: string, template: Omit<MessageTemplate, 'updatedAt'>, now: string): Promise<void>;
  removeTemplate(summitId: string, kind: string): Promise<void>;
}

/** A coordinator's own text for one kind of message in one summit; {placeholders} are filled in. */
export interface MessageTemplate {
  kind: string;
  subject: string;
  body: string;
  updatedAt: string;
}

export interface CheckInStore {
  createLink(link: Omit<CheckInLink, 'id' | 'revokedAt'>, tokenHash: string): Promise<CheckInLink>;
  /** The link behind a token if it is neither revoked nor expired. */
  findActiveLink(tokenHash: string, now: string): Promise<CheckInLink | undefined>;
  listActiveLinks(summitId: string, now: string): Promise<CheckInLink[]>;
  /** Revokes one live link of the summit; false when there was none. */
  revokeLink(summitId: string, id: string, now: string): Promise<boolean>;
  /** The answer first given to this client id in this summit, if any. */
  findAnswer(summitId: string, clientId: string): Promise<CheckInAnswer | undefined>;
  /**
   * Keeps the first answer to a client id; a second one for the same id is ignored and the first
   * returned, so concurrent retries all end with one answer.
   */
  saveAnswer(summitId: string, clientId: string, answer: CheckInAnswer, now: string): Promise<CheckInAnswer>;
  /** The person's standing check-in (not undone), if any. */
  findActive(invitationId: string): Promise<CheckIn | undefined>;
  /**
   * Records an arrival unless the person already has a standing check-in: then nothing is written
   * and the standing one comes back with `created: false`. Never two standing check-ins of one person.
   */
  checkIn(checkIn: Omit<CheckIn, 'id' | 'undoneAt' | 'undoneBy'>): Promise<{ checkIn: CheckIn; created: boolean }>;
  /** Undoes the person's standing check-in; false when there was none. */
  undo(invitationId: string, by: string, now: string): Promise<boolean>;
  /** Every check-in of the summit, undone ones included, in order of arrival. */
  listForSummit(summitId: string): Promise<CheckIn[]>;
  /** Each of the summit's groups that has people, counted (a group without people is left out). */
  countByGroup(summitId: string): Promise<GroupAttendance[]>;
  /** The summit's confirmed participants without a standing check-in, by name (then id). */
  listMissing(summitId: string): Promise<MissingParticipant[]>;
  /** A walk-in; a second one with the same client id is not added and the first comes back. */
  addWalkIn(walkIn: Omit<WalkIn, 'id'>): Promise<{ walkIn: WalkIn; created: boolean }>;
  findWalkIn(summitId: string, clientId: string): Promise<WalkIn | undefined>;
  listWalkIns(summitId: string): Promise<WalkIn[]>;
  /** How many rounds of the summit are under way or over (0 before the first starts). */
  roundsStarted(summitId: string): Promise<number>;
  setRoundsStarted(summitId: string, rounds: number, now: string): Promise<void>;
}

/** Someone who got a survey link; `spent` once they answered (no time is kept of when). */
export interface SurveyRecipient {
  id: string;
  summitId: string;
  invitationId: string;
  name: string;
  email: string;
  /** The group a response of theirs is counted under, or null when the group is too small to show. */
  reportGroupId: string | null;
  /** The language of the person's mail. */
  language: Language;
  spent: boolean;
  reminded: boolean;
}

/** A stored response. In an anonymous survey `respondentId` is null and nothing else names a person. */
export interface StoredSurveyResponse {
  id: string;
  groupId: string | null;
  respondentId: string | null;
  /** The day it came in (YYYY-MM-DD): never a finer time. */
  submittedOn: string;
  answers: Record<string, AnswerValue>;
}

export interface SurveyStore {
  find(summitId: string): Promise<Survey | undefined>;
  /** Every person of the summit with only their status and address: enough to count the survey's audience. */
  listAddresses(summitId: string): Promise<{ id: string; status: string; email: string }[]>;
  /** Creates or replaces the survey of the summit. */
  save(survey: Survey, now: string): Promise<void>;
  addRecipient(recipient: { summitId: string; invitationId: string; reportGroupId: string | null }): Promise<{ id: string }>;
  addLink(recipientId: string, tokenHash: string): Promise<void>;
  findRecipientByToken(tokenHash: string): Promise<SurveyRecipient | undefined>;
  listRecipients(summitId: string): Promise<SurveyRecipient[]>;
  /**
   * Marks the recipient spent; false when already spent. Every recipient row of the summit is
   * rewritten with it, so no row shows which one changed with a given response (PostgreSQL stamps
   * rows with the writing transaction). The caller holds the summit's lock.
   */
  spend(summitId: string, recipientId: string): Promise<boolean>;
  setReminded(recipientIds: string[]): Promise<void>;
  addResponse(summitId: string, response: Omit<StoredSurveyResponse, 'id'>): Promise<void>;
  /** The responses in the order of their random ids: the order says nothing of when they came. */
  listResponses(summitId: string): Promise<StoredSurveyResponse[]>;
  /** Surveys sent but not reminded whose close date has not passed (the sweep picks the due ones). */
  listAwaitingReminder(): Promise<Survey[]>;
}

export interface TableNoteStore {
  /** Creates or replaces the note of one table in one round. */
  save(note: TableNote): Promise<void>;
  listForSummit(summitId: string): Promise<TableNote[]>;
  addProposal(summitId: string, item: Omit<ProposalItem, 'id'>, now: string): Promise<ProposalItem>;
  removeProposal(summitId: string, id: string): Promise<boolean>;
  /** The merged list in the order it was made. */
  listProposals(summitId: string): Promise<ProposalItem[]>;
}

/** The badges printed for a summit, so a badge printed before a re-plan can be found again. */
export interface BadgePrintStore {
  /** Keeps each badge as the last one printed for its invitation (a reprint replaces the earlier one). */
  record(summitId: string, prints: BadgePrint[]): Promise<void>;
  /** The last badge printed for each invitation of the summit that has one. */
  listLatest(summitId: string): Promise<BadgePrint[]>;
  /** The last badge printed for each confirmed participant of the summit, with their name, by group position, name and id. */
  listLatestOfConfirmed(summitId: string): Promise<(BadgePrint & { name: string })[]>;
}

/** What an erasure changed, by kind of data: rows blanked or deleted. */
export type ErasureCounts = Record<string, number>;

/** Everything held about one person, by the export keys of storage/personal-data/personal-data-tables.ts. */
export type PersonalDataRecord = Record<string, unknown>;

/**
 * Personal data across every table (see storage/personal-data/personal-data-tables.ts): the summit's retention
 * schedule, erasure and the access export. Erasing is idempotent: a second run changes nothing
 * and counts nothing.
 */
export interface PersonalDataStore {
  findRetention(summitId: string): Promise<RetentionState>;
  /** Summits closed, cancelled or archived whose personal data has not been purged, by id. */
  listEndedUnpurged(): Promise<{ summitId: string; title: string; retention: RetentionState }[]>;
  /** Holds the summit's retention row until the transaction ends (other servers wait) and reads it afresh. */
  lockRetention(summitId: string): Promise<RetentionState>;
  /** Records the warning; false when it had been recorded already. */
  markWarned(summitId: string, now: string): Promise<boolean>;
  /** Forgets the 14-day warning, so that a deletion date moved later is warned of again. */
  clearWarning(summitId: string): Promise<void>;
  /** The one postponement; false when the summit was postponed or purged already. */
  postpone(summitId: string, days: number, reason: string, now: string): Promise<boolean>;
  markPurged(summitId: string, now: string): Promise<void>;
  /** Blanks or deletes every personal field of the summit's people, keeping what the report counts. */
  eraseSummit(summitId: string): Promise<ErasureCounts>;
  /** The same for one person: their row stays (with group, area, organisation, status) and names no one. */
  eraseInvitation(invitationId: string): Promise<ErasureCounts>;
  isErased(invitationId: string): Promise<boolean>;
  exportPerson(invitationId: string): Promise<PersonalDataRecord | undefined>;
  /**
   * Empties the body and attachments of messages settled before `before`: delivered then, or
   * given up on and queued then (a failed message is given up within hours of being queued).
   * What the audit needs stays: kind, recipient, subject, status, times, attempts and the error.
   * Returns how many.
   */
  scrubSettledMessages(before: string): Promise<number>;
  /** Adds a consent to the register as given now, in the words shown (see domain/personal-data/consent.ts). */
  recordConsent(summitId: string, invitationId: string, consent: Omit<ConsentRecord, 'withdrawnAt'>): Promise<void>;
  /** Marks the person's standing consents of a kind withdrawn; returns how many. */
  withdrawConsent(invitationId: string, kind: ConsentKind, at: string): Promise<number>;
  listConsents(invitationId: string): Promise<ConsentRecord[]>;
  /** Every consent of the summit's people, with whose it is, in the order given. */
  listSummitConsents(summitId: string): Promise<(ConsentRecord & { invitationId: string })[]>;
  /** Makes sure erased text survives in no journal of the database (SQLite's write-ahead log). */
  compact(): Promise<void>;
}

/** The municipality's name, logo and colour as a coordinator set them: one record for the installation. */
export interface BrandingStore {
  /** What was saved, or every field empty (version 0) while nothing was. */
  find(): Promise<InstallationBranding>;
  /** Only the version: one small read, so a server can tell whether what it keeps is still current. */
  version(): Promise<number>;
  /** Saves and raises the version by one; returns the new version. */
  save(branding: Omit<InstallationBranding, 'version' | 'updatedAt'>, now: string): Promise<number>;
}

/** The municipality as data controller: one record for the installation. */
export interface DataControllerStore {
  /** The saved details, or every field empty (updatedAt null) while none were saved. */
  find(): Promise<DataController>;
  save(controller: DataControllerInput, now: string): Promise<void>;
}

/** The kinds of consent a coordinator added to a summit (the built-in ones live in the domain). */
export interface ConsentKindStore {
  /** The summit's kinds in their order, retired ones too. */
  list(summitId: string): Promise<SummitConsentKind[]>;
  find(id: string): Promise<SummitConsentKind | undefined>;
  add(kind: Omit<SummitConsentKind, 'id'>): Promise<SummitConsentKind>;
  /** Replaces the words, version, position and retirement of an existing kind. */
  save(kind: SummitConsentKind): Promise<void>;
}

/** Every store, bound to one transaction (or to the database outside one). */
/** The coordinator's participant list, read a page at a time where the database can order it. */
export interface ParticipantListStore {
  /**
   * The page of `query` (pages of `pageSize`; past the last, the last), filtered, counted, ordered
   * as domain/participant-list.ts orders and paged by the database, each row's `sharesContacts`
   * false for the caller to fill in. Undefined where the database cannot order Danish text
   * (SQLite): the caller then orders the summit's rows itself.
   */
  findPage(summitId: string, query: ParticipantQuery, pageSize: number): Promise<ParticipantPage | undefined>;
  /** The consents of these of the summit's people, with whose each is, in the order given. */
  listConsents(summitId: string, invitationIds: readonly string[]): Promise<(ConsentRecord & { invitationId: string })[]>;
}

export interface Stores {
  summits: SummitStore;
  groups: GroupStore;
  areas: AreaStore;
  organisations: OrganisationStore;
  programme: ProgrammeStore;
  coordinators: CoordinatorStore;
  audit: AuditLog;
  invitations: InvitationStore;
  seats: SeatStore;
  recruiterLinks: RecruiterLinkStore;
  outbox: OutboxStore;
  seatingPlans: SeatingPlanStore;
  seatingRoster: SeatingRosterStore;
  interests: InterestRequestStore;
  lifecycle: LifecycleStore;
  checkIns: CheckInStore;
  surveys: SurveyStore;
  tableNotes: TableNoteStore;
  badgePrints: BadgePrintStore;
  personalData: PersonalDataStore;
  dataController: DataControllerStore;
  branding: BrandingStore;
  consentKinds: ConsentKindStore;
  participantList: ParticipantListStore;
}

export interface UnitOfWork {
  /** Runs `work` in one transaction; everything it wrote is kept only if it returns normally. */
  transaction<T>(work: (stores: Stores) => Promise<T>): Promise<T>;
  readonly stores: Stores;
  /**
   * Whether `error` means the database could not be reached or dropped the connection, so the
   * same work may succeed once it is back (the HTTP layer answers 503, workers try again later).
   */
  isUnavailable(error: unknown): boolean;
  /** Whether the database answers and has every migration applied (what /readyz reports). */
  readiness(): Promise<Readiness>;
}

export interface Readiness {
  databaseReachable: boolean;
  migrationsCurrent: boolean;
}

/**
 * Keeps a summit's seats within its quotas: seat-changing work on one summit runs one at a time,
 * so "count the held seats, then invite" never interleaves with another request, in this process
 * or in another server on the same database.
 */
export interface SeatGuard {
  /**
   * Runs `work` in one transaction that no other guarded work on `summitId` overlaps, nor any
   * work holding `stores.summits.lock(summitId)`; what it wrote is kept only if it returns normally.
   */
  hold<T>(summitId: SummitId, work: (stores: Stores) => Promise<T>): Promise<T>;
}

/** The summit as a message names it. A postponed summit's old date is no date. */
export interface MailSummit {
  id: string;
  title: string;
  startsAt: string | null;
  venue: string;
  organiser: string;
  status?: string;
}

/** Whom a message greets, at which address. */
export interface MailRecipient {
  name: string;
  email: string;
}

export interface SeatingMailInput {
  summitTitle: string;
  person: SeatingParticipant;
  rounds: SeatingRound[];
  tables: SeatingTableSpec[];
  roster: Map<string, SeatingParticipant>;
  changed: boolean;
  /** The person's table page behind a personal link. */
  link: string;
  /** Who signs the message (the summit's organiser). */
  organiser: string;
}

/**
 * The text of every message Samskab sends, in one language (mail/ holds one per language). Plain
 * text, with every link on its own line. A message carries its language, and in Danish the values
 * a coordinator's own wording may use (message-template.ts).
 */
export interface MailTexts {
  invitation(summit: MailSummit, to: MailRecipient, link: string, deadline: string, organisationName: string | null): NewOutboxMessage;
  waitlisted(summit: MailSummit, to: MailRecipient, organisationName: string | null): NewOutboxMessage;
  recruiterLink(summit: MailSummit, organisation: { name: string; quota: number; contactEmail: string }, link: string): NewOutboxMessage;
  promotedRecruiter(summit: MailSummit, organisation: { name: string; contactEmail: string }, person: { name: string }): NewOutboxMessage;
  confirmation(summit: MailSummit, to: MailRecipient, link: string): NewOutboxMessage;
  postponed(summit: MailSummit, to: MailRecipient, reason: string, tentativeDate: string, link: string | null): NewOutboxMessage;
  rescheduled(summit: MailSummit, to: MailRecipient, reconfirmBy: string, link: string, confirmed: boolean): NewOutboxMessage;
  reconfirmReminder(summit: MailSummit, to: MailRecipient, reconfirmBy: string, link: string): NewOutboxMessage;
  seatLost(summit: MailSummit, to: MailRecipient): NewOutboxMessage;
  cancelled(summit: MailSummit, to: MailRecipient, reason: string): NewOutboxMessage;
  recruiterLifecycle(summit: MailSummit, organisation: { name: string; contactEmail: string }, what: 'postponed' | 'rescheduled' | 'cancelled', reason: string, reconfirmBy: string | null): NewOutboxMessage;
  /** `link` is a recruiter link of the forum's, or null when it has no live one. */
  interestReceived(summit: MailSummit, forum: { name: string; contactEmail: string }, citizen: { name: string; message: string }, link: string | null): NewOutboxMessage;
  interestReceipt(summit: MailSummit, citizen: MailRecipient, forumName: string): NewOutboxMessage;
  interestAccepted(summit: MailSummit, citizen: MailRecipient, forumName: string, waitlisted: boolean): NewOutboxMessage;
  interestDeclined(summit: MailSummit, citizen: MailRecipient, forumName: string, reason: string): NewOutboxMessage;
  /** To the new address after a coordinator corrected it; `link` is the person's page while they hold or await a seat. */
  emailChanged(summit: MailSummit, to: MailRecipient, previousEmail: string, link: string | null): NewOutboxMessage;
  /** The coordinator withdrew the person's invitation or nomination; `contact` is whom to ask why (the organisers when null). */
  invitationWithdrawn(summit: MailSummit, to: MailRecipient, contact: { name: string; email: string } | null): NewOutboxMessage;
  missingOnTheDay(summit: MailSummit, to: MailRecipient, text: { subject: string; body: string }): NewOutboxMessage;
  /** The feedback survey's link after the summit, or (`reminder`) the one reminder; `closesOn` is YYYY-MM-DD. */
  surveyLink(summit: MailSummit, to: MailRecipient, link: string, survey: { anonymous: boolean; closesOn: string; reminder: boolean }): NewOutboxMessage;
  seating(input: SeatingMailInput): { subject: string; bodyText: string };
  /** To a coordinator: the summit's personal data will be deleted at `dueAt`; `link` is the summit's page (export, postpone). */
  retentionWarning(summit: MailSummit, to: MailRecipient, dueAt: string, link: string): NewOutboxMessage;
  /** The footer line under every message about a summit: where its privacy notice is. */
  privacyNoticeLine(link: string): string;
}

/** What every use case receives. */
export interface Deps {
  db: UnitOfWork;
  /** PUBLIC_URL without a trailing slash: where the personal links in mails and on screens point. */
  publicUrl: string;
  clock: Clock;
  tokens: TokenService;
  csrf: CsrfTokens;
  passwords: PasswordHasher;
  seatGuard: SeatGuard;
  /** The messages' texts in every language Samskab speaks; a person's mail speaks their language. */
  mailTexts: Record<Language, MailTexts>;
  /** Called after a transaction queued mail, so the outbox worker can deliver at once. */
  onMailQueued?: () => void;
  /** Renders calendar files (.ics) for lifecycle messages; without it, messages go without one. */
  calendar?: CalendarRenderer;
  /** Renders what is printed for the day: badges, table cards, QR codes. */
  print: PrintRenderer;
  /** The installation's municipality; without it, pages show the demo's (Holbæk Kommune). */
  branding?: { municipality?: string; logoUrl?: string; primaryColour?: string };
}

/** One participant's calendar entry for a summit (see exports/summit-calendar.ts). */
export interface CalendarEntry {
  summitId: string;
  /** The person's stable id within the summit (the invitation id). */
  personId: string;
  title: string;
  description: string;
  venue: string;
  startsAt: string;
  endsAt: string | null;
  sequence: number;
  /** ISO time the file is made (DTSTAMP), from the injected clock. */
  stampedAt: string;
  organiser: { name: string; email: string };
  attendee: { name: string; email: string };
  url?: string;
  cancelled?: boolean;
}

export interface CalendarRenderer {
  render(entry: CalendarEntry): string;
}

/** Printed matter of the summit day (see exports/print-renderer.ts). */
export interface PrintRenderer {
  /**
   * A PDF of the badges in the given order, filling each sheet of the layout row by row. Every
   * badge shows its whole name (smaller, then on more lines, when long) and a QR code carrying
   * exactly its check-in code.
   */
  badges(layout: BadgeLayout, badges: Badge[]): Promise<Uint8Array>;
  /** A PDF of a folded card per table (its name, large), then per table and round the facilitator's sheet. */
  tableCards(cards: TableCards): Promise<Uint8Array>;
  /** The QR code of a text as an inline SVG element, for pages. */
  qrSvg(text: string, label: string): Promise<string>;
  /** A flowing A4 document (the table notes, the summit report) with its bar charts drawn as vectors. */
  documentPdf(document: FlowDocument): Promise<Uint8Array>;
}
