/**
 * Mail parser pool
 *
 * Parses raw mail items on worker threads while the main thread keeps splitting input and writing to
 * the store. Items are sent in small batches, at most a few batches in flight per worker, and come
 * back in their original order, so checkpoints stay exact. With zero workers it parses in-line.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InternalError } from '../shared/errors.js';
import { parseMailSafe } from './mime/parse-mail.js';
import type { AdapterItem, IngestLimits, ParsedItem, RawMail, SkippedRecord } from './types.js';

export type OutputItem = ParsedItem | SkippedRecord;

export interface MailParser {
  parseAll(items: AsyncIterable<AdapterItem>): AsyncGenerator<OutputItem>;
  close(): Promise<void>;
}

const TASK_ITEMS = 64;
const TASK_BYTES = 4 * 1024 * 1024;
const IN_FLIGHT_PER_WORKER = 3;

/** Default worker count: one less than the cores (the main thread splits and stores), at most 4. */
export function defaultWorkers(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

/**
 * Starts the worker script: the compiled `.js` beside this module, or in development the `.ts`
 * through tsx's loader (a worker does not inherit `--import tsx`, so a small bootstrap registers it).
 */
function startWorker(limits: IngestLimits): Worker {
  const js = new URL('./parse-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { workerData: { limits } });
  // The package's ESM entry sits beside the CommonJS one that require.resolve finds.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  const ts = new URL('./parse-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(boot, { eval: true, workerData: { limits } });
}

function parseInline(item: AdapterItem, limits: IngestLimits): OutputItem {
  return item.kind === 'mail' ? (parseMailSafe(item, limits) as OutputItem) : item;
}

interface PendingTask {
  readonly promise: Promise<OutputItem[]>;
}

class WorkerSlot {
  private readonly worker: Worker;
  private readonly waiting: ((r: OutputItem[] | Error) => void)[] = [];

  constructor(limits: IngestLimits) {
    this.worker = startWorker(limits);
    this.worker.on('message', (r: OutputItem[]) => this.waiting.shift()?.(r));
    this.worker.on('error', (err) => {
      for (const w of this.waiting.splice(0)) w(err);
    });
  }

  run(raws: RawMail[]): Promise<OutputItem[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push((r) =>
        r instanceof Error
          ? reject(new InternalError(`ingest/parse-pool: worker failed: ${r.message}`, { cause: r }))
          : resolve(r),
      );
      this.worker.postMessage(raws);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Creates a parser with `workers` threads (default: `defaultWorkers()`). */
export function createMailParser(limits: IngestLimits, workers = defaultWorkers()): MailParser {
  const slots: WorkerSlot[] = [];
  const slot = (i: number): WorkerSlot => {
    while (slots.length <= i) slots.push(new WorkerSlot(limits));
    return slots[i];
  };
  let next = 0;
  async function* parseAll(items: AsyncIterable<AdapterItem>): AsyncGenerator<OutputItem> {
    if (workers <= 0) {
      for await (const item of items) yield parseInline(item, limits);
      return;
    }
    const queue: PendingTask[] = [];
    let group: AdapterItem[] = [];
    let groupBytes = 0;
    const flush = (): void => {
      if (!group.length) return;
      const g = group;
      group = [];
      groupBytes = 0;
      const raws = g.filter((x): x is RawMail => x.kind === 'mail');
      const others = raws.length === 0;
      const promise = others ? Promise.resolve(g as OutputItem[]) : runGroup(slot(next++ % workers), g, raws);
      queue.push({ promise });
    };
    for await (const item of items) {
      group.push(item);
      groupBytes += item.kind === 'mail' ? item.raw.length : 0;
      if (group.length >= TASK_ITEMS || groupBytes >= TASK_BYTES) flush();
      while (queue.length >= workers * IN_FLIGHT_PER_WORKER)
        yield* await (queue.shift() as PendingTask).promise;
    }
    flush();
    while (queue.length) yield* await (queue.shift() as PendingTask).promise;
  }
  return {
    parseAll,
    async close() {
      await Promise.all(slots.map((s) => s.terminate()));
    },
  };
}

/** Parses the mail items of a group on a worker and merges them back with the other items in order. */
async function runGroup(w: WorkerSlot, group: AdapterItem[], raws: RawMail[]): Promise<OutputItem[]> {
  const parsed = await w.run(raws);
  let k = 0;
  return group.map((x) => (x.kind === 'mail' ? parsed[k++] : x));
}
