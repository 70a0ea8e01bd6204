import { parseConfig } from '../config.ts';
import { openRuntime, type Runtime } from '../composition.ts';

/** Opens the same data folder or DATABASE_URL as the server, runs `work`, and closes it. */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(parseConfig(process.env));
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
