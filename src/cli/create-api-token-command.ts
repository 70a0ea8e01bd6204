import { isDomainError } from '../domain/errors.ts';
import { createApiToken } from '../use-cases/manage-coordinators.ts';
import { withRuntime } from './with-runtime.ts';

const usage = 'Usage: samskab create-api-token <coordinator-email> [label] [--read-only] [--days N]\n';

/**
 * Prints only the token on standard output, so scripts can capture it; when it expires and what it
 * may do go to standard error.
 */
export async function run(args: string[]): Promise<number> {
  const readOnly = args.includes('--read-only');
  const daysAt = args.indexOf('--days');
  const days = daysAt >= 0 ? Number(args[daysAt + 1]) : undefined;
  const [email, label] = args.filter((a, i) => !a.startsWith('--') && (daysAt < 0 || i !== daysAt + 1));
  if (!email || (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 5 * 365))) {
    process.stderr.write(usage);
    return 2;
  }
  try {
    const { token, expiresAt, scope } = await withRuntime((runtime) => createApiToken(runtime.deps, { email }, label ?? 'cli', { scope: readOnly ? 'read' : 'write', days }));
    process.stdout.write(`${token}\n`);
    process.stderr.write(`Expires ${expiresAt}; ${scope === 'read' ? 'read-only (GET only)' : 'reads and writes'}.\n`);
    return 0;
  } catch (error) {
    if (isDomainError(error) && error.code === 'not_found') {
      process.stderr.write(`No coordinator with the email ${email}.\n`);
      return 2;
    }
    throw error;
  }
}
