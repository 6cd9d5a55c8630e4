/**
 * Server for the web e2e tests
 *
 * Starts the real API server on loopback (random port) over a demo workspace, serving the built
 * dashboard from `dist/web`, with one account per role.
 */
import { join } from 'node:path';
import { addUser } from '../../src/privacy/index.js';
import type { Workspace } from '../../src/store/index.js';

export const PASSWORD = 'e2e password for the web';
export const ROLES = ['viewer', 'analyst', 'admin'] as const;

interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

interface ServerModule {
  startServer(
    workspace: Workspace,
    options: { host: string; port: number; webRoot: string },
  ): Promise<RunningServer>;
}

/** Null when the server stage is not in this checkout yet. */
export async function loadServer(): Promise<ServerModule | null> {
  // NOTE: a computed specifier, so this file type-checks before the server stage lands.
  const spec = '../../src/server/index.js';
  try {
    return (await import(spec)) as ServerModule;
  } catch {
    return null;
  }
}

export async function startWebServer(server: ServerModule, workspace: Workspace): Promise<RunningServer> {
  for (const role of ROLES)
    await addUser(workspace.dir, { username: `e2e-${role}`, password: PASSWORD, role });
  return server.startServer(workspace, {
    host: '127.0.0.1',
    port: 0,
    webRoot: join(process.cwd(), 'dist', 'web'),
  });
}
