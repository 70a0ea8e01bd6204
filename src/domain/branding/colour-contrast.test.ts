import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AA_CONTRAST, accessibleOnWhite, contrastRatio } from './colour-contrast.ts';

describe('colour contrast', () => {
  it('measures contrast as WCAG 2.1 does', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    // The lightest grey that meets AA on white, as the WCAG checkers give it.
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
    assert.ok(contrastRatio('#777777', '#ffffff') < 4.5);
  });

  it('keeps a colour that already meets AA on white', () => {
    assert.equal(accessibleOnWhite('#004d99'), '#004d99');
  });

  it('darkens a light colour until white text on it meets AA, for any colour', () => {
    const hex = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(fc.property(hex, (colour) => contrastRatio(accessibleOnWhite(colour), '#ffffff') >= AA_CONTRAST));
    assert.notEqual(accessibleOnWhite('#ffcc00'), '#ffcc00', 'yellow is too light for white text');
  });
});
