/**
 * Jaccard index of two lists of ids (as sets): |A ∩ B| / |A ∪ B|; two empty lists are identical (1).
 */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 1 : inter / union;
}
