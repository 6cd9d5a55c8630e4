/**
 * Server for the web e2e tests
 *
 * Starts the real API server on loopback (random port) over a demo workspace, serving the built
 * dashboard from `dist/web`, with one account per role.
 */
import { join } from 'node:path';
import { addUser, listUsers } from '../../src/privacy/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Workspace } from '../../src/store/index.js';

export const PASSWORD = 'e2e password for the web';
export const ROLES = ['viewer', 'analyst', 'admin'] as const;

export async function startWebServer(workspace: Workspace): Promise<RunningServer> {
  // A reused workspace (SOCIOGRAM_WEB_E2E_WORKSPACE) keeps the accounts of an earlier run.
  const existing = new Set(listUsers(workspace.dir).map((u) => u.username));
  for (const role of ROLES) {
    const username = `e2e-${role}`;
    if (!existing.has(username)) await addUser(workspace.dir, { username, password: PASSWORD, role });
  }
  return startServer(workspace, {
    host: '127.0.0.1',
    port: 0,
    webRoot: join(process.cwd(), 'dist', 'web'),
  });
}
