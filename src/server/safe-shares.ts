/**
 * Privacy-safe shares
 *
 * Records keyed by department or by interest group (a person's spheres, a group's departments) name
 * the key, which the output walker does not inspect. Departments and groups smaller than the minimum
 * group size are folded into one "—" key here, before presenting, so no small unit is named.
 */
import type { Directory } from '../privacy/index.js';

/** The key that holds everything too small (or unknown) to name. */
export const OTHER_KEY = '—';

function fold(
  record: Readonly<Record<string, number>>,
  isShown: (key: string) => boolean,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(record)) {
    const k = isShown(key) ? key : OTHER_KEY;
    out[k] = (out[k] ?? 0) + value;
  }
  return out;
}

/** Department → value, with departments of fewer than `k` people folded into "—". */
export function departmentShares(
  record: Readonly<Record<string, number>>,
  directory: Directory,
  k: number,
): Record<string, number> {
  return fold(record, (d) => (directory.departmentSizes.get(d) ?? 0) >= k);
}

/** Group id → value, with groups of fewer than `k` members folded into "—". */
export function groupShares(
  record: Readonly<Record<string, number>>,
  groupSizes: ReadonlyMap<string, number>,
  k: number,
): Record<string, number> {
  return fold(record, (g) => (groupSizes.get(g) ?? 0) >= k);
}
