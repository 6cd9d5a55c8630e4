/**
 * The organization's map for print
 *
 * A static SVG of the interest groups: one circle per group (area ∝ members), lines for the ties
 * between groups (width ∝ tie weight), labels with the group's number, size and first keywords.
 * At group level a printed page stays readable for any organization size and shows no individual.
 * The layout is a deterministic force-directed one (same input, same picture), computed here so
 * the report needs no browser to draw it.
 */
import { xmlEscape } from './export-gexf.js';

export interface MapGroup {
  readonly id: number;
  readonly size: number;
  readonly caption: string;
  readonly keywords: readonly string[];
}

export interface MapLink {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

export interface PlacedGroup {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

const WIDTH = 680;
const HEIGHT = 600;
const MARGIN = 14;
const MAX_R = 46;
const MIN_R = 9;
const PAD = 16;
const ITERATIONS = 500;
/** Okabe–Ito and Tol's colour-blind-safe colours, lightened for print fills. */
const PALETTE = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#88CCEE',
  '#44AA99',
  '#DDCC77',
  '#AA4499',
  '#999933',
];

/** Positions groups so linked ones sit close and none overlap; deterministic. */
export function layoutGroups(groups: readonly MapGroup[], links: readonly MapLink[]): PlacedGroup[] {
  const n = groups.length;
  if (n === 0) return [];
  const index = new Map(groups.map((g, i) => [g.id, i]));
  const maxSize = Math.max(...groups.map((g) => g.size));
  const r = Float64Array.from(groups, (g) => Math.max(MIN_R, MAX_R * Math.sqrt(g.size / maxSize)));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  // A golden-angle spiral, largest groups in the middle: a spread-out, reproducible start.
  for (let i = 0; i < n; i++) {
    const angle = i * 2.399963229728653;
    const dist = 40 * Math.sqrt(i);
    x[i] = Math.cos(angle) * dist;
    y[i] = Math.sin(angle) * dist;
  }
  const kept = links.filter((l) => index.has(l.a) && index.has(l.b));
  const maxW = Math.max(1e-12, ...kept.map((l) => l.weight));
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    const cooling = 1 - it / ITERATIONS;
    fx.fill(0);
    fy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = x[i] - x[j];
        const dy = y[i] - y[j];
        const d = Math.max(1, Math.hypot(dx, dy));
        const min = r[i] + r[j] + PAD;
        // Long-range repulsion keeps the picture spread; the overlap term separates circles.
        const push = 30000 / (d * d) + (d < min ? (min - d) * 0.5 : 0);
        fx[i] += (dx / d) * push;
        fy[i] += (dy / d) * push;
        fx[j] -= (dx / d) * push;
        fy[j] -= (dy / d) * push;
      }
    }
    for (const l of kept) {
      const i = index.get(l.a)!;
      const j = index.get(l.b)!;
      const dx = x[j] - x[i];
      const dy = y[j] - y[i];
      const d = Math.max(1, Math.hypot(dx, dy));
      const rest = r[i] + r[j] + 4 * PAD;
      const pull = d > rest ? 0.02 * (d - rest) * Math.sqrt(l.weight / maxW) : 0;
      fx[i] += (dx / d) * pull;
      fy[i] += (dy / d) * pull;
      fx[j] -= (dx / d) * pull;
      fy[j] -= (dy / d) * pull;
    }
    for (let i = 0; i < n; i++) {
      fx[i] -= x[i] * 0.01;
      fy[i] -= y[i] * 0.01;
      const f = Math.hypot(fx[i], fy[i]);
      const step = Math.min(f, 20 * cooling + 0.5);
      if (f > 0) {
        x[i] += (fx[i] / f) * step;
        y[i] += (fy[i] / f) * step;
      }
    }
  }
  return fitToBox(groups, x, y, r);
}

/**
 * Spreads the centres over the drawing area; circles keep their size unless the layout has to
 * shrink to fit.
 */
