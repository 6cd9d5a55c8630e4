/**
 * `sociogram ingest [PATH...] --workspace DIR [--format auto|...] [--directory FILE]
 *   [--imap URL]... [--password-file FILE]`
 *
 * IMAP accounts are read after the files, new messages only; the password comes from a file or
 * `SOCIOGRAM_IMAP_PASSWORD`, never from the command line (it would show in `ps`).
 */
import type { Command } from 'commander';
import { runIngest } from '../../pipeline/index.js';
import { Diagnostics } from '../../shared/diagnostics.js';
import { InputError } from '../../shared/errors.js';
import { imapAccounts } from '../imap-flags.js';
import { printJson, type CliIo } from '../io.js';
import { t } from '../messages.js';
import { createProgressBar } from '../progress-bar.js';
import { rowByRowLine } from '../row-by-row.js';
import { withWorkspace } from '../workspace.js';

interface IngestFlags {
  workspace: string;
  format: string;
  directory?: string;
  json?: boolean;
  imap?: string[];
  passwordFile?: string;
}

const collect = (v: string, acc: string[] = []): string[] => [...acc, v];

export function registerIngest(program: Command, io: CliIo): void {
  program
    .command('ingest')
    .description('read mail archives, messenger exports and event logs into a workspace')
    .argument('[paths...]', 'files, folders or .zip archives')
    .requiredOption('-w, --workspace <dir>', 'workspace folder (created if missing)')
    .option('-f, --format <format>', 'source format, or auto to detect', 'auto')
    .option('-d, --directory <file>', 'staff directory (CSV or XLSX)')
    .option(
      '--imap <url>',
      'IMAP account: imap[s]://user@host:port/?mailboxes=INBOX,Sent|all&tls=false',
      collect,
    )
    .option('--password-file <file>', 'IMAP password file (else the SOCIOGRAM_IMAP_PASSWORD variable)')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], flags: IngestFlags) => {
      if (!paths.length && !flags.imap?.length) {
        throw new InputError('cli/ingest: nothing to read (expected files, folders or --imap URL)');
      }
      const imap = imapAccounts(flags.imap ?? [], flags.passwordFile);
      const diagnostics = new Diagnostics((line) => io.err(line));
      const result = await withWorkspace(
        flags.workspace,
        (ws) =>
          runIngest(ws, paths, {
            format: flags.format,
            directory: flags.directory,
            progress: createProgressBar(io),
            diagnostics,
            imap,
          }),
        { create: true },
      );
      if (flags.json) return printJson(io, result);
      const s = result.summary;
      io.out(
        t('ingestSummary', { read: s.read, added: s.added, duplicates: s.duplicates, skipped: s.skipped }),
      );
      for (const r of diagnostics.summary()) io.out(t('skippedReason', { reason: r.reason, count: r.count }));
      for (const src of s.sources) {
        const line = rowByRowLine(src);
        if (line) io.out(line);
      }
      io.out(
        t('identitiesResolved', {
          people: result.people,
          links: result.links,
          unresolved: result.unresolved,
        }),
      );
    });
}
