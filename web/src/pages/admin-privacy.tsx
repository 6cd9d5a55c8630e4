/**
 * Privacy settings and opt-out list
 *
 * Edit the workspace's privacy settings and the opt-out list (one identifier a line).
 */
import { useState, type FormEvent } from 'react';
import { api } from '../api/endpoints.js';
import type { PrivacySettings } from '../api/schemas-admin.js';
import { AsyncView, ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../state/use-api.js';
import { parseTerms } from './marker-editor.js';

type SaveState = 'idle' | 'saved' | { error: unknown };

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  if (state === 'idle') return null;
  if (state === 'saved') return <span role="status">{t('admin.saved')}</span>;
  return <ErrorMessage error={state.error} />;
}

function SettingsForm({ initial }: { initial: PrivacySettings }) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  const [state, setState] = useState<SaveState>('idle');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // NOTE: the server refuses unknown keys; send exactly the editable settings.
    const { pseudonymize, minGroupSize, retainText, retentionDays, purpose, legalBasis } = v;
    api.savePrivacy({ pseudonymize, minGroupSize, retainText, retentionDays, purpose, legalBasis }).then(
      (next) => (setV(next), setState('saved')),
      (error: unknown) => setState({ error }),
    );
  };
  return (
    <form onSubmit={submit} className="settings-form">
      <label className="check">
        <input
          type="checkbox"
          checked={v.pseudonymize}
          onChange={(e) => setV({ ...v, pseudonymize: e.target.checked })}
        />
        {t('admin.pseudonymize')}
      </label>
      <label>
        {t('admin.minGroupSize')}
        <input
          type="number"
          min={1}
          value={v.minGroupSize}
          onChange={(e) => setV({ ...v, minGroupSize: Number(e.target.value) })}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={v.retainText}
          onChange={(e) => setV({ ...v, retainText: e.target.checked })}
        />
        {t('admin.retainText')}
      </label>
      <label>
        {t('admin.retentionDays')}
        <input
          type="number"
          min={1}
          value={v.retentionDays ?? ''}
          onChange={(e) => setV({ ...v, retentionDays: e.target.value ? Number(e.target.value) : null })}
        />
      </label>
      <label>
        {t('admin.purpose')}
        <textarea rows={2} value={v.purpose} onChange={(e) => setV({ ...v, purpose: e.target.value })} />
      </label>
      <label>
        {t('admin.legalBasis')}
        <input value={v.legalBasis} onChange={(e) => setV({ ...v, legalBasis: e.target.value })} />
      </label>
      <button type="submit">{t('admin.save')}</button>
      <SaveStatus state={state} />
    </form>
  );
}

function OptOutForm({ initial }: { initial: readonly string[] }) {
  const { t } = useI18n();
  const [text, setText] = useState(initial.join('\n'));
  const [state, setState] = useState<SaveState>('idle');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    api.savePrivacy({ optOut: parseTerms(text) }).then(
      (r) => (setText(r.optOut.join('\n')), setState('saved')),
      (error: unknown) => setState({ error }),
    );
  };
  return (
    <form onSubmit={submit}>
      <label>
        {t('admin.optOut')}
        <textarea
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="optout-hint"
        />
      </label>
      <p id="optout-hint" className="hint">
        {t('admin.optOutHint')}
      </p>
      <button type="submit">{t('admin.save')}</button>
      <SaveStatus state={state} />
    </form>
  );
}

export function PrivacySection() {
  const { t } = useI18n();
  const settings = useApi(() => api.privacy(), []);
  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('admin.settings')}</h2>
      <AsyncView {...settings}>
        {(s) => (
          <>
            <SettingsForm initial={s} />
            <h2>{t('admin.optOut')}</h2>
            <OptOutForm initial={s.optOut} />
          </>
        )}
      </AsyncView>
    </section>
  );
}
