/**
 * Job runners
 *
 * The runner used when none is configured: every job fails with a clear error instead of pretending
 * to work. `serve` passes the real runner (ingest + analysis stages).
 */
import { InputError } from '../shared/errors.js';
import type { JobRunner } from './types.js';

function unavailable(kind: string): Promise<never> {
  return Promise.reject(
    new InputError(`server/jobs: ${kind} jobs are not available in this server (no job runner configured)`, {
      code: 'JOBS_UNAVAILABLE',
    }),
  );
}

/** A runner whose jobs fail with JOBS_UNAVAILABLE. */
export const unavailableJobRunner: JobRunner = {
  ingest: () => unavailable('ingest'),
  analyze: () => unavailable('analyze'),
};
