// Personal links and check-in codes are drawn from cached blocks of random bytes (crypto-tokens.ts,
// check-in-codes.ts) instead of one randomBytes call each: every one must still be fresh, of full
// length, and spread over its whole alphabet, across the refills of the block.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cryptoTokens } from '../../src/system/crypto-tokens.ts';
import { newCheckInCode } from '../../src/storage/check-in-codes.ts';
import { normaliseCheckInCode } from '../../src/domain/check-in.ts';

describe('random links and codes', () => {
  it('makes 20,000 distinct 256-bit tokens across many refills of the block, using every base64url character', () => {
    const tokens = Array.from({ length: 20_000 }, () => cryptoTokens.newToken());
    assert.equal(new Set(tokens).size, tokens.length);
    for (const token of tokens) assert.equal(Buffer.from(token, 'base64url').length, 32);
    assert.equal(new Set(tokens.join('')).size, 64);
  });

  it('makes distinct check-in codes whose every place takes every one of the 32 characters', () => {
    const codes = Array.from({ length: 2_000 }, () => newCheckInCode());
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.equal(normaliseCheckInCode(code), code);
    // 40 random bits in eight places: a place fixed by the UUID's version or variant would show.
    for (let place = 0; place < 8; place++) assert.equal(new Set(codes.map((c) => c[place])).size, 32, `place ${place}`);
  });
});
