/**
 * Person page sections
 *
 * The parts of a person's communication map: top contacts, spheres, and change since the last period.
 */
import type { PersonMap } from '../api/schemas-detail.js';
import { BarList } from '../charts/bar-list.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';

export function Contacts({ contacts }: { contacts: PersonMap['contacts'] }) {
  const { t, n } = useI18n();
  if (contacts.length === 0) return <p className="hint">{t('person.none')}</p>;
  return (
    <table className="data-table" data-testid="contacts">
      <thead>
        <tr>
          <th scope="col">{t('person.contact')}</th>
          <th scope="col">{t('person.weight')}</th>
          <th scope="col">{t('person.messages')}</th>
        </tr>
      </thead>
      <tbody>
        {contacts.slice(0, 15).map((c) => (
          <tr key={c.id}>
            <td>
              <a href={personHref(c.id)}>{c.label}</a>
            </td>
            <td className="num">{n(c.weight, 1)}</td>
            <td className="num">{c.messages === undefined ? '—' : n(c.messages)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Spheres({ spheres }: { spheres: PersonMap['spheres'] }) {
  const { t } = useI18n();
  if (!spheres) return <p className="hint">{t('person.none')}</p>;
  const groups = spheres.groups.map((g) => ({ key: t('overview.group', { id: g.key }), value: g.count }));
  const departments = spheres.departments.map((d) => ({ key: d.key, value: d.count }));
  return (
    <div className="two-col">
      <div>
        <h3>{t('person.departments')}</h3>
        <BarList items={departments} percent label={t('person.departments')} />
      </div>
      <div>
        <h3>{t('person.groups')}</h3>
        <BarList items={groups} percent label={t('person.groups')} />
      </div>
    </div>
  );
}

export function Change({ map }: { map: PersonMap }) {
  const { t } = useI18n();
  const change = map.change;
  if (!change || change.previousRank === undefined || change.previousRank === null) {
    return <p className="hint">{t('person.noChange')}</p>;
  }
  const delta = change.previousRank - map.person.rank;
  return (
    <ul className="change">
      <li>{t('person.rankNow', { rank: map.person.rank })}</li>
      <li>
        {t('person.rankBefore', { rank: change.previousRank })}{' '}
        <span className={delta >= 0 ? 'up' : 'down'}>{delta >= 0 ? `▲ ${delta}` : `▼ ${-delta}`}</span>
      </li>
      {change.contactsGained !== undefined && <li>{t('person.gained', { count: change.contactsGained })}</li>}
      {change.contactsLost !== undefined && <li>{t('person.lost', { count: change.contactsLost })}</li>}
    </ul>
  );
}
