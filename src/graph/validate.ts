/**
 * Option validation helpers
 *
 * Small checks shared by the kernels' `validate*Options` functions. Every message follows
 * `graph/<module>: invalid <name>: <value> (expected …)` and throws `InputError`.
 */

import { InputError } from '../shared/errors.js';

/** Throws unless `value` is a finite number in [min, max] (or [min, max) when `maxOpen`). */
export function checkRange(
  module: string,
  name: string,
  value: number,
  min: number,
  max: number,
  maxOpen = false,
): void {
  const ok = Number.isFinite(value) && value >= min && (maxOpen ? value < max : value <= max);
  if (!ok) {
    const range = `${min}, ${max}${maxOpen ? ')' : ']'}`;
    throw new InputError(`graph/${module}: invalid ${name}: ${value} (expected a number in [${range})`);
  }
}

/** Throws unless `value` is a positive integer. */
export function checkPositiveInt(module: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new InputError(`graph/${module}: invalid ${name}: ${value} (expected a positive integer)`);
  }
}

/**
 * Throws unless `vec` has length n and holds finite non-negative entries with a positive sum.
 * Returns the sum.
 */
export function checkDistribution(module: string, name: string, vec: ArrayLike<number>, n: number): number {
  if (vec.length !== n) {
    throw new InputError(`graph/${module}: invalid ${name} length: ${vec.length} (expected ${n})`);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = vec[i];
    if (!Number.isFinite(x) || x < 0) {
      throw new InputError(`graph/${module}: invalid ${name}[${i}]: ${x} (expected a finite number ≥ 0)`);
    }
    sum += x;
  }
  if (n > 0 && sum <= 0)
    throw new InputError(`graph/${module}: invalid ${name}: all zero (expected a positive sum)`);
  return sum;
}
