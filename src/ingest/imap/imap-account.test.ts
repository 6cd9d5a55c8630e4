import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors.js';
import { cleanupTempDirs, makeTempDir } from '../../test-helpers/temp-dir.js';
import { accountLabel, parseImapUrl, redact, resolveImapPassword } from './imap-account.js';

afterEach(cleanupTempDirs);

describe('parseImapUrl', () => {
  it('reads host, port, TLS mode, user and mailboxes', () => {
    const a = parseImapUrl(
      'imap://alice@mail.example.org:1143/?tls=false&mailboxes=INBOX,Sent,Отправленные',
      'pw',
    );
    expect(a).toMatchObject({
      host: 'mail.example.org',
      port: 1143,
      secure: false,
      startTls: false,
      user: 'alice',
      password: 'pw',
      mailboxes: ['INBOX', 'Sent', 'Отправленные'],
      fetchBatch: 200,
    });
    expect(accountLabel(a)).toBe('imap://alice@mail.example.org:1143');
  });

  it('defaults: imaps on 993, imap on 143 with STARTTLS required, INBOX plus Sent', () => {
    expect(parseImapUrl('imaps://bob%40example.org@mx', 'pw')).toMatchObject({
      port: 993,
      secure: true,
      user: 'bob@example.org',
      mailboxes: 'default',
    });
    expect(parseImapUrl('imap://bob@mx/?mailboxes=all', 'pw')).toMatchObject({
      port: 143,
      startTls: true,
      mailboxes: 'all',
    });
  });

  it('rejects a password in the URL without echoing it, and other bad input', () => {
    let err: Error | undefined;
    try {
      parseImapUrl('imap://alice:hunter2@mx/', 'pw');
    } catch (e) {
      err = e as Error;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err?.message).not.toContain('hunter2');
    expect(redact('imap://alice:hunter2@mx/')).toBe('imap://alice:***@mx/');
    for (const bad of [
      'http://alice@mx/',
      'imap://mx/',
      'imap://alice@mx/?tls=maybe',
      'imap://alice@mx/?batch=0',
      'nope',
    ]) {
      expect(() => parseImapUrl(bad, 'pw'), bad).toThrow(InputError);
    }
    expect(() => parseImapUrl('imap://alice@mx/', '')).toThrow(InputError);
  });
});

describe('resolveImapPassword', () => {
  it('takes the first line of the file, else the environment variable', () => {
    const f = join(makeTempDir(), 'pw');
    writeFileSync(f, 'пароль 1\nignored\n');
    expect(resolveImapPassword(f, {})).toBe('пароль 1');
    expect(resolveImapPassword(undefined, { SOCIOGRAM_IMAP_PASSWORD: 'env-pw' })).toBe('env-pw');
    expect(() => resolveImapPassword(undefined, {})).toThrow(InputError);
    expect(() => resolveImapPassword(join(f, 'missing'), {})).toThrow(InputError);
  });
});
