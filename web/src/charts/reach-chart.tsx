/**
 * Reach comparison chart
 *
 * Expected reach of the plan and of each baseline strategy as horizontal bars with 95% confidence
 * whiskers. The plan's bar is drawn in the accent colour.
 */
import type { Estimate } from '../api/schemas-admin.js';
import { useI18n } from '../i18n/i18n-context.js';

const W = 560;
const ROW = 30;
const LEFT = 150;
const RIGHT = 70;

export interface ReachRow {
  readonly strategy: string;
  readonly reach: Estimate;
}

export function ReachChart({ rows, label }: { rows: readonly ReachRow[]; label: string }) {
  const { n } = useI18n();
  const max = Math.max(1, ...rows.map((r) => r.reach.high));
  const x = (v: number) => LEFT + ((W - LEFT - RIGHT) * v) / max;
  const height = rows.length * ROW + 10;
  return (
    <svg
      viewBox={`0 0 ${W} ${height}`}
      className="chart"
      role="img"
      aria-label={label}
      data-testid="reach-chart"
    >
      {rows.map((r, i) => {
        const y = 5 + i * ROW;
        const isPlan = i === 0;
        return (
          <g key={r.strategy}>
            <title>{`${r.strategy}: ${n(r.reach.mean, 1)} (${n(r.reach.low, 1)}–${n(r.reach.high, 1)})`}</title>
            <text x={LEFT - 8} y={y + 17} textAnchor="end" className="axis-label">
              {r.strategy}
            </text>
            <rect
              x={LEFT}
              y={y + 4}
              width={Math.max(1, x(r.reach.mean) - LEFT)}
              height={ROW - 10}
              fill={isPlan ? '#0072B2' : '#9aa7b4'}
            />
            <line x1={x(r.reach.low)} x2={x(r.reach.high)} y1={y + ROW / 2} y2={y + ROW / 2} stroke="#222" />
            <line x1={x(r.reach.low)} x2={x(r.reach.low)} y1={y + 8} y2={y + ROW - 8} stroke="#222" />
            <line x1={x(r.reach.high)} x2={x(r.reach.high)} y1={y + 8} y2={y + ROW - 8} stroke="#222" />
            <text x={x(r.reach.high) + 6} y={y + 17} className="axis-label">
              {n(r.reach.mean, 0)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
