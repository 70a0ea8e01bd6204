// argon2 is a native module: it is loaded with the first password, not when a process starts.
import type Argon2 from 'argon2';
import type { PasswordHasher } from '../ports.ts';

let loading: Promise<typeof Argon2> | undefined;
const loadArgon2 = () => (loading ??= import('argon2').then((module) => module.default));

export const argon2Passwords: PasswordHasher = {
  hash: async (password) => {
    const argon2 = await loadArgon2();
    return argon2.hash(password, { type: argon2.argon2id });
  },
  verify: async (hash, password) => {
    try {
      return await (await loadArgon2()).verify(hash, password);
    } catch {
      return false;
    }
  },
};
