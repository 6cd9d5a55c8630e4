/**
 * Job progress
 *
 * A labelled progress bar for a running job, then "finished" or the failure with its reason.
 */
import type { Job } from '../api/schemas-admin.js';
import { useI18n } from '../i18n/i18n-context.js';

export function JobProgress({ job }: { job: Job | null }) {
  const { t } = useI18n();
  if (!job) return null;
  if (job.state === 'failed') {
    return (
      <p className="state-error" role="alert">
        {t('markers.failed', { error: job.error ?? '?' })}
      </p>
    );
  }
  if (job.state === 'done') {
    return (
      <p role="status" data-testid="job-done">
        {t('markers.done')}
      </p>
    );
  }
  const percent = Math.round(job.progress * 100);
  const label = t('markers.running', { stage: job.stage ?? '', percent });
  return (
    <div role="status" aria-live="polite" className="job">
      <progress max={100} value={percent} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
