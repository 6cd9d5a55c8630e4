/**
 * Stance bars
 *
 * One diverging bar per stance target, from −1 (against) to +1 (for), with the mention counts behind it.
 */
import type { Stance } from '../api/schemas-detail.js';
import { useI18n } from '../i18n/i18n-context.js';

export function stanceWord(score: number): 'stance.positive' | 'stance.negative' | 'stance.neutral' {
  if (score > 0.1) return 'stance.positive';
  if (score < -0.1) return 'stance.negative';
  return 'stance.neutral';
}

export function StanceBars({ stance }: { stance: Stance }) {
  const { t, n } = useI18n();
  const entries = Object.entries(stance).sort((a, b) => b[1].mentions - a[1].mentions);
  if (entries.length === 0) return <p className="hint">{t('person.none')}</p>;
  return (
    <table className="data-table stance-table">
      <thead>
        <tr>
          <th scope="col">{t('stance.target')}</th>
          <th scope="col">{t('stance.score')}</th>
          <th scope="col" className="sr-only">
            {t('stance.score')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([target, s]) => {
          const clamped = Math.max(-1, Math.min(1, s.score));
          const counts = [
            s.positive !== undefined && `+${s.positive}`,
            s.negative !== undefined && `−${s.negative}`,
          ]
            .filter(Boolean)
            .join(' / ');
          return (
            <tr key={target}>
              <th scope="row">{target}</th>
              <td className="stance-cell">
                <span className="stance-track" aria-hidden="true">
                  <span
                    className={clamped >= 0 ? 'stance-pos' : 'stance-neg'}
                    style={
                      clamped >= 0
                        ? { left: '50%', width: `${50 * clamped}%` }
                        : { right: '50%', width: `${-50 * clamped}%` }
                    }
                  />
                </span>
              </td>
              <td>
                {t(stanceWord(clamped))} {n(clamped, 2)} · {t('stance.mentions', { count: s.mentions })}
                {counts && ` (${counts})`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
