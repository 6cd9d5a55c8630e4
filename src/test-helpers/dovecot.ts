/**
 * A throwaway Dovecot IMAP server for tests
 *
 * Starts Debian's `dovecot` in the foreground with a config written to a temporary folder: plaintext
 * login on 127.0.0.1 at a free port, one test user from a passwd-file, Maildir storage in the folder,
 * no TLS. Works as root (as CI runs: login and internal processes use Dovecot's own `dovenull` and
 * `dovecot` users, mail is owned by `nobody`, since Dovecot refuses to serve mail as root) and as an
 * ordinary user (everything runs as that user, which cannot switch users anyway).
 */
import { ImapFlow } from 'imapflow';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const DOVECOT_BIN = '/usr/sbin/dovecot';
export const HAS_DOVECOT = existsSync(DOVECOT_BIN);
export const DOVECOT_SKIP_REASON = `needs Debian's dovecot-imapd (${DOVECOT_BIN} not found)`;

export interface TestImapServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** Dovecot's log so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

interface RunAs {
  readonly internalUser: string;
  readonly loginUser: string;
  readonly internalGroup: string;
  readonly mailUid: number;
  readonly mailGid: number;
}

function runAs(): RunAs {
  if (process.getuid?.() === 0) {
    const nobody = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
    const nogroup = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim());
    return {
      internalUser: 'dovecot',
      loginUser: 'dovenull',
      internalGroup: 'dovecot',
      mailUid: nobody,
      mailGid: nogroup,
    };
  }
  const me = userInfo();
  const group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
  return {
    internalUser: me.username,
    loginUser: me.username,
    internalGroup: group,
    mailUid: me.uid,
    mailGid: me.gid,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function config(dir: string, port: number, as: RunAs): string {
  return `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${as.internalUser}
default_internal_group = ${as.internalGroup}
default_login_user = ${as.loginUser}
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${as.mailUid} gid=${as.mailGid} home=${dir}/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`;
}

/** Resolves once the server greets on `port`, or rejects after `ms`. */
async function waitForGreeting(port: number, ms: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dovecot exited with code ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const sock = createConnection({ host: '127.0.0.1', port });
      sock.once('data', (d) => {
        sock.destroy();
        resolve(d.toString().startsWith('* OK'));
      });
      sock.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not answer on port ${port} within ${ms} ms`);
}

/** Starts a Dovecot with one user (`alice` / `secret` unless given). */
export async function startDovecot(user = 'alice', password = 'secret'): Promise<TestImapServer> {
  const as = runAs();
  // As root, Dovecot's processes run as other users and must traverse the path: /tmp always lets
  // them, a private TMPDIR (say under /root) would not.
  const base = process.getuid?.() === 0 && existsSync('/tmp') ? '/tmp' : tmpdir();
  const dir = mkdtempSync(join(base, 'sociogram-dovecot-'));
  // Dovecot's unprivileged processes must reach the folder; the mail tree belongs to the mail user.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'mail'));
  if (process.getuid?.() === 0) chownSync(join(dir, 'mail'), as.mailUid, as.mailGid);
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}::::::\n`);
  const port = await freePort();
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(conf, config(dir, port, as));
  const child = spawn(DOVECOT_BIN, ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const log = (): string => {
    const file = join(dir, 'dovecot.log');
    return stderr + (existsSync(file) ? readFileSync(file, 'utf8') : '');
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForGreeting(port, 15_000, child);
  } catch (err) {
    const text = log();
    await stop();
    throw new Error(`${(err as Error).message}\n${text}`);
  }
  return { host: '127.0.0.1', port, user, password, log, stop };
}

/** A connected IMAP client for the test user (plain text on loopback, no STARTTLS). */
export async function connectTestClient(server: TestImapServer): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
  await client.connect();
  return client;
}
