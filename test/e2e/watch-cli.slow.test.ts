/**
 * `sociogram watch` and `sociogram ingest --imap` end to end: the built CLI against a drop folder and
 * a real Dovecot started for the test.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOVECOT_SKIP_REASON,
  HAS_DOVECOT,
  connectTestClient,
  startDovecot,
  type TestImapServer,
} from '../../src/test-helpers/dovecot.js';
import { cleanupTempDirs, makeTempDir } from '../../src/test-helpers/temp-dir.js';
import { buildMail } from '../fixtures/ingest/make.js';
import { sampleMbox } from '../fixtures/ingest/samples.js';
import { isBuilt, REPO_ROOT, runCli } from './run-cli.js';

const ready = isBuilt() && HAS_DOVECOT;
const reason = !isBuilt() ? 'run `npm run build` first' : DOVECOT_SKIP_REASON;

describe.skipIf(!ready)(`watch and ingest --imap through the CLI (${ready ? 'dovecot' : reason})`, () => {
  let server: TestImapServer;
  let root = '';
  let url = '';

  beforeAll(async () => {
    server = await startDovecot();
    root = makeTempDir();
    url = `imap://${server.user}@${server.host}:${server.port}/?tls=false&mailboxes=INBOX`;
    const client = await connectTestClient(server);
    for (let i = 0; i < 4; i++) {
      const mail = buildMail({
        from: 'Глава <glava@ozersk.ru>',
        to: 'ivanova@ozersk.ru',
        subject: `Поручение ${i}`,
        date: `Mon, 3 Mar 2025 1${i}:00:00 +0300`,
        messageId: `imap-cli-${i}@ozersk.ru`,
        body: 'Подготовьте справку.',
      });
      await client.append('INBOX', mail);
    }
    await client.logout();
  });
  afterAll(async () => {
    await server?.stop();
    cleanupTempDirs();
  });

  it('watch --once reads a drop folder and a mailbox, analyses, and reports the window', () => {
    const drop = join(root, 'incoming');
    mkdirSync(drop, { recursive: true });
    writeFileSync(join(drop, 'mail.mbox'), sampleMbox());
    const ws = join(root, 'ws');
    const env = { SOCIOGRAM_IMAP_PASSWORD: server.password };
    const r = runCli(['watch', drop, '--workspace', ws, '--imap', url, '--once', '--interval', '0.5'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/read 7, added 7, duplicates 0, skipped 0/);
    expect(r.stdout).toMatch(/affected window 2025-01 – 2025-03; analysis run 1:/);
    expect(r.stdout).toMatch(/watch ended: 1 passes, 7 messages added, 1 analysis runs/);

    // The password from a file; nothing new arrived, so nothing is added.
    const pw = join(root, 'imap-password');
    writeFileSync(pw, `${server.password}\n`, { mode: 0o600 });
    const again = runCli(['ingest', '--workspace', ws, '--imap', url, '--password-file', pw, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ summary: { read: 0, added: 0 } });
  });

  it('refuses a missing or wrong password with exit code 2 and names the server', () => {
    const ws = join(root, 'ws-err');
    const none = runCli(['ingest', '--workspace', ws, '--imap', url], { SOCIOGRAM_IMAP_PASSWORD: '' });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('SOCIOGRAM_IMAP_PASSWORD');
    const wrong = runCli(['ingest', '--workspace', ws, '--imap', url], { SOCIOGRAM_IMAP_PASSWORD: 'nope' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`imap://alice@127.0.0.1:${server.port}: login failed`);
    const inUrl = runCli(['ingest', '--workspace', ws, '--imap', url.replace('alice@', 'alice:secret@')]);
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).not.toContain('secret');
  });

  it('stops on SIGTERM after the pass in hand', async () => {
    const drop = join(root, 'incoming-2');
    mkdirSync(drop, { recursive: true });
    writeFileSync(join(drop, 'mail.mbox'), sampleMbox());
    const args = ['bin/sociogram.js', 'watch', drop, '--workspace', join(root, 'ws-2'), '--interval', '0.3'];
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, SOCIOGRAM_LANG: 'en' },
    });
    let out = '';
    let signalled = false;
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // Once only: a second SIGTERM after the watcher has ended would meet the default handler.
        if (!signalled && /analysis run 1/.test(out)) {
          signalled = true;
          child.kill('SIGTERM');
        }
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(code).toBe(0);
    expect(out).toMatch(/watch ended: \d+ passes, 3 messages added, 1 analysis runs/);
  });
});
