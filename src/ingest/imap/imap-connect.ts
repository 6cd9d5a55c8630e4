/**
 * IMAP connection
 *
 * Opens an `imapflow` session for an account and turns the library's failures into our typed
 * errors, each naming the server (and the mailbox when there is one): a refused or timed-out
 * connection and a rejected login are input errors the user can fix; a session lost midway is a
 * plain AppError (try again later: committed batches are kept and the next run resumes).
 */
import { ImapFlow } from 'imapflow';
import { AppError, InputError } from '../../shared/errors.js';
import { accountLabel, type ImapAccount } from './imap-account.js';

/** Seconds allowed for the TCP connection, the greeting, and an idle socket. */
const CONNECT_TIMEOUT_MS = 30_000;
const SOCKET_TIMEOUT_MS = 5 * 60_000;

interface LibraryError {
  readonly message?: string;
  readonly code?: string;
  readonly authenticationFailed?: boolean;
  readonly responseText?: string;
  readonly serverResponseCode?: string;
}

function detailOf(err: unknown): string {
  const e = (err ?? {}) as LibraryError;
  const text = e.responseText ?? e.message ?? String(err);
  const code = e.serverResponseCode ?? e.code;
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

/** Maps an error thrown while connecting or logging in. */
export function connectError(account: ImapAccount, err: unknown): AppError {
  const where = accountLabel(account);
  const e = (err ?? {}) as LibraryError;
  if (e.authenticationFailed) {
    return new InputError(`ingest/imap: ${where}: login failed for ${account.user}: ${detailOf(err)}`, {
      cause: err,
      code: 'IMAP_AUTH',
    });
  }
  return new InputError(`ingest/imap: ${where}: cannot connect: ${detailOf(err)}`, {
    cause: err,
    code: 'IMAP_CONNECT',
  });
}

/** Maps an error thrown during a session, naming the mailbox and, when known, the UID. */
export function sessionError(account: ImapAccount, mailbox: string, err: unknown, uid?: number): AppError {
  if (err instanceof AppError) return err;
  const at = `${accountLabel(account)}/${mailbox}${uid === undefined ? '' : ` UID ${uid}`}`;
  return new AppError('IMAP_SESSION', `ingest/imap: ${at}: ${detailOf(err)}`, { cause: err });
}

/** Connects and logs in; throws `IMAP_CONNECT` or `IMAP_AUTH` input errors. */
export async function connectImap(account: ImapAccount): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: account.host,
    port: account.port,
    secure: account.secure,
    doSTARTTLS: account.secure ? undefined : account.startTls,
    auth: { user: account.user, pass: account.password },
    logger: false,
    // We poll; IDLE between our commands would only cost round trips.
    disableAutoIdle: true,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  // Socket errors after connect also surface as rejected commands; this keeps them from being an
  // unhandled 'error' event that would end the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    client.close();
    throw connectError(account, err);
  }
  return client;
}

/** Logs out politely, or drops the connection when that fails. */
export async function closeImap(client: ImapFlow): Promise<void> {
  try {
    await client.logout();
  } catch {
    client.close();
  }
}
