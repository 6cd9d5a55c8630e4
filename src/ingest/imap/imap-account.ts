/**
 * IMAP account
 *
 * Parses the `--imap` URL (`imap://user@host:port/?tls=false&mailboxes=INBOX,Sent`, or `imaps://`)
 * into a validated account, and reads the password from a file or `SOCIOGRAM_IMAP_PASSWORD`. The
 * password is never taken from the URL: a command line shows in `ps` and in shell history.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../../shared/errors.js';

/** The environment variable a password is read from when no password file is given. */
export const IMAP_PASSWORD_ENV = 'SOCIOGRAM_IMAP_PASSWORD';

/** `default`: INBOX plus the mailbox the server marks `\Sent`; `all`: every selectable mailbox. */
export type MailboxSelection = 'default' | 'all' | readonly string[];

export interface ImapAccount {
  readonly host: string;
  readonly port: number;
  /** `imaps://`: TLS from the first byte. */
  readonly secure: boolean;
  /** For `imap://`: true requires STARTTLS, false stays in cleartext (a test server, a local relay). */
  readonly startTls: boolean;
  readonly user: string;
  readonly password: string;
  readonly mailboxes: MailboxSelection;
  /** Messages fetched per IMAP round trip. */
  readonly fetchBatch: number;
}

const DEFAULT_FETCH_BATCH = 200;

const accountSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  startTls: z.boolean(),
  user: z.string().min(1),
  password: z.string().min(1),
  mailboxes: z.union([z.literal('default'), z.literal('all'), z.array(z.string().min(1)).min(1)]),
  fetchBatch: z.number().int().min(1).max(10_000),
});

function bad(url: string, what: string): InputError {
  return new InputError(`ingest/imap: invalid IMAP URL ${redact(url)}: ${what}`);
}

/** The URL with any password replaced, safe to print. */
export function redact(url: string): string {
  return url.replace(/^(imaps?:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}

function parseBool(url: string, name: string, v: string | null, dflt: boolean): boolean {
  if (v === null) return dflt;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw bad(url, `${name}=${v} (expected true or false)`);
}

function parseMailboxes(v: string | null): MailboxSelection {
  if (v === null || v === '' || v === 'default') return 'default';
  if (v === 'all') return 'all';
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Parses an IMAP URL; the password comes separately (`resolveImapPassword`).
 * @example
 * parseImapUrl('imap://alice@mail.example.org/?mailboxes=INBOX,Sent', password)
 */
export function parseImapUrl(url: string, password: string): ImapAccount {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw bad(url, 'not a URL (expected imap://user@host:port/?mailboxes=INBOX,Sent)');
  }
  if (u.protocol !== 'imap:' && u.protocol !== 'imaps:')
    throw bad(url, `scheme ${u.protocol} (expected imap: or imaps:)`);
  if (u.password) throw bad(url, `a password in the URL (give it in a file or ${IMAP_PASSWORD_ENV})`);
  const secure = u.protocol === 'imaps:';
  const q = u.searchParams;
  const fetchBatch = q.get('batch');
  const candidate = {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    startTls: parseBool(url, 'tls', q.get('tls'), true),
    user: decodeURIComponent(u.username),
    password,
    mailboxes: parseMailboxes(q.get('mailboxes')),
    fetchBatch: fetchBatch === null ? DEFAULT_FETCH_BATCH : Number(fetchBatch),
  };
  const r = accountSchema.safeParse(candidate);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw bad(url, `${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`);
  }
  return { ...r.data, mailboxes: candidate.mailboxes };
}

/** `user@host:port`, for messages and source paths (no password, no query). */
export function accountLabel(a: Pick<ImapAccount, 'host' | 'port' | 'user' | 'secure'>): string {
  const host = a.host.includes(':') ? `[${a.host}]` : a.host;
  return `${a.secure ? 'imaps' : 'imap'}://${encodeURIComponent(a.user)}@${host}:${a.port}`;
}

/**
 * The IMAP password: the first line of `file` when given, else `SOCIOGRAM_IMAP_PASSWORD`.
 * Throws an InputError when neither is set or the file cannot be read.
 */
export function resolveImapPassword(file: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new InputError(`ingest/imap: cannot read password file ${file}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    const line = text.split(/\r?\n/)[0] ?? '';
    if (!line) throw new InputError(`ingest/imap: password file ${file} is empty`);
    return line;
  }
  const v = env[IMAP_PASSWORD_ENV];
  if (!v) {
    throw new InputError(
      `ingest/imap: no IMAP password (expected --password-file FILE or the ${IMAP_PASSWORD_ENV} variable)`,
    );
  }
  return v;
}
