/**
 * Markers page
 *
 * Edit the topic dictionaries and stance targets, test them live on a sentence, save them into the
 * workspace's marker files, and re-run the analysis (with its progress shown) so they apply.
 */
import { useCallback, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Markers } from '../api/schemas-admin.js';
import { JobProgress } from '../components/job-progress.js';
import { AsyncView, ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { hasRole, useSession } from '../state/session-context.js';
import { clearSharedData } from '../state/shared-data.js';
import { useApi } from '../state/use-api.js';
import { useJob } from '../state/use-job.js';
import { MarkerEditor } from './marker-editor.js';
import { MarkerTester } from './marker-tester.js';

function Rerun() {
  const { t } = useI18n();
  const { session } = useSession();
  const begin = useCallback(() => api.analyse(), []);
  const job = useJob(begin, clearSharedData);
  const running = job.job?.state === 'running' || job.job?.state === 'queued';
  return (
    <section className="card" aria-labelledby="rerun-title">
      <h2 id="rerun-title">{t('markers.rerun')}</h2>
      <button
        type="button"
        onClick={job.start}
        disabled={!hasRole(session.user.role, 'analyst') || running}
        data-testid="rerun"
      >
        {t('markers.rerun')}
      </button>
      {job.error ? <ErrorMessage error={job.error} /> : <JobProgress job={job.job} />}
    </section>
  );
}

function MarkersView({ initial }: { initial: Markers }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const [markers, setMarkers] = useState(initial);
  const [saved, setSaved] = useState<'idle' | 'saved' | { error: unknown }>('idle');
  const save = () =>
    api.saveMarkers(markers, lang).then(
      (next) => (setMarkers(next), setSaved('saved')),
      (error: unknown) => setSaved({ error }),
    );
  return (
    <>
      <div className="toolbar">
        <button
          type="button"
          onClick={() => void save()}
          disabled={!hasRole(session.user.role, 'analyst')}
          data-testid="save-markers"
        >
          {t('markers.save')}
        </button>
        {saved === 'saved' && <span role="status">{t('markers.saved')}</span>}
      </div>
      {typeof saved === 'object' && <ErrorMessage error={saved.error} />}
      <MarkerTester markers={markers} />
      <div className="grid-2">
        <MarkerEditor
          title={t('markers.topics')}
          entries={markers.topics}
          onChange={(topics) => setMarkers({ ...markers, topics })}
        />
        <MarkerEditor
          title={t('markers.targets')}
          entries={markers.targets}
          onChange={(targets) => setMarkers({ ...markers, targets })}
        />
      </div>
    </>
  );
}

export function MarkersPage() {
  const { t, lang } = useI18n();
  const markers = useApi(() => api.markers(lang), [lang]);
  return (
    <>
      <h1>{t('markers.title')}</h1>
      <Rerun />
      <AsyncView {...markers}>{(m) => <MarkersView key={lang} initial={m} />}</AsyncView>
      <p className="hint">{t('markers.savedWhere')}</p>
    </>
  );
}
