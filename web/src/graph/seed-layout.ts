/**
 * Seed layout
 *
 * Deterministic starting positions: each interest group gets a disc on a golden-angle spiral (largest
 * in the middle), members fill their disc as a sunflower pattern by rank. The map reads by group at
 * once, before ForceAtlas2 refines it; no randomness, so the same data always gives the same picture.
 *
 * Notes
 * - Disc area is proportional to group size, so density is even across groups.
 */

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface SeedNode {
  readonly id: string;
  readonly community: number;
  readonly score: number;
}

/** id → position. */
export function seedLayout(nodes: readonly SeedNode[]): Map<string, { x: number; y: number }> {
  const groups = new Map<number, SeedNode[]>();
  for (const node of nodes) {
    const list = groups.get(node.community);
    if (list) list.push(node);
    else groups.set(node.community, [node]);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const positions = new Map<string, { x: number; y: number }>();
  let cumulative = 0;
  ordered.forEach(([, members], g) => {
    // Group centre: spiral radius grows with the square root of the people placed so far.
    const radius = g === 0 ? 0 : Math.sqrt(cumulative + members.length / 2) * 2.2;
    const cx = radius * Math.cos(g * GOLDEN_ANGLE);
    const cy = radius * Math.sin(g * GOLDEN_ANGLE);
    cumulative += members.length;
    const sorted = [...members].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    sorted.forEach((member, i) => {
      const r = Math.sqrt(i + 0.5);
      positions.set(member.id, {
        x: cx + r * Math.cos(i * GOLDEN_ANGLE),
        y: cy + r * Math.sin(i * GOLDEN_ANGLE),
      });
    });
  });
  return positions;
}
