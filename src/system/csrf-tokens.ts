// CSRF secrets and tokens in @fastify/csrf's format (`salt-sha256(salt-secret)` in base64url), which
// @fastify/csrf-protection checks (app.csrfProtection). Its own generateCsrf costs more than serving
// a kept page otherwise does: each new visitor's secret takes a crypto.randomBytes call of its own
// (~7 % of a participant page's time) and each token a Hash object. Here the random bytes are drawn
// a few kilobytes at a time and each token is hashed in one call. Every byte still comes from the
// operating system's generator and is handed out once; only the cost of asking for them is shared.
import { createHash, hash as oneShotHash, randomFillSync } from 'node:crypto';
import type { CsrfTokens } from '../ports.ts';

// As @fastify/csrf's: 18 bytes of secret, a salt of 8 or more characters.
const secretBytes = 18, saltBytes = 6;
const pool = Buffer.allocUnsafe(4080);
let drawn = pool.length;

/** `length` fresh random bytes as text in `encoding`; no byte is ever handed out twice. */
function randomText(length: number, encoding: 'base64url' | 'hex'): string {
  if (drawn + length > pool.length) {
    randomFillSync(pool);
    drawn = 0;
  }
  const text = pool.toString(encoding, drawn, drawn + length);
  drawn += length;
  return text;
}

// crypto.hash (Node 20.12) hashes without building a Hash object.
const sha256 = typeof oneShotHash === 'function'
  ? (text: string) => oneShotHash('sha256', text, 'base64url')
  : (text: string) => createHash('sha256').update(text, 'ascii').digest('base64url');

export const cryptoCsrfTokens: CsrfTokens = {
  /** 18 random bytes in base64url. */
  newSecret: () => randomText(secretBytes, 'base64url'),
  /** As @fastify/csrf makes one: a fresh salt (hex, so it holds no '-', which ends the salt when the token is checked) and the hash of salt and secret. */
  tokenFor(secret) {
    const salt = randomText(saltBytes, 'hex');
    return `${salt}-${sha256(`${salt}-${secret}`)}`;
  },
};
