/**
 * Demo workspace for the web e2e tests
 *
 * The real thing: `sociogram demo --out DIR --people N` (generate, ingest, analyse) from the build.
 * When the CLI is not built (`dist/cli`), it falls back to the server tests' fixture workspace (real
 * DuckDB store, people, messages and a stored analysis run written through the Store API), and says so.
 * `SOCIOGRAM_WEB_E2E_WORKSPACE=DIR` uses an existing demo workspace instead (kept afterwards), e.g. a
 * 600-person demo made once with `sociogram demo`, for measuring without regenerating it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../src/store/index.js';
import { createTestWorkspace } from './server-fixture.js';

export interface DemoWorkspace {
  readonly workspace: Workspace;
  /** Where it came from, for the test log. */
  readonly source: 'cli-demo' | 'server-fixture' | 'existing';
  /** The first ranked person's pseudonym is looked up through the API by the tests. */
  close(): Promise<void>;
}

function findWorkspaceDir(out: string): string | null {
  for (const dir of [out, join(out, 'workspace')]) if (existsSync(join(dir, 'sociogram.json'))) return dir;
  return null;
}

/** Runs `sociogram demo` from the build; null when the CLI or its demo command is not there yet. */
async function fromCli(people: number): Promise<DemoWorkspace | null> {
  if (!existsSync(join(process.cwd(), 'dist', 'cli', 'index.js'))) return null;
  const out = mkdtempSync(join(tmpdir(), 'sociogram-web-demo-'));
  const run = spawnSync(
    process.execPath,
    ['bin/sociogram.js', 'demo', '--out', out, '--people', String(people)],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  const dir = run.status === 0 ? findWorkspaceDir(out) : null;
  if (!dir) {
    rmSync(out, { recursive: true, force: true });
    return null;
  }
  const workspace = await openWorkspace(dir);
  return {
    workspace,
    source: 'cli-demo',
    close: async () => {
      await workspace.store.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

async function fromFixture(people: number): Promise<DemoWorkspace> {
  const t = await createTestWorkspace({ people, messages: people * 20 });
  return { workspace: t.workspace, source: 'server-fixture', close: () => t.close() };
}

async function existing(dir: string): Promise<DemoWorkspace> {
  const workspace = await openWorkspace(findWorkspaceDir(dir) ?? dir);
  return { workspace, source: 'existing', close: () => workspace.store.close() };
}

export async function createDemoWorkspace(people: number): Promise<DemoWorkspace> {
  const given = process.env.SOCIOGRAM_WEB_E2E_WORKSPACE;
  if (given) return existing(given);
  return (await fromCli(people)) ?? fromFixture(people);
}
