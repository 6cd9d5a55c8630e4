/**
 * IMAP flags
 *
 * Turns the `--imap URL` and `--password-file FILE` flags shared by `ingest` and `watch` into
 * accounts. The password is read once, from the file or `SOCIOGRAM_IMAP_PASSWORD`, and only when an
 * account is given.
 */
import { parseImapUrl, resolveImapPassword, type ImapAccount } from '../ingest/index.js';

export function imapAccounts(urls: readonly string[], passwordFile: string | undefined): ImapAccount[] {
  if (!urls.length) return [];
  const password = resolveImapPassword(passwordFile);
  return urls.map((u) => parseImapUrl(u, password));
}
