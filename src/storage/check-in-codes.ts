import { randomUUID } from 'node:crypto';
import { checkInCodeFromBytes } from '../domain/check-in.ts';

/**
 * A fresh check-in code: 40 random bits in Crockford base32 (not a secret; a badge shows it). The
 * bits are the first 40 of a version 4 UUID, all random (its version and variant come later):
 * randomUUID draws from a cache of random bytes, where a randomBytes call of its own cost about
 * 20 times as much on every invitation.
 */
export const newCheckInCode = (): string => {
  const uuid = randomUUID();
  return checkInCodeFromBytes(Buffer.from(uuid.slice(0, 8) + uuid.slice(9, 11), 'hex'));
};
