/**
 * App root
 *
 * Checks the session, shows the sign-in form when there is none, otherwise the shell with the page the
 * hash route names.
 */
import { useCallback, useEffect, useState } from 'react';
import { setCsrfToken } from './api/client.js';
import { api } from './api/endpoints.js';
import { isApiError } from './api/errors.js';
import type { Session } from './api/schemas.js';
import { ErrorMessage, Loading } from './components/status-message.js';
import { Shell } from './components/shell.js';
import { I18nProvider } from './i18n/i18n-context.js';
import { LoginPage } from './pages/login-page.js';
import { SessionContext } from './state/session-context.js';
import { clearSharedData } from './state/shared-data.js';

type SessionState =
  | { state: 'checking' }
  | { state: 'out' }
  | { state: 'in'; session: Session }
  | { state: 'error'; error: unknown };

function useSessionState() {
  const [state, setState] = useState<SessionState>({ state: 'checking' });
  const signIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setState({ state: 'in', session });
  }, []);
  const check = useCallback(() => {
    setState({ state: 'checking' });
    api
      .session()
      .then(signIn, (error: unknown) =>
        setState(isApiError(error, 'unauthorized') ? { state: 'out' } : { state: 'error', error }),
      );
  }, [signIn]);
  const logout = useCallback(() => {
    void api.logout().finally(() => {
      setCsrfToken(undefined);
      clearSharedData();
      setState({ state: 'out' });
    });
  }, []);
  useEffect(check, [check]);
  return { state, signIn, check, logout };
}

function Root() {
  const { state, signIn, check, logout } = useSessionState();
  if (state.state === 'checking') return <Loading />;
  if (state.state === 'error') return <ErrorMessage error={state.error} onRetry={check} />;
  if (state.state === 'out') return <LoginPage onSignedIn={signIn} />;
  return (
    <SessionContext.Provider value={{ session: state.session, logout }}>
      <Shell />
    </SessionContext.Provider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Root />
    </I18nProvider>
  );
}
