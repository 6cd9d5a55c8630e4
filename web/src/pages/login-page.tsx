/**
 * Sign-in page
 *
 * User name and password; on success the session (with its CSRF token) is handed to the app.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints.js';
import { isApiError } from '../api/errors.js';
import type { Session } from '../api/schemas.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { useErrorText } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';

export function LoginPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    api.login(username, password).then(onSignedIn, (e: unknown) => {
      setBusy(false);
      setError(isApiError(e, 'unauthorized') || isApiError(e, 'invalid') ? t('login.failed') : errorText(e));
    });
  };

  return (
    <main className="login" id="main">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <form className="card login-form" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t('login.title')}</h1>
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="state-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
        <p className="hint">{t('login.hint')}</p>
      </form>
    </main>
  );
}
