// A reschedule of 168 confirmed people sends each exactly one message, also when the process is
// killed half way through delivering and started again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeSummitStatus } from '../../src/use-cases/summit/change-summit-status.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { systemAccess } from '../support/access.ts';

const child = join(import.meta.dirname, '../support/reschedule-child.ts');

function run(args: string[], killAfterFiles?: { dir: string; count: number }): Promise<{ code: number | null; signal: string | null; out: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (d) => { out += d; if (process.env.DEBUG_CHILD) process.stderr.write(String(d)); });
    proc.stderr.on('data', (d) => { out += d; if (process.env.DEBUG_CHILD) process.stderr.write(String(d)); });
    let timer: NodeJS.Timeout | undefined;
    if (killAfterFiles) {
      timer = setInterval(() => {
        const n = existsSync(killAfterFiles.dir) ? readdirSync(killAfterFiles.dir).filter((f) => f.endsWith('.eml')).length : 0;
        if (n >= killAfterFiles.count) { clearInterval(timer); proc.kill('SIGKILL'); }
      }, 10);
    }
    proc.on('error', reject);
    proc.on('exit', (code, signal) => { if (timer) clearInterval(timer); resolve({ code, signal, out }); });
  });
}

for (const kind of databaseKinds()) {
  describe(`a reschedule killed half way on ${kind}`, () => {
    let db: TestDatabase;
    before(async () => { db = await createTestDatabase(kind); });
    after(async () => { await db.destroy(); });

    it('sends each of 168 confirmed people exactly one message after a kill and a restart', async () => {
      const deps = testDeps(db.database);
      const { summit, groups } = await buildSummit(deps, { capacity: 200, groups: [{ name: 'Alle', quota: 168 }] });
      const organisation = await buildOrganisation(deps, summit.id, groups[0].id, 168);
      await updateSummit(deps, systemAccess, summit.id, { startsAt: '2027-04-01T07:00:00.000Z' });
      await changeSummitStatus(deps, systemAccess, summit.id, 'published');
      const people = [];
      for (let i = 0; i < 168; i++) people.push(await buildInvitation(deps, { summitId: summit.id, groupId: groups[0].id, organisationId: organisation.id, status: 'confirmed', email: `p${i}@example.dk` }));
      const outbox = join(db.dataDir, 'outbox');
      const args = [db.dataDir, summit.id, db.url ?? ''];

      const first = await run(args, { dir: outbox, count: 60 });
      assert.equal(first.signal, 'SIGKILL', `the first process was killed half way (${first.out})`);
      const halfway = readdirSync(outbox).filter((f) => f.endsWith('.eml')).length;
      assert.ok(halfway >= 60 && halfway < 168, `killed after ${halfway} of 168`);

      const second = await run(args);
      assert.equal(second.code, 0, second.out);
      const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
      const perRecipient = new Map<string, number>();
      for (const file of files) {
        const text = readFileSync(join(outbox, file), 'utf8');
        if (!/X-Samskab-Kind: rescheduled/.test(text)) continue;
        const to = /^To: (.*)$/m.exec(text)![1].trim();
        perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
      }
      assert.equal(perRecipient.size, 168, 'every confirmed person got the message');
      assert.ok([...perRecipient.values()].every((n) => n === 1), 'nobody got it twice');
    });
  });
}
