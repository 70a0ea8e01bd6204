import type { CoordinatorId } from './ids.ts';

export interface Coordinator {
  id: CoordinatorId;
  email: string;
  name: string;
  createdAt: string;
}

/** Emails are compared case-insensitively and without surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const minimumPasswordLength = 12;

/** `write`: the whole API; `read`: GET only, every write answers 403 forbidden. */
export type ApiTokenScope = 'write' | 'read';
export const apiTokenDefaultDays = 365;

// Login throttling per account, beside the per-address limit. Every attempt on an account (the
// normalised email, whether or not an account has it, so the answer reveals nothing) is counted in
// the database before the password is checked; a success clears the count. The first few attempts
// are free; from then on each counted attempt locks the account for a delay that doubles, 1 s, 2 s,
// 4 s … capped at 5 minutes. Attempts while locked are refused without checking the password and
// are not counted, so they do not lengthen the lock: an attacker gets at most one guess per 5
// minutes on an account, from any number of addresses and servers, and the real user gets in at
// most 5 minutes after the attack stops. An account left alone for an hour starts afresh.

export interface LoginThrottle { failures: number; lockedUntil: string; lastAttemptAt: string }

export const freeLoginAttempts = 5;
export const maxLoginLockMs = 5 * 60_000;
export const loginAttemptsForgottenAfterMs = 60 * 60_000;

/** How long an account is locked after its `attempts`-th attempt since the last success. */
export function loginLockMs(attempts: number): number {
  if (attempts <= freeLoginAttempts) return 0;
  return Math.min(maxLoginLockMs, 1000 * 2 ** Math.min(attempts - freeLoginAttempts - 1, 20));
}

/**
 * The throttle after one more attempt at `now`, or `{ lockedForMs }` when the account is locked
 * and the attempt must be refused without checking the password.
 */
export function nextLoginAttempt(current: LoginThrottle | undefined, now: string): { next: LoginThrottle } | { lockedForMs: number } {
  const at = new Date(now).getTime();
  if (current && new Date(current.lockedUntil).getTime() > at) return { lockedForMs: new Date(current.lockedUntil).getTime() - at };
  const forgotten = !current || at - new Date(current.lastAttemptAt).getTime() >= loginAttemptsForgottenAfterMs;
  const failures = (forgotten ? 0 : current.failures) + 1;
  return { next: { failures, lockedUntil: new Date(at + loginLockMs(failures)).toISOString(), lastAttemptAt: now } };
}
