/**
 * Groups page
 *
 * Each interest group with its keywords, topic mix, stance, leaders and bridges, and department
 * composition; then the groups over the analysis runs: splits, merges, new and dissolved groups.
 */
import { useMemo } from 'react';
import type { Trends } from '../api/schemas.js';
import { BarList, itemsOf } from '../charts/bar-list.js';
import { StanceBars } from '../charts/stance-bars.js';
import { AsyncView, Empty } from '../components/status-message.js';
import { createGroupColors, OTHER_COLOR } from '../graph/palette.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import { hasRole, useSession } from '../state/session-context.js';
import { useApi } from '../state/use-api.js';
import { loadGroups, type GroupView, type RunChanges } from './groups-model.js';

/** The server's key for departments under the minimum group size (or unknown). */
const OTHER_KEY = '—';

function PeopleList({ people }: { people: readonly { id: string; label: string }[] }) {
  const { t } = useI18n();
  const { session } = useSession();
  const canOpen = hasRole(session.user.role, 'analyst');
  if (people.length === 0) return <p className="hint">{t('person.none')}</p>;
  return (
    <ul className="inline-list">
      {people.map((p) => (
        <li key={p.id}>{canOpen ? <a href={personHref(p.id)}>{p.label}</a> : p.label}</li>
      ))}
    </ul>
  );
}

function GroupCard({ view, color }: { view: GroupView; color: string }) {
  const { t } = useI18n();
  const { group } = view;
  const departments = (view.departments ?? []).map((d) => ({
    key: d.key === OTHER_KEY ? t('person.otherUnits') : d.key,
    value: d.count,
  }));
  return (
    <section className="card group-card" aria-labelledby={`group-${group.id}`} data-testid="group-card">
      <h2 id={`group-${group.id}`}>
        <span className="swatch" style={{ background: color }} aria-hidden="true" />
        {group.label ?? t('overview.group', { id: group.id })} ·{' '}
        {t('overview.members', { count: group.size })}
      </h2>
      <h3>{t('groups.keywords')}</h3>
      <p className="keywords">{group.keywords.length ? group.keywords.join(', ') : '—'}</p>
      <div className="two-col">
        <div>
          <h3>{t('groups.topics')}</h3>
          <BarList items={itemsOf(group.topics, 6)} percent label={t('groups.topics')} />
        </div>
        <div>
          <h3>{t('groups.departments')}</h3>
          <BarList items={departments.slice(0, 6)} label={t('groups.departments')} />
        </div>
      </div>
      <h3>{t('groups.stance')}</h3>
      {Object.keys(group.stance).length ? (
        <StanceBars stance={group.stance} />
      ) : (
        <p className="hint">{t('person.noStance')}</p>
      )}
      <h3>{t('groups.leaders')}</h3>
      <PeopleList people={group.leaders} />
      <h3>{t('groups.bridges')}</h3>
      <PeopleList people={view.bridges} />
    </section>
  );
}

function Runs({ runs }: { runs: Trends['items'] }) {
  const { t, n, lang } = useI18n();
  const num = (v: number | null, d = 0) => (v === null ? '—' : n(v, d));
  return (
    <>
      <table className="data-table" data-testid="runs">
        <caption className="sr-only">{t('groups.runs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.run')}</th>
            <th scope="col">{t('groups.date')}</th>
            <th scope="col">{t('groups.people')}</th>
            <th scope="col">{t('groups.ties')}</th>
            <th scope="col">{t('groups.count')}</th>
            <th scope="col">{t('groups.modularity')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.run}>
              <td className="num">{r.run}</td>
              <td>
                {new Date(r.createdAt).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: 'UTC' })}
              </td>
              <td className="num">{num(r.people)}</td>
              <td className="num">{num(r.edges)}</td>
              <td className="num">{num(r.communities)}</td>
              <td className="num">{num(r.modularity, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {runs.length < 2 && <p className="hint">{t('groups.historyEmpty')}</p>}
    </>
  );
}

function ChangeLine({ change }: { change: RunChanges['changes'][number] }) {
  const { t } = useI18n();
  const from = change.from.join(', ');
  const to = change.to.join(', ');
  return <li data-kind={change.kind}>{t(`groups.change.${change.kind}`, { from, to })}</li>;
}

export function GroupHistoryView({ history }: { history: readonly RunChanges[] }) {
  const { t } = useI18n();
  if (history.length === 0) return null;
  return (
    <div data-testid="group-history">
      {history.map((r) => (
        <section key={r.run} aria-label={t('groups.changesIn', { run: r.run })}>
          <h3>{t('groups.changesIn', { run: r.run })}</h3>
          <ul>
            {r.changes.map((c) => (
              <ChangeLine key={`${c.kind}:${c.from.join()}:${c.to.join()}`} change={c} />
            ))}
          </ul>
          <p className="hint">{t('groups.continued', { count: r.continued })}</p>
        </section>
      ))}
    </div>
  );
}

function GroupsView({ data }: { data: Awaited<ReturnType<typeof loadGroups>> }) {
  const { t } = useI18n();
  const colors = useMemo(
    () => createGroupColors(new Map(data.groups.map((g) => [g.group.id, g.group.size]))),
    [data],
  );
  if (data.groups.length === 0) return <Empty>{t('empty.analysis')}</Empty>;
  return (
    <>
      {data.suppressed > 0 && <p className="hint">{t('groups.suppressed', { count: data.suppressed })}</p>}
      <div className="grid-2">
        {[...data.groups]
          .sort((a, b) => b.group.size - a.group.size)
          .map((g) => (
            <GroupCard key={g.group.id} view={g} color={colors.get(g.group.id) ?? OTHER_COLOR} />
          ))}
      </div>
      <h2>{t('groups.history')}</h2>
      <Runs runs={data.runs} />
      <GroupHistoryView history={data.history} />
    </>
  );
}

export function GroupsPage() {
  const { t } = useI18n();
  const groups = useApi(() => loadGroups(), []);
  return (
    <>
      <h1>{t('groups.title')}</h1>
      <AsyncView {...groups}>{(d) => <GroupsView data={d} />}</AsyncView>
    </>
  );
}
