/**
 * Person page sections
 *
 * The parts of a person's communication map: top contacts, spheres, and change since the last period.
 */
import { BarList } from '../charts/bar-list.js';
import { useI18n } from '../i18n/i18n-context.js';
import { personHref } from '../state/route.js';
import type { PersonView } from './person-model.js';

export function Contacts({ contacts }: { contacts: PersonView['contacts'] }) {
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

/** The server's key for departments and groups too small (under k) or unknown to name. */
const OTHER_KEY = '—';

export function Spheres({ spheres }: { spheres: PersonView['spheres'] }) {
  const { t } = useI18n();
  const other = t('person.otherUnits');
  const groups = spheres.groups.map((g) => ({
    key: g.key === OTHER_KEY ? other : t('overview.group', { id: g.key }),
    value: g.count,
  }));
  const departments = spheres.departments.map((d) => ({
    key: d.key === OTHER_KEY ? other : d.key,
    value: d.count,
  }));
  return (
    <div className="two-col">
      <div>
        <h3>{t('person.departments')}</h3>
        <BarList items={departments.slice(0, 8)} percent label={t('person.departments')} />
      </div>
      <div>
        <h3>{t('person.groups')}</h3>
        <BarList items={groups.slice(0, 8)} percent label={t('person.groups')} />
      </div>
    </div>
  );
}

export function Change({ change }: { change: PersonView['change'] }) {
  const { t, n } = useI18n();
  if (!change) return <p className="hint">{t('person.noChange')}</p>;
  const arrow = (now: number, before: number) =>
    now >= before ? <span className="up">▲</span> : <span className="down">▼</span>;
  return (
    <ul className="change">
      <li>
        {arrow(change.current.contacts, change.previous.contacts)}{' '}
        {t('person.contactsNow', { now: change.current.contacts, before: change.previous.contacts })}
      </li>
      <li>
        {arrow(change.current.weight, change.previous.weight)}{' '}
        {t('person.weightNow', { now: n(change.current.weight, 1), before: n(change.previous.weight, 1) })}
      </li>
      <li>{t('person.gained', { count: change.newContacts.length })}</li>
      <li>{t('person.lost', { count: change.lostContacts.length })}</li>
      <li className="hint">{t('person.periodDays', { days: change.periodDays })}</li>
    </ul>
  );
}
