/**
 * Keyed results
 *
 * Maps typed-array kernel results back to the caller's ids through a `NodeIndex`, for callers that
 * want `id → value` rather than index-addressed arrays.
 */

import { InputError } from '../shared/errors.js';
import type { NodeIndex } from './types.js';

/**
 * `id → value` for every node of `index`.
 * @example
 * const pr = keyScores(index, pagerankKernel(csr)); // Map { 'alice' => 0.31, … }
 */
export function keyScores(index: NodeIndex, values: ArrayLike<number>): Map<string, number> {
  if (values.length !== index.ids.length) {
    throw new InputError(
      `graph/keyed: invalid values length: ${values.length} (expected ${index.ids.length})`,
    );
  }
  const out = new Map<string, number>();
  for (let i = 0; i < values.length; i++) out.set(index.ids[i], values[i]);
  return out;
}

/** A dense index-addressed vector from an `id → value` map (missing ids get `fill`). */
export function vectorFromKeys(
  index: NodeIndex,
  values: ReadonlyMap<string, number>,
  fill = 0,
): Float64Array {
  const out = new Float64Array(index.ids.length).fill(fill);
  for (const [id, value] of values) {
    const i = index.indexOf.get(id);
    if (i === undefined) throw new InputError(`graph/keyed: unknown node id: ${JSON.stringify(id)}`);
    out[i] = value;
  }
  return out;
}
