/**
 * `sociogram report --workspace DIR --format html|pdf --out PATH [--lang ru|en] [--period P] [--identified]`
 *
 * The printable analysis report. Pseudonymous unless `--identified` (the CLI holds the workspace
 * secret, so acts as admin); either way the access is written to the audit log.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { parsePeriod, produceReport, type ReportFormat } from '../../report/index.js';
import { InputError } from '../../shared/errors.js';
import type { CliIo } from '../io.js';
import { t } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { createProgressBar } from '../progress-bar.js';
import { withWorkspace } from '../workspace.js';

interface ReportFlags {
  workspace: string;
  format: string;
  out: string;
  lang: string;
  period?: string;
  identified?: boolean;
}

/** Counts pages in a PDF produced by Chromium (one `/Type /Page` object per page). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export function registerReport(program: Command, io: CliIo): void {
  program
    .command('report')
    .description('write the analysis report as self-contained HTML or PDF (A4, for print)')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('-f, --format <format>', 'html or pdf', 'html')
    .requiredOption('-o, --out <path>', 'output file')
    .option('--lang <lang>', 'ru or en', 'ru')
    .option('--period <period>', 'the span to report on: 2025-04, 2025-Q2, 2025 or 2025-03-01..2025-04-15')
    .option('--identified', 'names instead of pseudonyms (audited)')
    .action(async (flags: ReportFlags) => {
      if (flags.format !== 'html' && flags.format !== 'pdf')
        throw new InputError(`cli/report: invalid --format: ${flags.format} (expected html or pdf)`);
      if (flags.lang !== 'ru' && flags.lang !== 'en')
        throw new InputError(`cli/report: invalid --lang: ${flags.lang} (expected ru or en)`);
      const format: ReportFormat = flags.format;
      const lang = flags.lang;
      const period = flags.period ? parsePeriod(flags.period, 'cli/report --period') : undefined;
      const started = Date.now();
      const result = await withWorkspace(flags.workspace, async (ws) => {
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: `cli report ${format}`,
          target: flags.period ? `report ${flags.period}` : 'report',
        });
        return produceReport(
          ws,
          { lang, identified: present.identified, period, format, progress: createProgressBar(io) },
          (v) => present.present(v),
        );
      });
      mkdirSync(dirname(flags.out), { recursive: true });
      writeFileSync(flags.out, result.pdf ?? result.html);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const pages = result.pdf ? t('reportPages', { n: pdfPageCount(result.pdf) }) : '';
      io.out(t('reportWritten', { format, path: flags.out, pages, seconds }));
    });
}
