/**
 * Group colours
 *
 * A qualitative palette (Okabe–Ito plus Tol's muted set: distinguishable with common colour-vision
 * deficiencies) assigned to interest groups by size, largest first, so the same group keeps its colour
 * across pages.
 *
 * References
 * - Okabe & Ito, "Color Universal Design" (2008), https://jfly.uni-koeln.de/color/
 * - Paul Tol, "Colour schemes" (2021), https://personal.sron.nl/~pault/
 */

export const PALETTE: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#882255',
  '#117733',
  '#999933',
  '#332288',
  '#AA4499',
  '#44AA99',
];

/** Colour for groups beyond the palette and for people without a group. */
export const OTHER_COLOR = '#9a9a9a';

/** Group id → colour, the largest groups taking the palette in order. */
export function createGroupColors(sizes: ReadonlyMap<number, number>): Map<number, string> {
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const colors = new Map<number, string>();
  order.forEach(([id], i) => colors.set(id, i < PALETTE.length ? PALETTE[i] : OTHER_COLOR));
  return colors;
}

/** Member counts per group id. */
export function countGroups(nodes: readonly { community: number }[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const node of nodes) sizes.set(node.community, (sizes.get(node.community) ?? 0) + 1);
  return sizes;
}
