/**
 * Score explanation bar
 *
 * A stacked bar of what a leader score is made of: one segment per factor, width = its contribution.
 * The factor names and percentiles are in the accessible label and the tooltip.
 */
import type { ScoreFactor } from '../api/schemas.js';
import { PALETTE } from '../graph/palette.js';

const FACTOR_ORDER = new Map<string, number>();

/** A stable colour per factor name (first seen, first colour). */
export function factorColor(factor: string): string {
  if (!FACTOR_ORDER.has(factor)) FACTOR_ORDER.set(factor, FACTOR_ORDER.size);
  return PALETTE[FACTOR_ORDER.get(factor)! % PALETTE.length];
}

/** "pagerank 42% (p97); brokerage 30% (p88)". */
export function describeFactors(factors: readonly ScoreFactor[]): string {
  const total = factors.reduce((s, f) => s + Math.max(0, f.contribution), 0) || 1;
  return factors
    .map(
      (f) =>
        `${f.factor} ${Math.round((100 * Math.max(0, f.contribution)) / total)}% (p${Math.round(f.percentile)})`,
    )
    .join('; ');
}

export function ExplanationBar({
  factors,
  width = 160,
}: {
  factors: readonly ScoreFactor[];
  width?: number;
}) {
  const total = factors.reduce((s, f) => s + Math.max(0, f.contribution), 0);
  const text = describeFactors(factors);
  if (total <= 0) return <span className="hint">—</span>;
  let x = 0;
  return (
    <svg width={width} height={14} role="img" aria-label={text} className="explanation-bar">
      <title>{text}</title>
      {factors.map((f) => {
        const w = (width * Math.max(0, f.contribution)) / total;
        const rect = <rect key={f.factor} x={x} y={0} width={w} height={14} fill={factorColor(f.factor)} />;
        x += w;
        return rect;
      })}
    </svg>
  );
}

/** The factor list with colours, for a person's page. */
export function ExplanationList({ factors }: { factors: readonly ScoreFactor[] }) {
  const total = factors.reduce((s, f) => s + Math.max(0, f.contribution), 0) || 1;
  return (
    <ul className="factor-list">
      {factors.map((f) => (
        <li key={f.factor}>
          <span className="swatch" style={{ background: factorColor(f.factor) }} aria-hidden="true" />
          <strong>{f.factor}</strong> {Math.round((100 * Math.max(0, f.contribution)) / total)}% · p
          {Math.round(f.percentile)} · {f.value.toPrecision(3)}
        </li>
      ))}
    </ul>
  );
}
