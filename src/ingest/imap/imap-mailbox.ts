/**
 * IMAP mailboxes as sources
 *
 * Chooses the mailboxes to read and turns each into a pipeline source. A mailbox's source is keyed by
 * server, user, mailbox and UIDVALIDITY; its checkpoint position is the last UID committed, so the
 * next run fetches only UIDs above it. When the server changes UIDVALIDITY (the mailbox was rebuilt,
 * old UIDs mean nothing) the key changes too: the mailbox is read again from the start and messages
 * already stored count as duplicates by their message key.
 */
import { createHash } from 'node:crypto';
import type { FetchMessageObject, ImapFlow } from 'imapflow';
import type { Diagnostics } from '../../shared/diagnostics.js';
import { SourceFormatError } from '../../shared/errors.js';
import type { AdapterItem, AdapterInput, IngestLimits, ResumePoint, SourceUnit } from '../types.js';
import { accountLabel, type ImapAccount } from './imap-account.js';
import { sessionError } from './imap-connect.js';

const SENT = '\\Sent';

/** The mailbox paths to read, in server order; names not on the server are reported and left out. */
export async function selectMailboxes(
  client: ImapFlow,
  account: ImapAccount,
  diagnostics: Diagnostics,
): Promise<string[]> {
  const listed = await client.list().catch((err: unknown) => {
    throw sessionError(account, '', err);
  });
  const selectable = listed.filter((b) => !b.flags.has('\\Noselect') && !b.flags.has('\\NonExistent'));
  const sel = account.mailboxes;
  if (sel === 'all') return selectable.map((b) => b.path);
  if (sel === 'default') {
    return selectable
      .filter((b) => b.path.toUpperCase() === 'INBOX' || b.specialUse === SENT)
      .map((b) => b.path);
  }
  const out: string[] = [];
  for (const name of sel) {
    const found = selectable.find((b) =>
      name.toUpperCase() === 'INBOX' ? b.path.toUpperCase() === 'INBOX' : b.path === name,
    );
    if (found) out.push(found.path);
    else {
      const file = `${accountLabel(account)}/${name}`;
      diagnostics.report(
        'imap-mailbox-missing',
        { file },
        'no such selectable mailbox on the server; skipped',
      );
    }
  }
  return out;
}

function fingerprintOf(account: ImapAccount, mailbox: string, uidValidity: bigint): string {
  const who = `${account.host.toLowerCase()}:${account.port}:${account.user}:${mailbox}`;
  return `imap:${createHash('sha256').update(who).digest('hex').slice(0, 24)}:${uidValidity}`;
}

/** Builds the source of one mailbox from its current UIDVALIDITY. */
export async function mailboxUnit(
  client: ImapFlow,
  account: ImapAccount,
  mailbox: string,
  limits: IngestLimits,
): Promise<SourceUnit> {
  const status = await client.status(mailbox, { uidValidity: true }).catch((err: unknown) => {
    throw sessionError(account, mailbox, err);
  });
  const uidValidity = status ? status.uidValidity : undefined;
  if (uidValidity === undefined) throw sessionError(account, mailbox, new Error('no UIDVALIDITY in STATUS'));
  return {
    adapter: {
      name: 'imap',
      // The position is a UID: a resumed read asks the server only for UIDs above it.
      seekable: true,
      read: (input, _ctx, resume) =>
        readMailbox(client, account, mailbox, uidValidity, input, limits, resume),
    },
    input: { path: `${accountLabel(account)}/${mailbox};UIDVALIDITY=${uidValidity}`, files: [] },
    fingerprint: fingerprintOf(account, mailbox, uidValidity),
    bytes: 0,
    growing: true,
  };
}

async function* readMailbox(
  client: ImapFlow,
  account: ImapAccount,
  mailbox: string,
  uidValidity: bigint,
  input: AdapterInput,
  limits: IngestLimits,
  resume: ResumePoint,
): AsyncGenerator<AdapterItem> {
  const lock = await client.getMailboxLock(mailbox, { readOnly: true }).catch((err: unknown) => {
    throw sessionError(account, mailbox, err);
  });
  try {
    const box = client.mailbox;
    if (!box || box.uidValidity !== uidValidity) {
      // Changed between STATUS and SELECT: what we would fetch belongs to another source key.
      throw new SourceFormatError(
        { file: input.path },
        'UIDVALIDITY changed during the run; read again next run',
        {
          code: 'IMAP_UIDVALIDITY_CHANGED',
        },
      );
    }
    // UIDs above uidNext - 1 did not exist when the mailbox was selected; newer ones wait for the
    // next run, which keeps each run's range fixed.
    const last = box.uidNext - 1;
    for (let from = resume.position + 1; from <= last; from += account.fetchBatch) {
      const to = Math.min(last, from + account.fetchBatch - 1);
      yield* await fetchRange(client, account, mailbox, input.path, from, to, limits);
    }
  } finally {
    lock.release();
  }
}

/** Fetches UIDs `from..to`: sizes first, then the bodies of those within the message limit. */
async function fetchRange(
  client: ImapFlow,
  account: ImapAccount,
  mailbox: string,
  file: string,
  from: number,
  to: number,
  limits: IngestLimits,
): Promise<AdapterItem[]> {
  const fetch = (range: string, query: { size?: true; internalDate?: true; source?: true }) =>
    client.fetchAll(range, { uid: true, ...query }, { uid: true }).catch((err: unknown) => {
      throw sessionError(account, mailbox, err, from);
    });
  const meta = (await fetch(`${from}:${to}`, { size: true, internalDate: true })).sort(
    (a, b) => a.uid - b.uid,
  );
  const wanted = meta.filter((m) => (m.size ?? 0) <= limits.maxMessageBytes).map((m) => m.uid);
  const bodies = new Map<number, Buffer>();
  if (wanted.length) {
    for (const m of await fetch(wanted.join(','), { source: true }))
      if (m.source) bodies.set(m.uid, m.source);
  }
  return meta.map((m) => toItem(m, bodies.get(m.uid), file, limits));
}

function toItem(
  m: FetchMessageObject,
  raw: Buffer | undefined,
  file: string,
  limits: IngestLimits,
): AdapterItem {
  const source = { file, record: m.uid };
  if ((m.size ?? 0) > limits.maxMessageBytes) {
    const detail = `message of ${m.size} bytes over ${limits.maxMessageBytes}`;
    return { kind: 'skip', source, reason: 'oversized-message', detail, resume: m.uid };
  }
  if (!raw) {
    // Expunged between the two fetches.
    return {
      kind: 'skip',
      source,
      reason: 'imap-message-gone',
      detail: 'expunged while reading',
      resume: m.uid,
    };
  }
  const date = m.internalDate === undefined ? undefined : new Date(m.internalDate).getTime();
  return {
    kind: 'mail',
    raw,
    source,
    ...(date !== undefined && Number.isFinite(date) ? { envelope: { timestamp: date } } : {}),
    resume: m.uid,
  };
}
