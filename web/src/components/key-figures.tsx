/**
 * Key figures
 *
 * People, messages per channel and the period covered (from `GET /api/status`), and the latest
 * analysis run's people, ties, groups and modularity (from `GET /api/trends`).
 */
import { api } from '../api/endpoints.js';
import type { Status, Trends } from '../api/schemas.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatDate } from '../i18n/i18n.js';

export interface Figures {
  readonly status: Status;
  readonly latest: Trends['items'][number] | null;
  readonly runs: number;
}

/** Loads both sources. */
export async function loadFigures(): Promise<Figures> {
  const [status, trends] = await Promise.all([api.status(), api.trends()]);
  return { status, latest: trends.items.at(-1) ?? null, runs: trends.items.length };
}

function Figure({
  label,
  value,
  testId,
  children,
}: {
  label: string;
  value: string;
  testId?: string;
  children?: React.ReactNode;
}) {
  return (
    <dl className="figure">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
      {children}
    </dl>
  );
}

export function KeyFigures({ figures }: { figures: Figures }) {
  const { t, n, lang } = useI18n();
  const { status, latest } = figures;
  const people = status.people;
  const total = status.messagesByChannel.reduce((s, c) => s + c.messages, 0);
  const period = status.period
    ? `${formatDate(lang, status.period.from)} – ${formatDate(lang, status.period.to)}`
    : null;
  return (
    <section className="figures" aria-label={t('overview.figures')}>
      <Figure label={t('overview.people')} value={n(people)} testId="figure-people" />
      <Figure label={t('overview.messages')} value={n(total)} testId="figure-messages">
        {status.messagesByChannel.map((c) => (
          <dd key={c.channel} className="figure-sub">
            {c.channel}: {n(c.messages)}
          </dd>
        ))}
      </Figure>
      {period && <Figure label={t('overview.period')} value={period} />}
      {latest?.edges != null && <Figure label={t('overview.ties')} value={n(latest.edges)} />}
      {latest?.communities != null && <Figure label={t('overview.groups')} value={n(latest.communities)} />}
      {latest?.modularity != null && (
        <Figure label={t('overview.modularity')} value={n(latest.modularity, 2)} />
      )}
      <Figure label={t('overview.runs')} value={n(figures.runs)} />
    </section>
  );
}
