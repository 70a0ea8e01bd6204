import { isDomainError } from '../domain/errors.ts';
import { createApiToken } from '../use-cases/manage-coordinators.ts';
import { withRuntime } from './with-runtime.ts';

/** Prints only the token, so scripts can capture it. */
export async function run(args: string[]): Promise<number> {
  const [email, label] = args;
  if (!email) {
    process.stderr.write('Usage: samskab create-api-token <coordinator-email> [label]\n');
    return 2;
  }
  try {
    const { token } = await withRuntime((runtime) => createApiToken(runtime.deps, { email }, label ?? 'cli'));
    process.stdout.write(`${token}\n`);
    return 0;
  } catch (error) {
    if (isDomainError(error) && error.code === 'not_found') {
      process.stderr.write(`No coordinator with the email ${email}.\n`);
      return 2;
    }
    throw error;
  }
}
