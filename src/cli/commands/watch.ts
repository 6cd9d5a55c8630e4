/**
 * `sociogram watch --workspace DIR [FOLDER...] [--interval SEC] [--imap URL]... [--password-file FILE]
 *   [--directory FILE] [--once]`
 *
 * Continuous operation: polls drop folders and IMAP accounts, reads what is new, re-runs the analysis
 * and prints the affected window. SIGINT/SIGTERM stop it after the batch in hand is committed.
 */
import type { Command } from 'commander';
import { watchWorkspace, type WatchEvent } from '../../pipeline/index.js';
import { Diagnostics } from '../../shared/diagnostics.js';
import { InputError } from '../../shared/errors.js';
import { accountLabel } from '../../ingest/index.js';
import type { CliIo } from '../io.js';
import { t } from '../messages.js';
import { imapAccounts } from '../imap-flags.js';
import { validatePeriodKind } from '../../analysis/index.js';

interface WatchFlags {
  workspace: string;
  interval: string;
  imap?: string[];
  passwordFile?: string;
  directory?: string;
  once?: boolean;
  period: string;
}

const DEFAULT_INTERVAL_SEC = '60';

const collect = (v: string, acc: string[] = []): string[] => [...acc, v];

/** `YYYY-MM` of an epoch-ms time (UTC). */
function month(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

function printEvent(io: CliIo, e: WatchEvent, dir: string): void {
  switch (e.kind) {
    case 'settling':
      for (const p of e.paths) io.err(t('watchSettling', { path: p }));
      return;
    case 'ingested': {
      const s = e.summary;
      const counts = { read: s.read, added: s.added, duplicates: s.duplicates, skipped: s.skipped };
      io.out(t('watchIngested', { drops: e.paths.length, sources: s.sources.length, ...counts }));
      return;
    }
    case 'analysed': {
      const w = e.window;
      const { people, edges, communities } = e;
      const range = { from: w ? month(w.from) : '–', to: w ? month(w.to) : '–' };
      io.out(t('watchAnalysed', { ...range, run: e.runId, people, edges, communities }));
      io.out(
        t('watchWindows', {
          analysed: e.windows.analysed.join(', ') || '—',
          reused: e.windows.reused,
        }),
      );
      return;
    }
    case 'retrying':
      io.err(t('watchRetrying', { error: e.error.message }));
      return;
    case 'stopped-before-analysis':
      io.err(t('watchNotAnalysed', { dir }));
  }
}

function parseInterval(v: string): number {
  const sec = Number(v);
  if (!Number.isFinite(sec) || sec <= 0 || sec > 86_400) {
    throw new InputError(
      `cli/watch: invalid --interval: ${v} (expected seconds, more than 0 and at most 86400)`,
    );
  }
  return Math.round(sec * 1000);
}

export function registerWatch(program: Command, io: CliIo): void {
  program
    .command('watch')
    .description('keep reading new exports from folders and IMAP, re-analysing as data arrives')
    .argument(
      '[folders...]',
      'drop folders: each file or folder placed in them is read once it stops changing',
    )
    .requiredOption('-w, --workspace <dir>', 'workspace folder (created if missing)')
    .option('-i, --interval <sec>', 'poll interval; a drop must be unchanged this long', DEFAULT_INTERVAL_SEC)
    .option(
      '--imap <url>',
      'IMAP account: imap[s]://user@host:port/?mailboxes=INBOX,Sent|all&tls=false',
      collect,
    )
    .option('--password-file <file>', 'IMAP password file (else the SOCIOGRAM_IMAP_PASSWORD variable)')
    .option('-d, --directory <file>', 'staff directory (CSV or XLSX)')
    .option(
      '--period <kind>',
      'calendar windows re-analysed when their data changes: month or quarter',
      'month',
    )
    .option('--once', 'one pass: read what is there and stable, analyse, exit')
    .action(async (folders: string[], flags: WatchFlags) => {
      if (!folders.length && !flags.imap?.length) {
        throw new InputError('cli/watch: nothing to watch (expected folders or --imap URL)');
      }
      const intervalMs = parseInterval(flags.interval);
      const period = validatePeriodKind(flags.period);
      const imap = imapAccounts(flags.imap ?? [], flags.passwordFile);
      const sources = [...folders, ...imap.map(accountLabel)].join(', ');
      const interval = intervalMs / 1000;
      io.out(t(flags.once ? 'watchOnce' : 'watchStarted', { sources, interval }));
      const stop = new AbortController();
      const onSignal = (): void => {
        if (!stop.signal.aborted) io.err(t('watchStopping'));
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const r = await watchWorkspace(flags.workspace, {
          folders,
          intervalMs,
          imap,
          period,
          once: flags.once,
          signal: stop.signal,
          directory: flags.directory,
          diagnostics: new Diagnostics((line) => io.err(line)),
          onEvent: (e) => printEvent(io, e, flags.workspace),
        });
        io.out(t('watchStopped', { ...r }));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
