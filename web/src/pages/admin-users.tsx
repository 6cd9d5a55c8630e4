/**
 * Users, roles and the audit log
 *
 * List, add and remove users; read the latest audit log entries.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints.js';
import { roleSchema, type Role } from '../api/schemas.js';
import { AsyncView, ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../state/use-api.js';

function AddUser({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    api.addUser(username, password, role).then(() => (setUsername(''), setPassword(''), onAdded()), setError);
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label>
        {t('admin.username')}
        <input required value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
      </label>
      <label>
        {t('admin.password')}
        <input
          required
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
      </label>
      <label>
        {t('admin.role')}
        <select value={role} onChange={(e) => setRole(roleSchema.parse(e.target.value))}>
          {roleSchema.options.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('admin.addUser')}</button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

export function UsersSection() {
  const { t } = useI18n();
  const users = useApi(() => api.users(), []);
  const remove = (name: string) => void api.removeUser(name).then(users.reload, users.reload);
  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users')}</h2>
      <AsyncView {...users}>
        {(d) => (
          <ul className="user-list">
            {d.items.map((u) => (
              <li key={u.username}>
                {u.username} — {t(`role.${u.role}`)}{' '}
                <button type="button" className="secondary" onClick={() => remove(u.username)}>
                  {t('admin.removeUser', { user: u.username })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </AsyncView>
      <AddUser onAdded={users.reload} />
    </section>
  );
}

export function AuditSection() {
  const { t } = useI18n();
  const audit = useApi(() => api.audit(200), []);
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('admin.audit')}</h2>
      <AsyncView {...audit}>
        {(d) => (
          <table className="data-table" data-testid="audit">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('admin.time')}</th>
                <th scope="col">{t('admin.actor')}</th>
                <th scope="col">{t('admin.action')}</th>
                <th scope="col">{t('admin.target')}</th>
              </tr>
            </thead>
            <tbody>
              {d.items.map((e) => (
                <tr key={e.seq}>
                  <td className="num">{e.seq}</td>
                  <td>{e.time}</td>
                  <td>
                    {e.actor} ({e.role})
                  </td>
                  <td>{e.action}</td>
                  <td>{e.target}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncView>
    </section>
  );
}
