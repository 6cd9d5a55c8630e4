/**
 * Group legend
 *
 * The colour of each interest group with its size; the largest groups first, the rest summed.
 */
import { useI18n } from '../i18n/i18n-context.js';
import { OTHER_COLOR } from '../graph/palette.js';

const SHOWN = 12;

export function GroupLegend({
  sizes,
  colors,
}: {
  sizes: ReadonlyMap<number, number>;
  colors: ReadonlyMap<number, string>;
}) {
  const { t } = useI18n();
  const ordered = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const rest = ordered.slice(SHOWN).reduce((s, [, size]) => s + size, 0);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('overview.legend')}</h2>
      <ul>
        {ordered.slice(0, SHOWN).map(([id, size]) => (
          <li key={id}>
            <span
              className="swatch"
              style={{ background: colors.get(id) ?? OTHER_COLOR }}
              aria-hidden="true"
            />
            {id < 0 ? t('overview.groupHidden') : t('overview.group', { id })} —{' '}
            {t('overview.members', { count: size })}
          </li>
        ))}
        {rest > 0 && (
          <li>
            <span className="swatch" style={{ background: OTHER_COLOR }} aria-hidden="true" />…{' '}
            {t('overview.members', { count: rest })}
          </li>
        )}
      </ul>
    </section>
  );
}
