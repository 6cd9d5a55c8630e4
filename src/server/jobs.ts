/**
 * Jobs
 *
 * Ingest and analysis run in-process, one at a time (the store has one writer), through the injected
 * `JobRunner`. Each job records its progress (phase, done, total) for polling, and its result or error.
 * Finished jobs are kept (the last 50) so a client that polls late still sees the outcome.
 */
import { randomUUID } from 'node:crypto';
import { isAppError } from '../shared/errors.js';
import type { Progress } from '../shared/progress.js';
import type { JobContext, JobRunner } from './types.js';

export type JobKind = 'ingest' | 'analyze';
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobInfo {
  readonly id: string;
  readonly kind: JobKind;
  readonly by: string;
  status: JobStatus;
  progress: { phase: string; done: number; total: number | null; unit: string | null };
  readonly createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  result: unknown;
  error: { code: string; message: string } | null;
}

export interface JobManager {
  start(kind: JobKind, input: unknown, by: string): JobInfo;
  get(id: string): JobInfo | undefined;
  list(): JobInfo[];
  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void>;
}

const KEEP = 50;

function progressOf(job: JobInfo): Progress {
  return {
    start(label, total, unit) {
      job.progress = { phase: label, done: 0, total: total ?? null, unit: unit ?? null };
    },
    update(done) {
      job.progress.done = done;
    },
    stop() {
      if (job.progress.total !== null) job.progress.done = job.progress.total;
    },
  };
}

/** Creates the job manager; `onFinish` runs after each job (e.g. to drop cached analysis views). */
export function createJobManager(
  runnerOf: () => JobRunner,
  optOut: () => (identifier: string) => boolean,
  onFinish: () => void,
): JobManager {
  const jobs = new Map<string, JobInfo>();
  let chain: Promise<void> = Promise.resolve();
  const run = async (job: JobInfo, input: unknown): Promise<void> => {
    job.status = 'running';
    job.startedAt = new Date().toISOString();
    const ctx: JobContext = {
      progress: progressOf(job),
      signal: new AbortController().signal,
      optOut: optOut(),
    };
    try {
      const runner = runnerOf();
      job.result =
        job.kind === 'ingest'
          ? await runner.ingest(input as { paths: string[] }, ctx)
          : await runner.analyze(input as { params: Record<string, unknown> }, ctx);
      job.status = 'done';
    } catch (err) {
      job.status = 'failed';
      job.error = isAppError(err)
        ? { code: err.code, message: err.message }
        : { code: 'INTERNAL', message: 'the job failed; see the server log' };
    } finally {
      job.finishedAt = new Date().toISOString();
      onFinish();
    }
  };
  return {
    start(kind, input, by) {
      const job: JobInfo = {
        id: randomUUID(),
        kind,
        by,
        status: 'queued',
        progress: { phase: 'queued', done: 0, total: null, unit: null },
        createdAt: new Date().toISOString(),
        startedAt: null,
        finishedAt: null,
        result: null,
        error: null,
      };
      jobs.set(job.id, job);
      chain = chain.then(() => run(job, input));
      const finished = [...jobs.values()].filter((j) => j.status === 'done' || j.status === 'failed');
      for (const j of finished.slice(0, Math.max(0, finished.length - KEEP))) jobs.delete(j.id);
      return job;
    },
    get: (id) => jobs.get(id),
    list: () => [...jobs.values()].reverse(),
    idle: () => chain,
  };
}
