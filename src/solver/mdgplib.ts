// Reader for MDGPLIB instance text (Gallego et al. 2013): a header `n m ss|ds a_1 b_1 … a_m b_m`,
// then n(n−1)/2 lines `i j d_ij` with 0-based i < j. Pure: takes the text, returns an instance or
// a plain reason. Hand-rolled number scanning, because the n=480 files have 115k lines.

import type { MdgpInstance } from './mdgp.ts';

export type MdgplibParse = { ok: true; instance: MdgpInstance; kind: 'ss' | 'ds' } | { ok: false; error: string };

export function parseMdgplib(text: string): MdgplibParse {
  let pos = 0;
  const len = text.length;
  const skipSpace = (): void => {
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };
  const word = (): string => {
    skipSpace();
    const s = pos;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) break;
      pos++;
    }
    return text.slice(s, pos);
  };
  const integer = (): number => {
    skipSpace();
    let v = 0, digits = 0;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
      digits++;
      pos++;
    }
    return digits === 0 ? NaN : v;
  };
  const real = (): number => {
    const w = word();
    return w === '' ? NaN : Number(w);
  };

  const n = integer(), m = integer();
  if (!(n >= 1) || !(m >= 1)) return { ok: false, error: 'the header must start with n and m as positive integers' };
  const kind = word();
  if (kind !== 'ss' && kind !== 'ds') return { ok: false, error: `the header's third field must be ss or ds, got "${kind}"` };
  const lower = new Int32Array(m), upper = new Int32Array(m);
  for (let g = 0; g < m; g++) {
    lower[g] = integer();
    upper[g] = integer();
    if (Number.isNaN(lower[g]) || Number.isNaN(upper[g])) return { ok: false, error: `missing bounds for group ${g}` };
  }
  const d = new Float64Array(n * n);
  const pairs = (n * (n - 1)) / 2;
  for (let k = 0; k < pairs; k++) {
    const i = integer(), j = integer(), v = real();
    if (Number.isNaN(i) || Number.isNaN(j) || Number.isNaN(v)) {
      return { ok: false, error: `expected ${pairs} distance lines "i j d", line ${k + 2} is missing or malformed` };
    }
    if (i >= n || j >= n) return { ok: false, error: `element index out of range on line ${k + 2}` };
    d[i * n + j] = v;
    d[j * n + i] = v;
  }
  for (let i = 0; i < n; i++) d[i * n + i] = 0;
  return { ok: true, instance: { n, m, d, lower, upper }, kind };
}
