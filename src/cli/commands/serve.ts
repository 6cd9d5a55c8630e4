/**
 * `sociogram serve --workspace DIR [--host 127.0.0.1] [--port 8750]`
 *
 * Serves the HTTP API (and the dashboard, when built) for a workspace until interrupted. Binds to
 * loopback unless told otherwise; TLS directly (`--tls-key`/`--tls-cert`) or behind a proxy
 * (`--secure-cookies`, `--trust-proxy`).
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { listUsers } from '../../privacy/index.js';
import { createWorkspaceJobRunner, startServer } from '../../server/index.js';
import { InputError } from '../../shared/errors.js';
import { openWorkspace, type Workspace } from '../../store/index.js';
import type { CliIo } from '../io.js';
import { t } from '../messages.js';

interface ServeFlags {
  workspace: string;
  host: string;
  port: string;
  tlsKey?: string;
  tlsCert?: string;
  secureCookies?: boolean;
  trustProxy?: boolean;
}

function tls(flags: ServeFlags): { key: Buffer; cert: Buffer } | undefined {
  if (!flags.tlsKey && !flags.tlsCert) return undefined;
  if (!flags.tlsKey || !flags.tlsCert)
    throw new InputError('cli/serve: --tls-key and --tls-cert go together');
  return { key: readFileSync(flags.tlsKey), cert: readFileSync(flags.tlsCert) };
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the HTTP API for a workspace')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('-p, --port <n>', 'port', '8750')
    .option('--tls-key <file>', 'TLS private key (PEM)')
    .option('--tls-cert <file>', 'TLS certificate (PEM)')
    .option('--secure-cookies', 'mark cookies Secure (TLS terminated by a proxy)')
    .option('--trust-proxy', 'trust X-Forwarded-* headers from a reverse proxy')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new InputError(`cli/serve: invalid --port: ${flags.port} (expected 0–65535)`);
      }
      const ws = await openWorkspace(flags.workspace);
      await serveUntilStopped(ws, { ...flags, port }, io);
    });
}

/** Serves an open workspace until SIGINT/SIGTERM, then closes the server and the workspace. */
export async function serveUntilStopped(
  ws: Workspace,
  flags: Omit<ServeFlags, 'workspace' | 'port'> & { port: number },
  io: CliIo,
): Promise<void> {
  if (!listUsers(ws.dir).length) io.err(t('serverNoUsers', { dir: ws.dir }));
  const server = await startServer(ws, {
    host: flags.host,
    port: flags.port,
    https: tls({ ...flags, workspace: ws.dir, port: String(flags.port) }),
    secureCookies: flags.secureCookies,
    trustProxy: flags.trustProxy,
    jobRunner: (s) => createWorkspaceJobRunner(() => s.workspace),
  });
  for (const w of server.warnings) io.err(t('serverWarning', { warning: w }));
  io.out(t('serverListening', { url: server.url, dir: ws.dir }));
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await ws.close();
}
