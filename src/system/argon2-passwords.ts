import argon2 from 'argon2';
import type { PasswordHasher } from '../ports.ts';

export const argon2Passwords: PasswordHasher = {
  hash: (password) => argon2.hash(password, { type: argon2.argon2id }),
  verify: async (hash, password) => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },
};
