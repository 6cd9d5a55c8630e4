/**
 * Workspace folder
 *
 * A workspace is a folder with `sociogram.json` (configuration) and, for the embedded backend, the
 * DuckDB file (a ClickHouse workspace only points at its cluster). `initWorkspace` creates one; `openWorkspace` validates the config and opens the store.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError, NotFoundError } from '../shared/errors.js';
import { workspaceConfigSchema, type WorkspaceConfigData } from '../shared/config.js';
import { openDuckDbStore } from './duckdb-store.js';
import { openClickHouseStore } from './clickhouse-setup.js';
import type { Store } from './types.js';

export type WorkspaceConfig = WorkspaceConfigData;

export interface Workspace {
  readonly dir: string;
  readonly config: WorkspaceConfig;
  readonly store: Store;
  close(): Promise<void>;
}

const CONFIG_FILE = 'sociogram.json';
/** Per-workspace secret for keyed pseudonyms; never exported. */
export const SECRET_FILE = 'secret.key';

/** Reads and validates `sociogram.json`; a missing file means defaults. */
export function readWorkspaceConfig(dir: string): WorkspaceConfig {
  const file = join(dir, CONFIG_FILE);
  if (!existsSync(file)) return workspaceConfigSchema.parse({});
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`store/workspace: ${file} is not valid JSON (${(err as Error).message})`);
  }
  const parsed = workspaceConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `store/workspace: invalid ${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

export function writeWorkspaceConfig(dir: string, config: WorkspaceConfig): void {
  writeFileSync(join(dir, CONFIG_FILE), JSON.stringify(config, null, 2) + '\n');
}

/** Creates the workspace folder, its config and its secret (kept if they already exist). */
export function initWorkspace(dir: string, overrides: Partial<WorkspaceConfig> = {}): WorkspaceConfig {
  const abs = resolve(dir);
  mkdirSync(abs, { recursive: true });
  const existing = existsSync(join(abs, CONFIG_FILE)) ? readWorkspaceConfig(abs) : undefined;
  const config = workspaceConfigSchema.parse({ ...(existing ?? {}), ...overrides });
  writeWorkspaceConfig(abs, config);
  const secret = join(abs, SECRET_FILE);
  if (!existsSync(secret)) writeFileSync(secret, randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
  return config;
}

/** Opens an existing workspace (or creates it when `create` is set). */
export async function openWorkspace(
  dir: string,
  options: { create?: boolean; readOnly?: boolean } = {},
): Promise<Workspace> {
  const abs = resolve(dir);
  if (!existsSync(join(abs, CONFIG_FILE))) {
    if (!options.create) {
      throw new NotFoundError(
        `store/workspace: no workspace at ${abs} (run \`sociogram ingest\` or \`sociogram demo\` first)`,
      );
    }
    initWorkspace(abs);
  }
  const config = readWorkspaceConfig(abs);
  const store =
    config.store.backend === 'clickhouse'
      ? await openClickHouseStore(config.store)
      : await openDuckDbStore(join(abs, config.store.file), { readOnly: options.readOnly ?? false });
  return { dir: abs, config, store, close: () => store.close() };
}
