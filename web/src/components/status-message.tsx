/**
 * Loading, error and empty states
 *
 * What a page shows while waiting, when a request failed (with what to do about it and a retry), or
 * when there is nothing yet. Errors are announced to screen readers.
 */
import type { ReactNode } from 'react';
import { isApiError } from '../api/errors.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Loadable } from '../state/use-api.js';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state" role="status" aria-live="polite">
      {t('state.loading')}
    </p>
  );
}

/** The user-facing explanation of an error, by kind. */
export function useErrorText(): (error: unknown) => string {
  const { t, lang } = useI18n();
  return (error) => {
    if (!isApiError(error)) return t('error.server', { message: String(error) });
    // NOTE: the server says "no analysis yet" with a plain NOT_FOUND; tell the user how to get one.
    if (error.kind === 'not-found' && /no analysis/i.test(error.message)) return t('empty.analysis');
    const message = lang === 'ru' && error.messageRu ? error.messageRu : error.message;
    return t(`error.${error.kind}` as MessageKey, { message });
  };
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = useErrorText()(error);
  return (
    <div className="state state-error" role="alert">
      <p>{text}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** Renders `children(data)` when ready, else the loading or error state. */
export function AsyncView<T>(props: {
  result: Loadable<T>;
  reload?: () => void;
  children: (data: T) => ReactNode;
}) {
  const { result } = props;
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ErrorMessage error={result.error} onRetry={props.reload} />;
  return <>{props.children(result.data)}</>;
}
