import { createHash, randomBytes } from 'node:crypto';
import type { TokenService } from '../ports.ts';

/** 32 random bytes (256 bits) in base64url; stored as SHA-256, so a leaked table reveals no link. */
export const cryptoTokens: TokenService = {
  newToken: () => randomBytes(32).toString('base64url'),
  hash: (token) => createHash('sha256').update(token, 'utf8').digest('hex'),
};
