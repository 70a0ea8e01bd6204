// Check-in at the door: the short code a badge's QR code carries (and staff type when the camera
// fails), and the rules of who can be checked in. Pure rules, no I/O.
import { DomainError } from './errors.ts';
import type { Brand, GroupId, SummitId } from './ids.ts';
import type { InvitationId, InvitationStatus } from './invitation.ts';

/** Crockford base32: no I, L, O or U, so a code read aloud or typed from a badge survives. */
export const checkInCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const checkInCodeLength = 8;

/**
 * The code as stored, from what someone typed or a scanner read: case and separators ignored, and
 * the letters Crockford base32 leaves out read as the digits they look like (I, L → 1; O → 0).
 * Undefined when it cannot be a code.
 */
export function normaliseCheckInCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== checkInCodeLength) return undefined;
  for (const ch of code) if (!checkInCodeAlphabet.includes(ch)) return undefined;
  return code;
}

/** The code in two groups of four, as printed under a badge's QR code. */
export function formatCheckInCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Turns 40 random bits (five bytes from the caller's random source) into a code. */
export function checkInCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 5) throw new RangeError('A check-in code needs five random bytes');
  let code = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < 5; i++) {
    buffer = (buffer << 8) | bytes[i]!;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += checkInCodeAlphabet[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return code;
}


export type CheckInLinkId = Brand<string, 'CheckInLinkId'>;

/** A helper's link for checking people in at one summit's door; its token is stored only as a hash. */
export interface CheckInLink {
  id: CheckInLinkId;
  summitId: SummitId;
  /** Who it is for ("Indgang A", a helper's name): the coordinator's own words. */
  label: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** One arrival. An undo keeps the row (undoneAt), so arrivals over time stay truthful. */
export interface CheckIn {
  id: string;
  summitId: SummitId;
  invitationId: InvitationId;
  checkedInAt: string;
  checkedInBy: string;
  /** The idempotency key of the request that made it. */
  clientId: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** The answer to a check-in request; a retry with the same client id gets exactly this again. */
export interface CheckInAnswer {
  invitationId: InvitationId;
  name: string;
  checkedInAt: string;
  alreadyCheckedIn: boolean;
}

/** Someone not on the list who came anyway: seated (with an invitation) or on record "uden plads". */
export interface WalkIn {
  id: string;
  summitId: SummitId;
  clientId: string;
  name: string;
  groupId: GroupId | null;
  organisation: string;
  invitationId: InvitationId | null;
  createdBy: string;
  createdAt: string;
}

/** A stakeholder group's people at the door: the confirmed, and those (whatever their status) checked in. */
export interface GroupAttendance {
  groupId: GroupId;
  confirmed: number;
  checkedIn: number;
}

/** A confirmed participant without a standing check-in, with where they come from. */
export interface MissingParticipant {
  id: InvitationId;
  name: string;
  email: string;
  groupId: GroupId;
  organisationName: string | null;
  areaName: string | null;
}

const day = 24 * 60 * 60 * 1000;

/**
 * A check-in link lives until a day after the summit ends (so it cannot be used at a later summit
 * day by mistake), and at least a day; without a date, two weeks.
 */
export function checkInLinkExpiry(now: string, summit: { startsAt: string | null; endsAt: string | null }): string {
  const end = summit.endsAt ?? summit.startsAt;
  const nowMs = new Date(now).getTime();
  const until = end ? Math.max(new Date(end).getTime() + day, nowMs + day) : nowMs + 14 * day;
  return new Date(until).toISOString();
}

/** The door is open while the summit is published (or being held); otherwise the refusal's code. */
export function assertCheckInOpen(summitStatus: string): void {
  if (summitStatus === 'published' || summitStatus === 'held') return;
  if (summitStatus === 'cancelled') throw new DomainError('summit_cancelled', { status: summitStatus });
  throw new DomainError('check_in_not_open', { status: summitStatus });
}

/** Only someone with a confirmed seat is checked in; otherwise the code says why not. */
export function assertCanCheckIn(status: InvitationStatus): void {
  switch (status) {
    case 'confirmed': return;
    case 'pending': throw new DomainError('invitation_pending', { status });
    case 'waitlisted': throw new DomainError('invitation_waitlisted', { status });
    case 'declined': case 'cancelled': throw new DomainError('invitation_declined', { status });
    case 'withdrawn': throw new DomainError('invitation_withdrawn', { status });
    case 'expired': throw new DomainError('invitation_expired', { status });
  }
}

/** A client's idempotency key: what the phone makes up for each check-in (a UUID, typically). */
export function isClientId(value: string): boolean {
  return /^[A-Za-z0-9_-]{8,100}$/.test(value);
}

/** Whether an address can take mail (a walk-in without an email has an undeliverable stand-in). */
export const deliverable = (email: string) => email !== '' && !email.endsWith('.invalid');