function fitToBox(
  groups: readonly MapGroup[],
  x: Float64Array,
  y: Float64Array,
  r: Float64Array,
): PlacedGroup[] {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let maxR = 0;
  for (let i = 0; i < groups.length; i++) {
    minX = Math.min(minX, x[i]);
    maxX = Math.max(maxX, x[i]);
    minY = Math.min(minY, y[i]);
    maxY = Math.max(maxY, y[i]);
    maxR = Math.max(maxR, r[i]);
  }
  const shrink = Math.min(
    1,
    (WIDTH - 2 * MARGIN) / Math.max(1, maxX - minX + 2 * maxR),
    (HEIGHT - 2 * MARGIN) / Math.max(1, maxY - minY + 2 * maxR),
  );
  const room = (size: number, span: number) => (size - 2 * MARGIN - 2 * maxR * shrink) / Math.max(1, span);
  const scale = Math.max(shrink, Math.min(1.6, room(WIDTH, maxX - minX), room(HEIGHT, maxY - minY)));
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return groups.map((g, i) => ({
    id: g.id,
    x: round(WIDTH / 2 + (x[i] - cx) * scale),
    y: round(HEIGHT / 2 + (y[i] - cy) * scale),
    r: round(r[i] * shrink),
  }));
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

export function groupColour(order: number): string {
  return PALETTE[order % PALETTE.length];
}

/**
 * Links worth drawing: each group's two strongest, and any at least 40% of the strongest overall.
 * Drawing every tie between groups greys the page without telling anything.
 */
export function visibleLinks(links: readonly MapLink[]): MapLink[] {
  const maxW = Math.max(1e-12, ...links.map((l) => l.weight));
  const byGroup = new Map<number, MapLink[]>();
  for (const l of links)
    for (const g of [l.a, l.b]) {
      const list = byGroup.get(g);
      if (list) list.push(l);
      else byGroup.set(g, [l]);
    }
  const keep = new Set<MapLink>(links.filter((l) => l.weight >= 0.4 * maxW));
  for (const list of byGroup.values())
    for (const l of list.sort((x, y) => y.weight - x.weight).slice(0, 2)) keep.add(l);
  return links.filter((l) => keep.has(l));
}

/** Text that fits a width at a font size (average glyph ≈ 0.58 em), cut with an ellipsis. */
function fitText(text: string, width: number, fontSize: number): string {
  const max = Math.floor(width / (fontSize * 0.58));
  if (text.length <= max) return text;
  return max > 1 ? `${text.slice(0, max - 1)}…` : '';
}

/** Renders the map; `order` of `groups` decides colours (the tables use the same order). */
export function renderGroupMap(
  groups: readonly MapGroup[],
  links: readonly MapLink[],
  options: { readonly title: string },
): string {
  const placed = layoutGroups(groups, links);
  const at = new Map(placed.map((p) => [p.id, p]));
  const colour = new Map(groups.map((g, i) => [g.id, groupColour(i)]));
  const shown = visibleLinks(links.filter((l) => at.has(l.a) && at.has(l.b)));
  const maxW = Math.max(1e-12, ...shown.map((l) => l.weight));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-label="${xmlEscape(options.title)}" class="group-map">`,
    `<title>${xmlEscape(options.title)}</title>`,
    '<g class="links" stroke="#555" stroke-linecap="round">',
  ];
  for (const l of shown) {
    const a = at.get(l.a)!;
    const b = at.get(l.b)!;
    const w = round(0.8 + 9 * Math.sqrt(l.weight / maxW));
    const o = round(0.25 + 0.4 * Math.sqrt(l.weight / maxW));
    out.push(
      `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${w}" stroke-opacity="${o}"/>`,
    );
  }
  out.push('</g>', '<g class="groups" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">');
  for (const g of groups) {
    const p = at.get(g.id)!;
    const big = p.r >= 22;
    out.push(
      `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${colour.get(g.id)}" fill-opacity="0.85" stroke="#222" stroke-width="1"/>`,
      `<text x="${p.x}" y="${round(p.y + (big ? 0 : 4))}" text-anchor="middle" font-size="${big ? 12 : 9}" font-weight="bold">${xmlEscape(fitText(g.caption, 2 * p.r + 16, big ? 12 : 9))}</text>`,
    );
    const words = fitText(g.keywords.slice(0, 2).join(', '), 1.8 * p.r, 8.5);
    if (big && words)
      out.push(
        `<text x="${p.x}" y="${round(p.y + 13)}" text-anchor="middle" font-size="8.5">${xmlEscape(words)}</text>`,
      );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
