/**
 * Audit log and user account tests: the hash chain detects edits, argon2id hashes, last-admin rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initWorkspace } from '../store/index.js';
import { AUDIT_FILE, openAuditLog } from './audit-log.js';
import { addUser, listUsers, removeUser, updateUser, USERS_FILE, verifyLogin } from './users.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sociogram-audit-'));
  initWorkspace(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('audit log', () => {
  it('chains entries and detects an edited line', () => {
    const log = openAuditLog(dir);
    for (let i = 0; i < 5; i++)
      log.append({ actor: 'anna', role: 'analyst', action: 'read-person', target: `P-${i}` });
    expect(log.verify()).toEqual({ ok: true, entries: 5 });
    expect(log.read({ limit: 2 }).map((e) => e.target)).toEqual(['P-4', 'P-3']);
    const second = openAuditLog(dir);
    second.append({ actor: 'cli', role: 'admin', action: 'export', target: 'leaders' });
    log.append({ actor: 'anna', role: 'analyst', action: 'read-person', target: 'P-9' });
    expect(log.verify()).toEqual({ ok: true, entries: 7 });
    const file = join(dir, AUDIT_FILE);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2].replace('"anna"', '"boris"');
    writeFileSync(file, lines.join('\n'));
    expect(log.verify()).toMatchObject({ ok: false, brokenAt: 3 });
  });
});

describe('users', () => {
  it('stores argon2id hashes and checks passwords', async () => {
    await addUser(dir, { username: 'admin', password: 'correct horse battery', role: 'admin' });
    expect(readFileSync(join(dir, USERS_FILE), 'utf8')).toContain('$argon2id$');
    expect(readFileSync(join(dir, USERS_FILE), 'utf8')).not.toContain('correct horse');
    expect((await verifyLogin(dir, 'admin', 'correct horse battery'))?.role).toBe('admin');
    expect(await verifyLogin(dir, 'admin', 'wrong password!')).toBeNull();
    expect(await verifyLogin(dir, 'nobody', 'correct horse battery')).toBeNull();
  });

  it('rejects weak input and keeps one active admin', async () => {
    await expect(addUser(dir, { username: 'x', password: 'short', role: 'viewer' })).rejects.toMatchObject({
      code: 'INPUT',
    });
    await expect(
      addUser(dir, { username: 'admin', password: 'another long one', role: 'viewer' }),
    ).rejects.toMatchObject({
      code: 'USER_EXISTS',
    });
    await expect(updateUser(dir, 'admin', { role: 'viewer' })).rejects.toMatchObject({ code: 'LAST_ADMIN' });
    expect(() => removeUser(dir, 'admin')).toThrow(expect.objectContaining({ code: 'LAST_ADMIN' }));
    await addUser(dir, { username: 'vera', password: 'viewer password', role: 'viewer' });
    await updateUser(dir, 'vera', { disabled: true });
    expect(await verifyLogin(dir, 'vera', 'viewer password')).toBeNull();
    expect(listUsers(dir).map((u) => u.username)).toEqual(['admin', 'vera']);
    expect(JSON.stringify(listUsers(dir))).not.toContain('argon2');
  });
});
