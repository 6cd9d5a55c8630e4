/**
 * Rhythm heatmap
 *
 * Messages by weekday (rows, Monday first) and hour (columns) as shaded cells; each cell's count is in
 * its tooltip and accessible name.
 */
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n-context.js';

const CELL = 18;
const LEFT = 34;
const TOP = 16;

/** Shade for a count relative to the busiest cell (white → deep blue). */
export function shade(count: number, max: number): string {
  if (max <= 0 || count <= 0) return '#f4f6f8';
  const t = Math.sqrt(count / max);
  const channel = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${channel(222, 8)}, ${channel(235, 69)}, ${channel(247, 148)})`;
}

export function RhythmHeatmap({ rhythm }: { rhythm: readonly (readonly number[])[] }) {
  const { t } = useI18n();
  const max = Math.max(0, ...rhythm.flat());
  const width = LEFT + 24 * CELL;
  return (
    <svg
      viewBox={`0 0 ${width} ${TOP + 7 * CELL}`}
      className="chart heatmap"
      role="img"
      aria-label={t('person.rhythm')}
    >
      {[0, 6, 12, 18].map((h) => (
        <text key={h} x={LEFT + h * CELL} y={11} className="axis-label">
          {h}
        </text>
      ))}
      {rhythm.slice(0, 7).map((row, d) => (
        <g key={d}>
          <text x={0} y={TOP + d * CELL + 13} className="axis-label">
            {t(`day.${d}` as MessageKey)}
          </text>
          {row.slice(0, 24).map((count, h) => (
            <rect
              key={h}
              x={LEFT + h * CELL}
              y={TOP + d * CELL}
              width={CELL - 2}
              height={CELL - 2}
              fill={shade(count, max)}
            >
              <title>{`${t(`day.${d}` as MessageKey)} ${h}:00 — ${count}`}</title>
            </rect>
          ))}
        </g>
      ))}
    </svg>
  );
}
