import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { repoRoot } from '../support/type-check.ts';

describe('the dead-code check (knip in npm run check)', () => {
  let copy: ProjectCopy;
  let report: { status: number | null; output: string };

  before(() => {
    copy = copyProject();
    appendFileSync(join(copy.dir, 'src/domain/summit.ts'), '\nexport function plantedRule(): boolean {\n  return true;\n}\n');
    writeFileSync(join(copy.dir, 'src/domain/planted-orphan.ts'), 'export const orphan = 1;\n');
    const manifest = JSON.parse(readFileSync(join(copy.dir, 'package.json'), 'utf8'));
    manifest.dependencies['planted-unused-package'] = '^1.0.0';
    writeFileSync(join(copy.dir, 'package.json'), JSON.stringify(manifest, null, 2));
    const knip = spawnSync(process.execPath, [join(repoRoot, 'node_modules/knip/bin/knip.js'), '--no-progress', '--no-config-hints'], { cwd: copy.dir, encoding: 'utf8' });
    report = { status: knip.status, output: knip.stdout + knip.stderr };
  });
  after(() => copy.remove());

  it('fails on planted dead code', () => {
    assert.equal(report.status, 1, report.output);
  });

  it('reports an export nothing imports', () => {
    assert.match(report.output, /plantedRule\s+function\s+src\/domain\/summit\.ts/);
  });

  it('reports a file nothing reaches', () => {
    assert.match(report.output, /src\/domain\/planted-orphan\.ts/);
  });

  it('reports a dependency nothing uses', () => {
    assert.match(report.output, /planted-unused-package/);
  });

  it('reports nothing else in the copy', () => {
    const reported = report.output.split('\n').filter((line) => /^\S/.test(line) && !/^(Unused|Unlisted)/.test(line));
    assert.deepEqual(reported.map((line) => line.split(/\s+/)[0]).sort(),
      ['planted-unused-package', 'plantedRule', 'src/domain/planted-orphan.ts'].sort());
  });
});
