import { randomBytes } from 'node:crypto';
import { checkInCodeFromBytes } from '../domain/check-in.ts';

/** A fresh check-in code: 40 random bits in Crockford base32 (not a secret; a badge shows it). */
export const newCheckInCode = (): string => checkInCodeFromBytes(randomBytes(5));
