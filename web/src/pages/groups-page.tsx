/**
 * Groups page
 *
 * Each interest group with its keywords, topic mix, stance, leaders and bridges, and department
 * composition; then how groups split and merged over time.
 */
import { useMemo } from 'react';
import { api } from '../api/endpoints.js';
import type { Group, GroupEvent } from '../api/schemas-detail.js';
import { BarList, itemsOf } from '../charts/bar-list.js';
import { StanceBars } from '../charts/stance-bars.js';
import { AsyncView, Empty } from '../components/status-message.js';
import { createGroupColors, OTHER_COLOR } from '../graph/palette.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import { hasRole, useSession } from '../state/session-context.js';
import { useApi } from '../state/use-api.js';

function PeopleList({ people }: { people: Group['leaders'] }) {
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

function GroupCard({ group, color }: { group: Group; color: string }) {
  const { t } = useI18n();
  const departments = group.departments.map((d) => ({ key: d.key, value: d.count }));
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
      <StanceBars stance={group.stance} />
      <h3>{t('groups.leaders')}</h3>
      <PeopleList people={group.leaders} />
      <h3>{t('groups.bridges')}</h3>
      <PeopleList people={group.bridges} />
    </section>
  );
}

function History({ events }: { events: readonly GroupEvent[] }) {
  const { t } = useI18n();
  if (events.length === 0) return <Empty>{t('groups.historyEmpty')}</Empty>;
  return (
    <ol className="history">
      {events.map((e, i) => (
        <li key={i} className={`event-${e.kind}`}>
          {t(`groups.event.${e.kind}` as MessageKey, {
            period: e.period,
            from: e.from.join(', '),
            to: e.to.join(', '),
          })}
        </li>
      ))}
    </ol>
  );
}

function GroupsView({
  groups,
  history,
  suppressed,
}: {
  groups: readonly Group[];
  history: readonly GroupEvent[];
  suppressed?: number | undefined;
}) {
  const { t } = useI18n();
  const colors = useMemo(() => createGroupColors(new Map(groups.map((g) => [g.id, g.size]))), [groups]);
  if (groups.length === 0) return <Empty>{t('empty.analysis')}</Empty>;
  return (
    <>
      {suppressed ? <p className="hint">{t('groups.suppressed', { count: suppressed })}</p> : null}
      <div className="grid-2">
        {[...groups]
          .sort((a, b) => b.size - a.size)
          .map((g) => (
            <GroupCard key={g.id} group={g} color={colors.get(g.id) ?? OTHER_COLOR} />
          ))}
      </div>
      <h2>{t('groups.history')}</h2>
      <History events={history} />
    </>
  );
}

export function GroupsPage() {
  const { t } = useI18n();
  const groups = useApi(() => api.groups(), []);
  return (
    <>
      <h1>{t('groups.title')}</h1>
      <AsyncView {...groups}>
        {(d) => <GroupsView groups={d.groups} history={d.history} suppressed={d.suppressedGroups} />}
      </AsyncView>
    </>
  );
}
