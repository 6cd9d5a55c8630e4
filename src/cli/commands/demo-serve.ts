/**
 * Serving the demo
 *
 * After `sociogram demo --serve`: make sure the demo workspace has an admin account (a fresh random
 * password on every run, printed once), then serve the dashboard and print its URL.
 */
import { randomBytes } from 'node:crypto';
import { addUser, listUsers, updateUser } from '../../privacy/index.js';
import { openWorkspace } from '../../store/index.js';
import type { CliIo } from '../io.js';
import { t } from '../messages.js';
import { serveUntilStopped } from './serve.js';

const DEMO_USER = 'demo-admin';

export async function serveDemo(dir: string, port: number, io: CliIo): Promise<void> {
  const ws = await openWorkspace(dir);
  // A fresh password on every demo run, so the one printed is always the one that works.
  const password = randomBytes(12).toString('base64url');
  if (listUsers(ws.dir).some((u) => u.username === DEMO_USER)) {
    await updateUser(ws.dir, DEMO_USER, { password, role: 'admin', disabled: false });
  } else {
    await addUser(ws.dir, { username: DEMO_USER, password, role: 'admin' });
  }
  io.out(t('demoLogin', { user: DEMO_USER, password }));
  await serveUntilStopped(ws, { host: '127.0.0.1', port }, io);
}
