// Apportionment of a group's seats over areas (e.g. the 76 citizen seats over 18 local forums).
// Pure and deterministic: ties are broken by larger population, then by key, never by input order.

export const apportionmentMethods = ['hare', 'dhondt', 'sainte_lague'] as const;
export type ApportionmentMethod = (typeof apportionmentMethods)[number];

export interface ApportionmentClaim {
  /** Stable key (e.g. the area id); used for deterministic tie-breaking. */
  key: string;
  population: number;
}

export interface ApportionedSeats {
  key: string;
  population: number;
  /** Exact proportional share of the seats: seats × population / total population. */
  exactQuota: number;
  seats: number;
}

export interface ApportionmentOptions {
  method: ApportionmentMethod;
  seats: number;
  /** Seats every claim gets before the rest is apportioned (0 by default). */
  minimumPerClaim?: number;
}

export type ApportionmentError = 'minimum_exceeds_seats' | 'no_claims' | 'invalid_population';

export type ApportionmentResult =
  | { ok: true; seats: ApportionedSeats[] }
  | { ok: false; error: ApportionmentError };

function tieOrder(a: ApportionmentClaim, b: ApportionmentClaim): number {
  if (a.population !== b.population) return b.population - a.population;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Divides `seats` over the claims in proportion to population. With a minimum, every claim first
 * gets that many seats and the remaining seats are apportioned by the chosen method over the full
 * populations. The result keeps the claims' input order.
 */
export function apportionSeats(claims: readonly ApportionmentClaim[], options: ApportionmentOptions): ApportionmentResult {
  const { method, seats } = options;
  const minimum = options.minimumPerClaim ?? 0;
  if (claims.length === 0) return { ok: false, error: 'no_claims' };
  if (claims.some((c) => !Number.isFinite(c.population) || c.population < 0)) return { ok: false, error: 'invalid_population' };
  if (minimum * claims.length > seats) return { ok: false, error: 'minimum_exceeds_seats' };

  // With no population at all, every claim counts as equal.
  const rawTotal = claims.reduce((sum, c) => sum + c.population, 0);
  const effective = rawTotal === 0 ? claims.map((c) => ({ key: c.key, population: 1 })) : claims;
  const totalPopulation = rawTotal === 0 ? claims.length : rawTotal;
  const exact = (key: string) => (seats * (effective.find((c) => c.key === key)?.population ?? 0)) / totalPopulation;
  const remaining = seats - minimum * claims.length;
  const extra = method === 'hare'
    ? largestRemainder(effective, remaining, totalPopulation)
    : highestAverages(effective, remaining, method === 'dhondt' ? (s) => s + 1 : (s) => 2 * s + 1);

  return {
    ok: true,
    seats: claims.map((c) => ({ key: c.key, population: c.population, exactQuota: exact(c.key), seats: minimum + (extra.get(c.key) ?? 0) })),
  };
}

function largestRemainder(claims: readonly ApportionmentClaim[], seats: number, totalPopulation: number): Map<string, number> {
  const result = new Map<string, number>();
  if (seats === 0) return result;
  const share = (c: ApportionmentClaim) => (seats * c.population) / totalPopulation;
  let given = 0;
  for (const c of claims) {
    const floor = Math.floor(share(c));
    result.set(c.key, floor);
    given += floor;
  }
  const byRemainder = [...claims].sort((a, b) => {
    const ra = share(a) - Math.floor(share(a));
    const rb = share(b) - Math.floor(share(b));
    // Remainders within floating-point noise count as equal, so ties break by the rule, not by rounding.
    if (Math.abs(ra - rb) > 1e-9) return rb - ra;
    return tieOrder(a, b);
  });
  for (let i = 0; given < seats; i++, given++) {
    const c = byRemainder[i % byRemainder.length];
    result.set(c.key, (result.get(c.key) ?? 0) + 1);
  }
  return result;
}

function highestAverages(claims: readonly ApportionmentClaim[], seats: number, divisor: (s: number) => number): Map<string, number> {
  const result = new Map<string, number>(claims.map((c) => [c.key, 0]));
  const ordered = [...claims].sort(tieOrder);
  for (let given = 0; given < seats; given++) {
    let best = ordered[0];
    let bestValue = -1;
    for (const c of ordered) {
      const value = c.population / divisor(result.get(c.key) ?? 0);
      // Strictly greater: among equal averages the earlier claim in tie order wins.
      if (value > bestValue + 1e-12 * Math.max(1, value)) {
        best = c;
        bestValue = value;
      }
    }
    result.set(best.key, (result.get(best.key) ?? 0) + 1);
  }
  return result;
}
