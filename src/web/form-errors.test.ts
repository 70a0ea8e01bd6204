import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { fieldErrorsFrom } from './form-errors.ts';
import { da } from './i18n/da.ts';
import { en } from './i18n/en.ts';

const schema = z.object({
  name: z.string().trim().min(1).max(5),
  quota: z.preprocess((v) => (v === '' ? undefined : Number(v)), z.number().int().min(0).max(10)),
  email: z.string().email().or(z.literal('')),
  kind: z.enum(['a', 'b']),
});
const labels = { name: 'Navn', quota: 'Kvote', email: 'E-mail', kind: 'Type' };
const errorsFor = (input: Record<string, string>, t = da) => fieldErrorsFrom(schema.safeParse(input).error!.issues, t, labels);

describe('form errors', () => {
  it('name the field and say in Danish what is wrong', () => {
    assert.deepEqual(errorsFor({ name: ' ', quota: '', email: 'nej', kind: 'c' }), {
      name: 'Navn: Feltet skal udfyldes.',
      quota: 'Kvote: Feltet skal udfyldes.',
      email: 'E-mail: Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
      kind: 'Type: Vælg en af mulighederne.',
    });
  });

  it('tell numbers that are not whole, too small or too big apart', () => {
    assert.equal(errorsFor({ name: 'a', quota: '2.5', email: '', kind: 'a' }).quota, 'Kvote: Skriv et helt tal.');
    assert.equal(errorsFor({ name: 'a', quota: 'x', email: '', kind: 'a' }).quota, 'Kvote: Skriv et helt tal.');
    assert.equal(errorsFor({ name: 'a', quota: '-1', email: '', kind: 'a' }).quota, 'Kvote: Tallet er for lille.');
    assert.equal(errorsFor({ name: 'abcdef', quota: '11', email: '', kind: 'a' }).quota, 'Kvote: Tallet er for stort.');
    assert.equal(errorsFor({ name: 'abcdef', quota: '1', email: '', kind: 'a' }).name, 'Navn: Teksten er for lang.');
  });

  it('speak English when asked', () => {
    assert.match(errorsFor({ name: '', quota: '1', email: '', kind: 'a' }, en).name, /^Navn: .+/);
    assert.notEqual(errorsFor({ name: '', quota: '1', email: '', kind: 'a' }, en).name, 'Navn: Feltet skal udfyldes.');
  });

  it('report only the first problem of a field', () => {
    const issues = [
      { code: 'too_small', origin: 'string', minimum: 1, path: ['name'] },
      { code: 'too_big', origin: 'string', path: ['name'] },
    ];
    assert.deepEqual(fieldErrorsFrom(issues, da, labels), { name: 'Navn: Feltet skal udfyldes.' });
  });
});
