/**
 * Runs the built CLI (`bin/sociogram.js`) as a child process for end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(REPO_ROOT, 'bin', 'sociogram.js');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** True when `npm run build` has produced the CLI the bin entry loads. */
export function isBuilt(): boolean {
  return existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js'));
}

export function runCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SOCIOGRAM_LANG: 'en', ...env },
    timeout: 180_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
