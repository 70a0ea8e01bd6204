// The real server (src/main.ts) as a child process on a free loopback port, for tests that need to
// see it survive a fault or die by SIGKILL: what an operator runs, not an app built in the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const main = join(import.meta.dirname, '../../src/main.ts');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  alive(): boolean;
  /** Resolves when the process has ended, with its exit code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `server.url` answers /healthz once this resolves; PGAPPNAME marks its PostgreSQL connections. */
export async function startServer(options: { dataDir: string; databaseUrl?: string; env?: Record<string, string> }): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, SAMSKAB_DATA_DIR: options.dataDir,
      DATABASE_URL: options.databaseUrl ?? '', SAMSKAB_SEED_DEMO: 'false', SAMSKAB_LOG_LEVEL: 'warn', NODE_ENV: 'test',
      PGAPPNAME: 'samskab-server', ...options.env,
    },
  });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  let ended = false;
  void exited.then(() => { ended = true; });
  const server: ServerProcess = {
    url, child, exited,
    output: () => out,
    alive: () => !ended,
    async kill(signal = 'SIGTERM') {
      if (ended) return;
      child.kill(signal);
      await exited;
    },
  };
  for (let i = 0; i < 600; i++) {
    if (ended) throw new Error(`The server ended before it answered: ${out}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return server;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await server.kill('SIGKILL');
  throw new Error(`The server did not answer within 30 s: ${out}`);
}

/** Polls `check` until it returns true (at most `tries` times, `everyMs` apart); false if it never did. */
export async function eventually(check: () => Promise<boolean>, tries = 200, everyMs = 100): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}
