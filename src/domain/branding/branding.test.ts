import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brandingProblems, normaliseColour, sniffLogoType, svgIsUnsafe } from './branding.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the municipality branding rules', () => {
  it('reads a colour as people type it, and refuses one white text cannot be read on', () => {
    assert.equal(normaliseColour(' #08A '), '#0088aa');
    assert.equal(normaliseColour('00607A'), '#00607a');
    assert.deepEqual(brandingProblems({ municipality: '', primaryColour: '#00607a', logo: { kind: 'keep' } }), {});
    assert.deepEqual(brandingProblems({ municipality: '', primaryColour: '', logo: { kind: 'keep' } }), {}, 'empty means "as the environment says"');
    assert.equal(brandingProblems({ municipality: '', primaryColour: '#777777', logo: { kind: 'keep' } }).primaryColour, 'low_contrast');
    assert.equal(brandingProblems({ municipality: '', primaryColour: '#767676', logo: { kind: 'keep' } }).primaryColour, undefined, 'the lightest grey that meets AA');
    assert.equal(brandingProblems({ municipality: '', primaryColour: 'rød', logo: { kind: 'keep' } }).primaryColour, 'invalid_colour');
  });

  it("tells an image's type from its first bytes, never from its name", () => {
    assert.equal(sniffLogoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png');
    assert.equal(sniffLogoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniffLogoType(bytes('RIFF\0\0\0\0WEBPVP8 ')), 'image/webp');
    assert.equal(sniffLogoType(bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')), 'image/svg+xml');
    assert.equal(sniffLogoType(bytes('<html><svg></svg></html>')), undefined);
    assert.equal(sniffLogoType(bytes('GIF89a')), undefined);
  });

  it('refuses an SVG that could run or fetch anything when opened on its own', () => {
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${inner}</svg>`;
    assert.equal(svgIsUnsafe(svg('<circle r="4" fill="#00607a"/><use href="#a"/>')), false);
    for (const bad of ['<script>alert(1)</script>', '<rect onload="x()"/>', '<a href="javascript:x()">x</a>', '<image href="https://example.dk/x.png"/>',
      '<image xlink:href="http://example.dk/x.png"/>', '<foreignObject></foreignObject>', '<style>rect { fill: url(https://x) }</style>']) {
      assert.equal(svgIsUnsafe(svg(bad)), true, bad);
    }
  });
});
