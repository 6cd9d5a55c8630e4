/**
 * Nominal vs actual chart
 *
 * A scatter of formal rank in the hierarchy (x) against influence rank (y, strongest at the top), with
 * the diagonal where the two agree. People far above it are informal leaders.
 */
import type { PersonRow } from '../api/schemas.js';
import { useI18n } from '../i18n/i18n-context.js';

const W = 520;
const H = 360;
const PAD = 40;

export function NominalActualChart({
  people,
  colors,
}: {
  people: readonly PersonRow[];
  colors: ReadonlyMap<number, string>;
}) {
  const { t } = useI18n();
  const ranked = people.filter((p) => p.formalRank !== undefined);
  const maxFormal = Math.max(1, ...ranked.map((p) => p.formalRank!));
  const maxRank = Math.max(1, ...ranked.map((p) => p.rank));
  const x = (v: number) => PAD + ((W - 2 * PAD) * (v - 1)) / Math.max(1, maxFormal - 1);
  const y = (v: number) => PAD + ((H - 2 * PAD) * (v - 1)) / Math.max(1, maxRank - 1);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="chart"
      role="img"
      aria-label={t('leaders.nominalHelp')}
      data-testid="nominal-chart"
    >
      <line x1={x(1)} y1={y(1)} x2={x(maxFormal)} y2={y(maxRank)} stroke="#999" strokeDasharray="4 4" />
      <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} stroke="#333" />
      <line x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} stroke="#333" />
      <text x={W / 2} y={H - 8} textAnchor="middle" className="axis-label">
        {t('leaders.formal')}
      </text>
      <text x={12} y={H / 2} textAnchor="middle" transform={`rotate(-90 12 ${H / 2})`} className="axis-label">
        {t('leaders.rank')}
      </text>
      {ranked.map((p) => (
        <circle
          key={p.id}
          cx={x(p.formalRank!)}
          cy={y(p.rank)}
          r={3}
          fill={colors.get(p.community) ?? '#777'}
          opacity={0.8}
        >
          <title>{`${p.label}: ${t('leaders.formal')} ${p.formalRank}, ${t('leaders.rank')} ${p.rank}`}</title>
        </circle>
      ))}
    </svg>
  );
}
