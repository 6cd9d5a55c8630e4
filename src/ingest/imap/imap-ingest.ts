/**
 * IMAP ingest
 *
 * Reads an IMAP account's mailboxes incrementally into the store: each mailbox is one growing source
 * whose checkpoint is its last committed UID, so repeated runs fetch only what arrived since, and an
 * interrupted run resumes after the last committed batch. Messages go through the same RFC 5322
 * parser, finalization and batching as mail files.
 */
import type { Store } from '../../store/index.js';
import { resolveLimits } from '../limits.js';
import { ingestUnits } from '../pipeline.js';
import type { IngestOptions, IngestSummary, SourceUnit } from '../types.js';
import type { ImapAccount } from './imap-account.js';
import { closeImap, connectImap } from './imap-connect.js';
import { mailboxUnit, selectMailboxes } from './imap-mailbox.js';

/**
 * Reads the account's selected mailboxes (new messages only) into `store`.
 * @example
 * const account = parseImapUrl('imap://alice@mail.example.org/', resolveImapPassword(undefined));
 * const summary = await ingestImap(store, account, options);
 */
export async function ingestImap(
  store: Store,
  account: ImapAccount,
  options: IngestOptions,
): Promise<IngestSummary> {
  const limits = resolveLimits(options.limits);
  const client = await connectImap(account);
  try {
    const units: SourceUnit[] = [];
    for (const mailbox of await selectMailboxes(client, account, options.diagnostics)) {
      units.push(await mailboxUnit(client, account, mailbox, limits));
    }
    return await ingestUnits(store, units, options);
  } finally {
    await closeImap(client);
  }
}
