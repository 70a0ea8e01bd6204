import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { errorCodes } from '../../src/domain/errors.ts';
import { statusByCode } from '../../src/server/http-errors.ts';
import { da } from '../../src/web/i18n/da.ts';
import { en } from '../../src/web/i18n/en.ts';
import { errorCatalogueProblems } from '../../scripts/check-error-catalogue.ts';
import { repoRoot, typeErrors } from '../support/type-check.ts';

const page = readFileSync(`${repoRoot}docs/errors.md`, 'utf8');
const errorsModule = `${repoRoot}src/domain/errors.ts`;

describe('the error catalogue', () => {
  it('docs/errors.md lists exactly the codes the API answers with, each with its status', () => {
    assert.deepEqual(errorCatalogueProblems(page), []);
  });

  it('fails the check when a code is missing from docs/errors.md', () => {
    const planted = page.split('\n').filter((line) => !line.startsWith('| `rate_limited`')).join('\n');
    assert.deepEqual(errorCatalogueProblems(planted), ['rate_limited (429) is an error code but docs/errors.md does not list it']);
  });

  it('fails the check when docs/errors.md lists a code that does not exist', () => {
    const planted = page.replace('| `not_found` |', '| `teapot` | 418 | planted |\n| `not_found` |');
    assert.deepEqual(errorCatalogueProblems(planted), ['teapot is listed in docs/errors.md but is no error code (src/domain/errors.ts, src/server/http-errors.ts)']);
  });

  it('fails the check when docs/errors.md gives a code another status', () => {
    const planted = page.replace('| `email_taken` | 409 |', '| `email_taken` | 422 |');
    assert.deepEqual(errorCatalogueProblems(planted), ['email_taken answers 409 but docs/errors.md says 422']);
  });

  it('gives every code a Danish and an English text, so no message is only the code', () => {
    const texts = (codes: Record<string, string>) => errorCodes.filter((code) => !codes[code]);
    assert.deepEqual(texts(da.errors.codes), []);
    assert.deepEqual(texts(en.errors.codes), []);
  });

  it('does not compile a thrown code outside the catalogue, nor a status table missing a code', () => {
    const httpErrors = readFileSync(`${repoRoot}src/server/http-errors.ts`, 'utf8')
      .replace("'../domain/errors.ts'", JSON.stringify(errorsModule))
      .replace(/^ {2}rate_limited: 429,\n/m, '');
    assert.notEqual(httpErrors, readFileSync(`${repoRoot}src/server/http-errors.ts`, 'utf8'));
    const errors = typeErrors({
      'planted-throw.mts': `import { DomainError } from ${JSON.stringify(errorsModule)};\nthrow new DomainError('made_up_code');\n`,
      'planted-http-errors.mts': httpErrors,
    });
    assert.equal(errors.length, 2, errors.join('\n'));
    assert.match(errors.join('\n'), /Argument of type '"made_up_code"' is not assignable/);
    assert.match(errors.join('\n'), /Property 'rate_limited' is missing/);
  });

  it('answers every catalogued code with a client or server error status', () => {
    for (const [code, status] of Object.entries(statusByCode)) assert.ok(status >= 400 && status < 600, code);
  });
});
