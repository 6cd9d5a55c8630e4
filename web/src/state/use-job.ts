/**
 * Background job hook
 *
 * Starts a long job (analysis) and polls its progress until it is done or failed, so pages can show a
 * progress bar. Polling stops when the component goes away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { Job } from '../api/schemas-admin.js';

const POLL_MS = 700;

export interface JobState {
  readonly job: Job | null;
  readonly error: unknown;
  readonly start: () => void;
}

export function useJob(begin: () => Promise<Job>, onDone?: () => void): JobState {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<number | undefined>(undefined);
  const done = useRef(onDone);
  done.current = onDone;

  const poll = useCallback((id: string) => {
    timer.current = window.setTimeout(() => {
      api.job(id).then(
        (next) => {
          setJob(next);
          if (next.state === 'done') done.current?.();
          else if (next.state !== 'failed') poll(id);
        },
        (e: unknown) => setError(e),
      );
    }, POLL_MS);
  }, []);

  const start = useCallback(() => {
    setError(null);
    begin().then(
      (first) => {
        setJob(first);
        if (first.state === 'done') done.current?.();
        else if (first.state !== 'failed') poll(first.id);
      },
      (e: unknown) => setError(e),
    );
  }, [begin, poll]);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { job, error, start };
}
