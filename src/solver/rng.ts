// Seeded pseudo-random numbers for the solver. sfc32 (Chris Doty-Humphrey's small fast counting
// generator): 128 bits of state, passes PractRand, and is fast in V8 because it stays in int32 maths.
// The solver never calls Math.random(), so one seed reproduces one run.

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, k); k must be a positive integer below 2^31. */
  int(k: number): number;
}

/** Mixes a 32-bit seed into four well-spread state words (splitmix32), so seeds 1, 2, 3 diverge at once. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const mix = splitmix32(Math.trunc(seed));
  let a = mix() | 0, b = mix() | 0, c = mix() | 0, d = mix() | 0;
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next32();
  const next = (): number => next32() / 4294967296;
  return {
    next,
    int: (k: number): number => Math.floor(next() * k),
  };
}

/** Fisher–Yates shuffle in place. */
export function shuffle(rng: Rng, a: Int32Array | number[], length = a.length): void {
  for (let i = length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
