/**
 * ClickHouse connection with retries
 *
 * A thin layer over `@clickhouse/client` (HTTP): row queries, commands and JSONEachRow inserts, each
 * retried with exponential backoff when the server or a shard behind it is unreachable. Every
 * statement this store sends is idempotent (ReplacingMergeTree tables, `IF NOT EXISTS` DDL), so a
 * retry after an ambiguous failure cannot count anything twice.
 *
 * Notes:
 * - ClickHouse 18.16 (Debian 12) has no server-side query parameters (`{name:Type}` arrived in 19.x),
 *   so values are inlined as literals through `chString`/`chNumber`, never by string concatenation.
 */
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { AppError, InputError } from '../shared/errors.js';

export type ChRow = Record<string, unknown>;

export interface RetryOptions {
  /** Attempts per statement, including the first (default 6). */
  readonly attempts: number;
  /** Delay before the first retry in ms; doubles each time, capped at `maxDelayMs` (default 250). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 6, baseDelayMs: 250, maxDelayMs: 4000 };

/** Server error codes worth retrying: network, timeouts, shards down, too many parts or queries. */
const RETRYABLE_CODES = new Set(['159', '202', '209', '210', '252', '279', '285', '319', '425']);
const RETRYABLE_NET =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|socket hang up|Timeout|Connection refused/i;

/** Settings sent with every statement (see docs/SCALING.md "ClickHouse versions"). */
const SESSION_SETTINGS = {
  // Inserts into a Distributed table return only once every shard has the rows, so a checkpoint
  // written after them never points past data that is still queued on the initiator.
  insert_distributed_sync: 1,
  // Dimension subqueries (identities, people) nested inside shard-local joins run as their own
  // distributed queries on each shard. NOTE: 'global' silently drops rows on 18.16 in that position.
  distributed_product_mode: 'allow',
} as const;

/** A string literal for ClickHouse SQL. */
export function chString(v: string): string {
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A numeric literal; rejects NaN and infinities. */
export function chNumber(v: number): string {
  if (!Number.isFinite(v)) throw new InputError(`store/clickhouse: invalid number: ${v} (expected finite)`);
  return String(v);
}

/** A parenthesised list of string literals for `IN`; `('')` when empty so the SQL stays valid. */
export function chStringList(values: readonly string[]): string {
  return `(${values.length ? values.map(chString).join(', ') : "''"})`;
}

/** The server's error code: from the client's parsed error, else from `Code: N` in the text. */
export function serverErrorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e.code === 'string' && /^\d+$/.test(e.code)) return e.code;
  const m = typeof e.message === 'string' ? /Code: (\d+)/.exec(e.message) : null;
  return m?.[1];
}

function isRetryable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  const code = serverErrorCode(err);
  if (code !== undefined && RETRYABLE_CODES.has(code)) return true;
  if (typeof e.code === 'string' && RETRYABLE_NET.test(e.code)) return true;
  return typeof e.message === 'string' && RETRYABLE_NET.test(e.message);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export class ChConnection {
  readonly url: string;
  private readonly client: ClickHouseClient;
  private readonly retry: RetryOptions;

  constructor(url: string, options: { database?: string; retry?: RetryOptions; timeoutMs?: number } = {}) {
    this.url = url;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.client = createClient({
      url,
      ...(options.database ? { database: options.database } : {}),
      request_timeout: options.timeoutMs ?? 300_000,
      // Failures surface as AppErrors after the retries; the client's own error log would duplicate them.
      log: { level: ClickHouseLogLevel.OFF },
      clickhouse_settings: SESSION_SETTINGS,
    });
  }

  /** Runs `fn`, retrying retryable failures with exponential backoff. */
  private async withRetry<T>(what: string, fn: () => Promise<T>): Promise<T> {
    let delay = this.retry.baseDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!isRetryable(err)) {
          throw new AppError(
            'CLICKHOUSE_QUERY',
            `store/clickhouse: ${what} failed on ${this.url}: ${msg(err)}`,
            {
              cause: err,
            },
          );
        }
        if (attempt >= this.retry.attempts) {
          throw new AppError(
            'CLUSTER_UNAVAILABLE',
            `store/clickhouse: ${what} failed on ${this.url} after ${attempt} attempts: ${msg(err)} ` +
              '(is every shard of the cluster up and reachable?)',
            { cause: err },
          );
        }
        await sleep(delay);
        delay = Math.min(delay * 2, this.retry.maxDelayMs);
      }
    }
  }

  async rows(sql: string): Promise<ChRow[]> {
    return this.withRetry('query', async () => {
      const rs = await this.client.query({ query: sql, format: 'JSONEachRow' });
      return rs.json<ChRow>();
    });
  }

  async command(sql: string): Promise<void> {
    await this.withRetry('command', () => this.client.command({ query: sql }));
  }

  async insert(table: string, values: readonly ChRow[]): Promise<void> {
    if (!values.length) return;
    await this.withRetry(`insert into ${table}`, () =>
      this.client.insert({ table, values: values as ChRow[], format: 'JSONEachRow' }),
    );
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

function msg(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]?.slice(0, 400) ?? '';
}
