/**
 * Runs ingest-worker.ts as a child process and watches its progress lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { WorkerArgs } from './ingest-worker.js';

const WORKER = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));

export interface WorkerRun {
  readonly child: ChildProcess;
  /** Resolves with the exit code and the final `done` line (if any). */
  readonly exited: Promise<{
    code: number | null;
    signal: string | null;
    done: string | null;
    stderr: string;
  }>;
  /** Resolves once the worker has reported `n` committed batches. */
  batches(n: number): Promise<void>;
}

export function runWorker(args: WorkerArgs): WorkerRun {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(args)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let seen = 0;
  let done: string | null = null;
  let stderr = '';
  const waiters: { n: number; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (line.startsWith('batch ')) seen = Number(line.slice(6));
      if (line.startsWith('done ')) done = line;
    }
    for (const w of waiters.filter((x) => x.n <= seen)) w.resolve();
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<{
    code: number | null;
    signal: string | null;
    done: string | null;
    stderr: string;
  }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, done, stderr })));
  return {
    child,
    exited,
    batches: (n) =>
      new Promise<void>((resolve, reject) => {
        if (seen >= n) return resolve();
        waiters.push({ n, resolve });
        void exited.then(() =>
          reject(new Error(`worker exited after ${seen} batches: ${stderr.slice(-500)}`)),
        );
      }),
  };
}
