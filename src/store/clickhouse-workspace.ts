/**
 * ClickHouse workspace
 *
 * `initClickHouseWorkspace` is what `sociogram init --store clickhouse --url … [--cluster …]` calls:
 * it creates (or migrates) the schema on every shard and writes the workspace config pointing at it.
 */
import { initWorkspace, type WorkspaceConfig } from './workspace.js';
import {
  initClickHouseSchema,
  resolveClickHouseOptions,
  type ClickHouseOptions,
} from './clickhouse-setup.js';
import type { RetryOptions } from './clickhouse-client.js';

/**
 * Creates a workspace folder whose data lives in ClickHouse.
 *
 * @example
 * await initClickHouseWorkspace('ws', { url: 'http://ch1:8123', cluster: 'sociogram' });
 */
export async function initClickHouseWorkspace(
  dir: string,
  options: ClickHouseOptions,
  retry?: RetryOptions,
): Promise<{ config: WorkspaceConfig; shards: string[] }> {
  const o = resolveClickHouseOptions(options);
  const shards = await initClickHouseSchema(o, retry);
  const store = {
    backend: 'clickhouse' as const,
    url: o.url,
    database: o.database,
    ...(o.cluster ? { cluster: o.cluster } : {}),
  };
  const config = initWorkspace(dir, { store });
  return { config, shards };
}
