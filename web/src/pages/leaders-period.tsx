/**
 * Leaders period filter
 *
 * Each analysis run covers a period; picking an earlier run shows the leaders of that period
 * (`GET /api/leaders?run=ID`). The latest run is the default and comes from the shared cache.
 */
import { api } from '../api/endpoints.js';
import type { Trends } from '../api/schemas.js';
import { useI18n } from '../i18n/i18n-context.js';
import { formatDate, type Lang } from '../i18n/i18n.js';
import { leaders as sharedLeaders } from '../state/shared-data.js';

type Run = Trends['items'][number];

/** "12.01.2026 – 11.02.2026" for a run with a period, else the date it was made. */
export function runLabel(run: Run, lang: Lang): string {
  return run.period
    ? `${formatDate(lang, run.period.from)} – ${formatDate(lang, run.period.to)}`
    : formatDate(lang, Date.parse(run.createdAt));
}

/** The leaders of `run` (null: the latest run). */
export function loadLeadersOf(run: number | null) {
  return run === null ? sharedLeaders.get() : api.leadersOfRun(run);
}

export function PeriodSelect({
  runs,
  run,
  onRun,
}: {
  runs: readonly Run[];
  run: number | null;
  onRun: (run: number | null) => void;
}) {
  const { t, lang } = useI18n();
  if (runs.length < 2) return null;
  const latest = runs[runs.length - 1];
  return (
    <label className="period-select">
      {t('leaders.period')}
      <select
        value={run ?? ''}
        data-testid="leaders-period"
        onChange={(e) => onRun(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{t('leaders.periodLatest', { period: runLabel(latest, lang) })}</option>
        {runs
          .slice(0, -1)
          .reverse()
          .map((r) => (
            <option key={r.run} value={r.run}>
              {t('leaders.periodRun', { run: r.run, period: runLabel(r, lang) })}
            </option>
          ))}
      </select>
    </label>
  );
}
