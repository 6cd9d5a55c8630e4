/**
 * Key figures
 *
 * People, messages per channel and the period covered, from the store status.
 */
import type { Status } from '../api/schemas.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatDate } from '../i18n/i18n.js';

export function KeyFigures({ status }: { status: Status }) {
  const { t, n, lang } = useI18n();
  const total = status.messagesByChannel.reduce((s, c) => s + c.messages, 0);
  const period = status.period
    ? `${formatDate(lang, status.period.from)} – ${formatDate(lang, status.period.to)}`
    : '—';
  return (
    <section className="figures" aria-label={t('overview.title')}>
      <dl className="figure">
        <dt>{t('overview.people')}</dt>
        <dd data-testid="figure-people">{n(status.people)}</dd>
      </dl>
      <dl className="figure">
        <dt>{t('overview.messages')}</dt>
        <dd>{n(total)}</dd>
        {status.messagesByChannel.map((c) => (
          <dd key={c.channel} className="figure-sub">
            {c.channel}: {n(c.messages)}
          </dd>
        ))}
      </dl>
      <dl className="figure">
        <dt>{t('overview.period')}</dt>
        <dd>{period}</dd>
      </dl>
      <dl className="figure">
        <dt>{t('overview.runs')}</dt>
        <dd>{n(status.analysisRuns)}</dd>
      </dl>
    </section>
  );
}
