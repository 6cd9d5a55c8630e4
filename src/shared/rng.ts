/**
 * Seeded random numbers
 *
 * Every randomised algorithm takes an `Rng` so results are reproducible for a seed. The generator is
 * mulberry32 seeded through splitmix32: fast, 32-bit state, good enough for simulation (not crypto).
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

function splitmix32(seed: number): number {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Creates a seeded PRNG.
 * @example
 * const rng = createRng(42);
 * rng(); // 0.6011037519201636 (always the same for seed 42)
 */
export function createRng(seed: number): Rng {
  let a = splitmix32(seed >>> 0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** One element of a non-empty array. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomInt(rng, items.length)];
}

/** Fisher–Yates shuffle in place; returns the same array. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const t = items[i];
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}

/** A standard normal draw (Box–Muller). */
export function gaussian(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Pareto-tailed positive draw with the given minimum and shape (smaller alpha, heavier tail). */
export function pareto(rng: Rng, min: number, alpha: number): number {
  return min / Math.pow(1 - rng(), 1 / alpha);
}
