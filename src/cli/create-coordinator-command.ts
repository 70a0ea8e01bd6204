import { isDomainError } from '../domain/errors.ts';
import { minimumPasswordLength } from '../domain/coordinator.ts';
import { createCoordinator } from '../use-cases/manage-coordinators.ts';
import { readPassword } from './read-secret.ts';
import { withRuntime } from './with-runtime.ts';

export async function run(args: string[]): Promise<number> {
  const [email, ...rest] = args.filter((a) => !a.startsWith('--'));
  const nameFlag = args.find((a) => a.startsWith('--name='));
  if (!email || rest.length) {
    process.stderr.write('Usage: samskab create-coordinator <email> [--name="Full Name"]\n');
    return 2;
  }
  const password = await readPassword('Password: ');
  if (password.length < minimumPasswordLength) {
    process.stderr.write(`The password must have at least ${minimumPasswordLength} characters.\n`);
    return 2;
  }
  try {
    const coordinator = await withRuntime((runtime) => createCoordinator(runtime.deps, { email, password, name: nameFlag?.slice(7) ?? '' }));
    process.stdout.write(`Created coordinator ${coordinator.email}. Log in at /login.\n`);
    return 0;
  } catch (error) {
    if (isDomainError(error)) {
      const reason = error.code === 'email_taken' ? 'a coordinator with that email exists already' : `invalid ${String(error.details.field ?? 'input')}`;
      process.stderr.write(`Could not create the coordinator: ${reason}.\n`);
      return 2;
    }
    throw error;
  }
}
