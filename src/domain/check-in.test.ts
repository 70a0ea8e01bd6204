import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkInCodeAlphabet, checkInCodeFromBytes, checkInCodeLength, formatCheckInCode, normaliseCheckInCode } from './check-in.ts';

describe('check-in codes', () => {
  it('turns five random bytes into eight Crockford base32 characters', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
      const code = checkInCodeFromBytes(bytes);
      assert.equal(code.length, checkInCodeLength);
      assert.ok([...code].every((ch) => checkInCodeAlphabet.includes(ch)));
    }));
  });

  it('gives different bytes different codes', () => {
    assert.equal(checkInCodeFromBytes(new Uint8Array([0, 0, 0, 0, 0])), '00000000');
    assert.equal(checkInCodeFromBytes(new Uint8Array([255, 255, 255, 255, 255])), 'ZZZZZZZZ');
    assert.notEqual(checkInCodeFromBytes(new Uint8Array([0, 0, 0, 0, 1])), checkInCodeFromBytes(new Uint8Array([0, 0, 0, 0, 2])));
  });

  it('reads a typed code whatever its case, separators or look-alike letters', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
      const code = checkInCodeFromBytes(bytes);
      assert.equal(normaliseCheckInCode(formatCheckInCode(code).toLowerCase()), code);
      assert.equal(normaliseCheckInCode(` ${code.slice(0, 4)} ${code.slice(4)} `), code);
    }));
    assert.equal(normaliseCheckInCode('o1il-abcd'), '0111ABCD');
  });

  it('refuses input that cannot be a code', () => {
    for (const input of ['', 'ABC', 'ABCDEFGHJ', 'ABCD-EFGU', 'ÆØÅ12345']) assert.equal(normaliseCheckInCode(input), undefined);
  });
});
