// The dependency rule of docs/architecture.md, proved by planting: each case lints a file that does
// not exist on disk (a temporary file in the linter's memory) at a path inside src/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { repoRoot } from '../support/type-check.ts';

// eslint.config.js is plain JavaScript; a computed specifier keeps the compiler from asking for its types.
const configFile = `${repoRoot}eslint.config.js`;
const { layerOf, layerRule, pendingExceptions } = await import(configFile) as {
  layerOf(file: string): string;
  layerRule(layer: string): Linter.RuleEntry;
  pendingExceptions: { file: string }[];
};

const eslint = new ESLint({ cwd: repoRoot });

/** The lint messages for `code` planted at `path` (relative to the repository). */
async function lintPlanted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}${path}` });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const refusal = (messages: string[]) => messages.filter((m) => m.startsWith('boundaries/'));

describe('the layer rule (eslint in npm run check)', () => {
  it('refuses the system clock in the domain, and says why', async () => {
    const messages = await lintPlanted('src/domain/planted.ts', "import { systemClock } from '../system/system-clock.ts';\nexport const now = systemClock.now;\n");
    assert.deepEqual(messages, ['boundaries/dependencies: domain may not import ../system/system-clock.ts: The domain is pure: rules and types, no I/O, no frameworks, no other layer. Pass what you need in as arguments.']);
  });

  it('refuses composition.ts in a use case', async () => {
    const messages = await lintPlanted('src/use-cases/planted.ts', "import { openRuntime } from '../composition.ts';\nexport const open = openRuntime;\n");
    assert.equal(refusal(messages).length, 1, messages.join('\n'));
    assert.match(messages[0], /use-cases may not import \.\.\/composition\.ts/);
  });

  it('refuses every adapter in server/: storage, mail, system, jobs and workers', async () => {
    const messages = await lintPlanted('src/server/routes/planted.routes.ts', [
      "import { openDatabase } from '../../storage/database.ts';",
      "import { fileTransport } from '../../mail/transports.ts';",
      "import { systemClock } from '../../system/system-clock.ts';",
      "import { createSeatingJobs } from '../../jobs/seating-jobs.ts';",
      "import { runSolver } from '../../workers/run-solver.ts';",
      'export const adapters = [openDatabase, fileTransport, systemClock, createSeatingJobs, runSolver];',
    ].join('\n'));
    assert.equal(refusal(messages).length, 5, messages.join('\n'));
    for (const message of messages) assert.match(message, /^boundaries\/dependencies: server may not import .*ready-made from composition\.ts\.$/);
  });

  it('refuses a type-only import across the rule as well', async () => {
    const messages = await lintPlanted('src/web/planted.ts', "import type { Database } from '../storage/database.ts';\nexport type Db = Database;\n");
    assert.equal(refusal(messages).length, 1, messages.join('\n'));
  });

  it('refuses the domain in the solver, and application code in a migration', async () => {
    const solver = await lintPlanted('src/solver/planted.ts', "import { summitStatuses } from '../domain/summit.ts';\nexport const s = summitStatuses;\n");
    const migration = await lintPlanted('src/storage/migrations/2099-01-01-01-planted.ts', "import { summitStatuses } from '../../domain/summit.ts';\nexport const s = summitStatuses;\n");
    assert.equal(refusal(solver).length, 1, solver.join('\n'));
    assert.equal(refusal(migration).length, 1, migration.join('\n'));
  });

  it('refuses a package the layer does not list', async () => {
    const useCase = await lintPlanted('src/use-cases/planted.ts', "import { sql } from 'kysely';\nexport const q = sql;\n");
    const domain = await lintPlanted('src/domain/planted.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    assert.equal(refusal(useCase).length, 1, useCase.join('\n'));
    assert.equal(refusal(domain).length, 1, domain.join('\n'));
  });

  it('refuses a source file that belongs to no layer', async () => {
    const messages = await lintPlanted('src/helpers/planted.ts', 'export const x = 1;\n');
    assert.deepEqual(refusal(messages).map((m) => m.split(':')[0]), ['boundaries/no-unknown-files']);
  });

  it('allows what a layer lists', async () => {
    const messages = await lintPlanted('src/use-cases/planted.ts', [
      "import type { Deps } from '../ports.ts';",
      "import { summitStatuses } from '../domain/summit.ts';",
      "import { solveMdgp } from '../solver/mdgp.ts';",
      "import { actorOf } from './actor.ts';",
      'export type D = Deps;',
      'export const used = [summitStatuses, solveMdgp, actorOf];',
    ].join('\n'));
    assert.deepEqual(refusal(messages), []);
  });

  it('refuses new Date() and Date.now() outside the system clock, but not a parsed date', async () => {
    const messages = await lintPlanted('src/use-cases/planted.ts', "export const a = new Date();\nexport const b = Date.now();\nexport const c = new Date('2026-01-01T00:00:00Z');\n");
    assert.deepEqual(messages.map((m) => m.split(':')[0]), ['no-restricted-syntax', 'no-restricted-properties']);
    assert.match(messages[0], /injected Clock/);
    const clock = await lintPlanted('src/system/system-clock.ts', "export const now = () => new Date().toISOString();\n");
    assert.deepEqual(clock, []);
  });

  it('refuses a route that reads the stores instead of calling a use case, and still refuses the system clock there', async () => {
    const messages = await lintPlanted('src/server/routes/planted.routes.ts', [
      "import type { Deps } from '../../ports.ts';",
      'export const summits = (deps: Deps) => deps.db.stores.summits.list();',
      'export const at = () => Date();',
    ].join('\n'));
    assert.deepEqual(messages.map((m) => m.split(':')[0]), ['no-restricted-syntax', 'no-restricted-syntax']);
    assert.match(messages[0], /through use cases .* never reach db\.stores/);
    assert.match(messages[1], /injected Clock/);
    const useCase = await lintPlanted('src/use-cases/planted.ts', "import type { Deps } from '../ports.ts';\nexport const summits = (deps: Deps) => deps.db.stores.summits.list();\n");
    assert.deepEqual(useCase, []);
  });

  it('refuses an id minted by a cast in server/, and allows the id fields that parse one', async () => {
    const messages = await lintPlanted('src/server/routes/planted.routes.ts', [
      "import type { FastifyRequest } from 'fastify';",
      "import type { AreaId, SummitId } from '../../domain/ids.ts';",
      'export const summitOf = (request: FastifyRequest) => (request.params as { summitId: string }).summitId as SummitId;',
      'export const areaOf = (text: string) => (text || null) as AreaId | null;',
      'export const ids = (text: string) => ({ summitId: text }) as { summitId: SummitId };',
    ].join('\n'));
    assert.deepEqual(messages.map((m) => m.split(':')[0]), ['no-restricted-syntax', 'no-restricted-syntax', 'no-restricted-syntax']);
    for (const message of messages) assert.match(message, /Parse ids from a request with the fields of src\/server\/route-params\.ts/);
    const parsed = await lintPlanted('src/server/routes/planted.routes.ts', [
      "import type { FastifyRequest } from 'fastify';",
      "import { z } from 'zod';",
      "import { idField, readParams } from '../route-params.ts';",
      'export const summitOf = (request: FastifyRequest) => readParams(z.object({ summitId: idField.summit }), request).summitId;',
    ].join('\n'));
    assert.deepEqual(parsed, []);
  });

  it('refuses a proof of access made by a cast, except in the file that checks', async () => {
    const cast = [
      "import type { Coordinator } from '../../domain/coordinator.ts';",
      "import type { CoordinatorAccess } from '../../use-cases/actor.ts';",
      'export const granted = (coordinator: Coordinator) => coordinator as CoordinatorAccess;',
    ].join('\n');
    const route = await lintPlanted('src/server/routes/planted.routes.ts', cast);
    assert.deepEqual(route.map((m) => m.split(':')[0]), ['no-restricted-syntax']);
    assert.match(route[0], /Only src\/server\/access\.ts makes a CoordinatorAccess/);
    const useCase = await lintPlanted('src/use-cases/planted.ts', "import type { SystemAccess } from './actor.ts';\nexport const system = { system: true } as SystemAccess;\n");
    assert.deepEqual(useCase.map((m) => m.split(':')[0]), ['no-restricted-syntax']);
    assert.deepEqual(await lintPlanted('src/server/access.ts', cast.replaceAll('../../', '../')), []);
  });

  it('keeps only exceptions that are still needed', async () => {
    for (const { file } of pendingExceptions) {
      const strict = new ESLint({ cwd: repoRoot, overrideConfig: [{ files: [file], rules: { 'boundaries/dependencies': layerRule(layerOf(file)) } }] });
      const [result] = await strict.lintFiles([file]);
      assert.ok(result.messages.some((m) => m.ruleId === 'boundaries/dependencies'),
        `${file} now keeps the layer rule: remove its entry from pendingExceptions in eslint.config.js`);
    }
  });
});
