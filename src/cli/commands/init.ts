/**
 * `sociogram init --workspace DIR [--store duckdb|clickhouse] [--url URL] [--cluster NAME] [--database NAME] [--shard URL...]`
 *
 * Creates a workspace: its config and pseudonym secret, and for ClickHouse the local and
 * Distributed tables on every shard (safe to re-run: it also migrates an older schema).
 */
import type { Command } from 'commander';
import { InputError } from '../../shared/errors.js';
import { initClickHouseWorkspace, initWorkspace, openWorkspace } from '../../store/index.js';
import { printJson, type CliIo } from '../io.js';

interface InitFlags {
  workspace: string;
  store: string;
  url?: string;
  cluster?: string;
  database?: string;
  shard?: string[];
  json?: boolean;
}

async function initDuckDb(dir: string): Promise<{ backend: string; shards: string[] }> {
  initWorkspace(dir);
  const ws = await openWorkspace(dir);
  await ws.close();
  return { backend: 'duckdb', shards: [] };
}

async function initClickHouse(dir: string, flags: InitFlags): Promise<{ backend: string; shards: string[] }> {
  if (!flags.url) throw new InputError('cli/init: --store clickhouse needs --url http://HOST:PORT');
  const { shards } = await initClickHouseWorkspace(dir, {
    url: flags.url,
    ...(flags.cluster ? { cluster: flags.cluster } : {}),
    ...(flags.database ? { database: flags.database } : {}),
    ...(flags.shard?.length ? { shardUrls: flags.shard } : {}),
  });
  return { backend: 'clickhouse', shards };
}

export function registerInit(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('create a workspace on the embedded store or on a ClickHouse cluster')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--store <backend>', 'duckdb (embedded, default) or clickhouse', 'duckdb')
    .option('--url <url>', 'ClickHouse HTTP URL, e.g. http://127.0.0.1:8123')
    .option('--cluster <name>', 'ClickHouse cluster name from remote_servers')
    .option('--database <name>', 'ClickHouse database (default sociogram)')
    .option('--shard <url...>', 'HTTP URLs of the shards when they use other ports than --url')
    .option('--json', 'print JSON')
    .action(async (flags: InitFlags) => {
      if (flags.store !== 'duckdb' && flags.store !== 'clickhouse') {
        throw new InputError(`cli/init: invalid --store: ${flags.store} (expected duckdb or clickhouse)`);
      }
      const result =
        flags.store === 'clickhouse'
          ? await initClickHouse(flags.workspace, flags)
          : await initDuckDb(flags.workspace);
      if (flags.json) return printJson(io, { workspace: flags.workspace, ...result });
      io.out(
        `workspace ${flags.workspace}: ${result.backend}${result.shards.length ? `, ${result.shards.length} shards` : ''}`,
      );
    });
}
