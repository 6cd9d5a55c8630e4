/**
 * Leaders page
 *
 * The ranked people as a sortable, filterable table with score explanations, or as the "nominal vs
 * actual" view against the formal hierarchy with the informal leaders listed. A period filter shows
 * the leaders of an earlier analysis run.
 */
import { useMemo, useState } from 'react';
import type { PersonRow } from '../api/schemas.js';
import { NominalActualChart } from '../charts/nominal-actual.js';
import { AsyncView, Empty } from '../components/status-message.js';
import { countGroups, createGroupColors } from '../graph/palette.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import { hasRole, useSession } from '../state/session-context.js';
import { useApi } from '../state/use-api.js';
import { api, downloads } from '../api/endpoints.js';
import { loadLeadersOf, PeriodSelect } from './leaders-period.js';
import { LeadersFilters } from './leaders-filters.js';
import {
  defaultDir,
  filterLeaders,
  informalLeaders,
  sortLeaders,
  type LeaderFilter,
  type SortDir,
  type SortKey,
} from './leaders-model.js';
import { LeadersTable } from './leaders-table.js';

const MAX_ROWS = 500;

function NominalView({ people, canOpen }: { people: readonly PersonRow[]; canOpen: boolean }) {
  const { t } = useI18n();
  const colors = useMemo(() => createGroupColors(countGroups(people)), [people]);
  if (!people.some((p) => p.formalRank !== undefined)) return <Empty>{t('leaders.nominalEmpty')}</Empty>;
  const hidden = informalLeaders(people, Math.max(5, Math.round(people.length / 10))).slice(0, 15);
  return (
    <div className="nominal">
      <p className="hint">{t('leaders.nominalHelp')}</p>
      <NominalActualChart people={people} colors={colors} />
      <h2>{t('leaders.hidden')}</h2>
      <ol>
        {hidden.map((p) => (
          <li key={p.id}>
            {canOpen ? <a href={personHref(p.id)}>{p.label}</a> : p.label} — {t('leaders.rank')} {p.rank},{' '}
            {t('leaders.formal')} {p.formalRank}
          </li>
        ))}
      </ol>
    </div>
  );
}

function LeadersView({ people }: { people: readonly PersonRow[] }) {
  const { t } = useI18n();
  const { session } = useSession();
  const [filter, setFilter] = useState<LeaderFilter>({});
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'rank', dir: 'asc' });
  const [view, setView] = useState<'table' | 'nominal'>('table');
  const rows = useMemo(
    () => sortLeaders(filterLeaders(people, filter), sort.key, sort.dir),
    [people, filter, sort],
  );
  const canOpen = hasRole(session.user.role, 'analyst');
  const onSort = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key ? (s.dir === 'asc' ? 'desc' : 'asc') : defaultDir(key) }));
  return (
    <>
      <div className="toolbar" role="group" aria-label={t('leaders.title')}>
        <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
          {t('leaders.viewTable')}
        </button>
        <button type="button" aria-pressed={view === 'nominal'} onClick={() => setView('nominal')}>
          {t('leaders.viewNominal')}
        </button>
        {canOpen && (
          <a className="button" href={downloads.people()} download>
            {t('leaders.downloadCsv')}
          </a>
        )}
      </div>
      <LeadersFilters people={people} filter={filter} onFilter={setFilter} />
      {view === 'nominal' ? (
        <NominalView people={rows} canOpen={canOpen} />
      ) : (
        <>
          <p className="hint" aria-live="polite">
            {t('leaders.count', { shown: Math.min(rows.length, MAX_ROWS), total: people.length })}
          </p>
          <LeadersTable rows={rows.slice(0, MAX_ROWS)} sort={sort} onSort={onSort} canOpen={canOpen} />
        </>
      )}
    </>
  );
}

export function LeadersPage() {
  const { t } = useI18n();
  const [run, setRun] = useState<number | null>(null);
  const runs = useApi(() => api.trends(), []);
  const leaders = useApi(() => loadLeadersOf(run), [run]);
  return (
    <>
      <h1>{t('leaders.title')}</h1>
      {runs.result.state === 'ready' && (
        <PeriodSelect runs={runs.result.data.items} run={run} onRun={setRun} />
      )}
      <AsyncView {...leaders}>
        {(d) =>
          d.people.length === 0 ? <Empty>{t('empty.analysis')}</Empty> : <LeadersView people={d.people} />
        }
      </AsyncView>
    </>
  );
}
