// Invitations and nominations: one row per person put forward for a summit. A nomination holds a
// seat while it is `pending` (invited, waiting for an answer) or `confirmed`; when no seat is free
// it waits on its organisation's waiting list (`waitlisted`). Pure rules, no I/O.
import { DomainError } from './errors.ts';
import type { AreaId, GroupId, OrganisationId, SummitId } from './ids.ts';
import type { Brand } from './ids.ts';
import type { Language } from './language.ts';

export type InvitationId = Brand<string, 'InvitationId'>;
export type RecruiterLinkId = Brand<string, 'RecruiterLinkId'>;

export const invitationStatuses = ['waitlisted', 'pending', 'confirmed', 'declined', 'cancelled', 'expired', 'withdrawn'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** Statuses that hold a seat. */
export const seatHoldingStatuses: readonly InvitationStatus[] = ['pending', 'confirmed'];
/** Statuses that block a second nomination of the same email for the summit. */
export const activeStatuses: readonly InvitationStatus[] = ['waitlisted', 'pending', 'confirmed'];

export const invitationSources = ['recruiter', 'coordinator', 'import'] as const;
export type InvitationSource = (typeof invitationSources)[number];

export interface Invitation {
  id: InvitationId;
  summitId: SummitId;
  groupId: GroupId;
  organisationId: OrganisationId | null;
  areaId: AreaId | null;
  name: string;
  email: string;
  phone: string;
  status: InvitationStatus;
  source: InvitationSource;
  /** Order on the waiting list (lower first); meaningful while waitlisted. */
  waitlistPosition: number;
  invitedAt: string | null;
  answerDeadline: string | null;
  answeredAt: string | null;
  dietNeeds: string;
  accessibilityNeeds: string;
  consentPhotos: boolean;
  consentChangedAt: string | null;
  /** The language the person last used on their page; their mail speaks it. */
  language: Language;
  createdAt: string;
  updatedAt: string;
}

/**
 * What the coordinator's summit-wide pages read of each person (the participant list, the
 * dashboard): a third of the columns, so a summit of a thousand people is one lean read.
 */
export type InvitationSummary = Pick<Invitation,
  'id' | 'name' | 'email' | 'phone' | 'status' | 'groupId' | 'organisationId' | 'areaId'
  | 'dietNeeds' | 'accessibilityNeeds' | 'consentPhotos' | 'answerDeadline' | 'answeredAt'>;

export interface RecruiterLink {
  id: RecruiterLinkId;
  summitId: SummitId;
  organisationId: OrganisationId;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** The key under which an email is unique within a summit. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export interface SeatCounts {
  /** Seats held (pending + confirmed) by the organisation, its group and the whole summit. */
  organisation: number | null;
  group: number;
  summit: number;
}

export interface SeatLimits {
  organisation: number | null;
  group: number;
  capacity: number;
}

/** Whether one more seat fits under the organisation's quota, the group's quota and the capacity. */
export function seatAvailable(held: SeatCounts, limits: SeatLimits): boolean {
  if (limits.organisation !== null && (held.organisation ?? 0) >= limits.organisation) return false;
  if (held.group >= limits.group) return false;
  return held.summit < limits.capacity;
}

const day = 24 * 60 * 60 * 1000;

/** When an invitation sent at `now` stops holding its seat. */
export function answerDeadline(now: string, answerDays: number): string {
  return new Date(new Date(now).getTime() + answerDays * day).toISOString();
}

export function isPastDeadline(invitation: Pick<Invitation, 'status' | 'answerDeadline'>, now: string): boolean {
  return invitation.status === 'pending' && invitation.answerDeadline !== null && invitation.answerDeadline <= now;
}

/** What accepting does to an invitation in each state: the new state, or the refusal's code. */
export function acceptTransition(invitation: Pick<Invitation, 'status' | 'answerDeadline'>, now: string): InvitationStatus {
  switch (invitation.status) {
    case 'pending':
      if (isPastDeadline(invitation, now)) throw new DomainError('invitation_expired');
      return 'confirmed';
    case 'confirmed': return 'confirmed';
    case 'declined': case 'cancelled': throw new DomainError('invitation_declined', { status: invitation.status });
    case 'expired': throw new DomainError('invitation_expired');
    case 'withdrawn': throw new DomainError('invitation_withdrawn');
    case 'waitlisted': throw new DomainError('invitation_waitlisted');
  }
}

/** Declining a pending invitation declines it; declining a confirmed one cancels the seat. */
export function declineTransition(invitation: Pick<Invitation, 'status'>): InvitationStatus {
  switch (invitation.status) {
    case 'pending': return 'declined';
    case 'confirmed': return 'cancelled';
    case 'declined': case 'cancelled': return invitation.status;
    case 'expired': throw new DomainError('invitation_expired');
    case 'withdrawn': throw new DomainError('invitation_withdrawn');
    case 'waitlisted': throw new DomainError('invitation_waitlisted');
  }
}

/** People can be put forward while the summit is being prepared or is on: not once it is over or cancelled. */
export function acceptsNominations(summitStatus: string): boolean {
  return summitStatus === 'draft' || summitStatus === 'published' || summitStatus === 'postponed';
}

/** A recruiter may withdraw a nomination until the person has answered no. */
export function canWithdraw(status: InvitationStatus): boolean {
  return status === 'waitlisted' || status === 'pending' || status === 'confirmed';
}

/** Recruiter links live for a year unless revoked or replaced. */
export const recruiterLinkDays = 365;

export function recruiterLinkExpiry(now: string): string {
  return new Date(new Date(now).getTime() + recruiterLinkDays * day).toISOString();
}

/**
 * A participant's personal link expires with the summit's personal data: `retentionDays` after the
 * summit ended (or, for a cancelled one, after it was last changed). Before a date is set it holds.
 */
export function participantLinkExpired(summit: { status: string; startsAt: string | null; endsAt: string | null; updatedAt: string; retentionDays: number }, now: string): boolean {
  const end = summit.status === 'cancelled' ? summit.updatedAt : (summit.endsAt ?? summit.startsAt);
  if (!end) return false;
  return new Date(now).getTime() > new Date(end).getTime() + summit.retentionDays * day;
}
