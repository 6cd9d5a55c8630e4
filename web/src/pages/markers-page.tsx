/**
 * Markers page
 *
 * Edit the topic dictionaries and stance targets, test them live on a sentence, save them, and re-run
 * the analysis with its progress shown.
 */
import { useCallback, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Markers } from '../api/schemas-admin.js';
import { JobProgress } from '../components/job-progress.js';
import { AsyncView, ErrorMessage } from '../components/status-message.js';
import { useI18n } from '../i18n/i18n-context.js';
import { hasRole, useSession } from '../state/session-context.js';
import { useApi } from '../state/use-api.js';
import { useJob } from '../state/use-job.js';
import { MarkerEditor } from './marker-editor.js';
import { MarkerTester } from './marker-tester.js';

function MarkersView({ initial }: { initial: Markers }) {
  const { t } = useI18n();
  const { session } = useSession();
  const [markers, setMarkers] = useState(initial);
  const [saved, setSaved] = useState<'idle' | 'saved' | { error: unknown }>('idle');
  const begin = useCallback(() => api.analyse(), []);
  const job = useJob(begin);
  const canEdit = hasRole(session.user.role, 'analyst');
  const save = () =>
    api.saveMarkers(markers).then(
      () => setSaved('saved'),
      (error: unknown) => setSaved({ error }),
    );
  const running = job.job?.state === 'running' || job.job?.state === 'queued';
  return (
    <>
      <div className="toolbar">
        <button type="button" onClick={() => void save()} disabled={!canEdit}>
          {t('markers.save')}
        </button>
        <button type="button" onClick={job.start} disabled={!canEdit || running} data-testid="rerun">
          {t('markers.rerun')}
        </button>
        {saved === 'saved' && <span role="status">{t('markers.saved')}</span>}
      </div>
      {typeof saved === 'object' && <ErrorMessage error={saved.error} />}
      {job.error ? <ErrorMessage error={job.error} /> : <JobProgress job={job.job} />}
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
  const { t } = useI18n();
  const markers = useApi(() => api.markers(), []);
  return (
    <>
      <h1>{t('markers.title')}</h1>
      <AsyncView {...markers}>{(m) => <MarkersView initial={m} />}</AsyncView>
    </>
  );
}
