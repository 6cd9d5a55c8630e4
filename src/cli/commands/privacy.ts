/**
 * `sociogram privacy report|purge|audit --workspace DIR`
 *
 * report: the processing record (purpose, legal basis, data, sources, retention, who accessed what)
 * for a DPIA or a 152-FZ notification; purge: apply opt-out and retention now; audit: verify the
 * audit log's hash chain and show recent entries.
 */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import {
  applyPrivacyPurges,
  buildPrivacyReport,
  createPrivacyPolicy,
  openAuditLog,
  renderPrivacyReport,
} from '../../privacy/index.js';
import { InputError } from '../../shared/errors.js';
import { printJson, type CliIo } from '../io.js';
import { cliLang, t } from '../messages.js';
import { withWorkspace } from '../workspace.js';

function actor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

function registerReport(privacy: Command, io: CliIo): void {
  privacy
    .command('report')
    .description('processing record for a DPIA or a 152-FZ notification')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--lang <lang>', 'ru or en (default: from the locale)')
    .option('--json', 'print JSON')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (flags: { workspace: string; lang?: string; json?: boolean; out?: string }) => {
      const lang = flags.lang ?? cliLang();
      if (lang !== 'ru' && lang !== 'en') {
        throw new InputError(`cli/privacy: invalid --lang: ${lang} (expected ru or en)`);
      }
      const text = await withWorkspace(flags.workspace, async (ws) => {
        const report = await buildPrivacyReport(ws);
        openAuditLog(ws.dir).append({
          actor: actor(),
          role: 'admin',
          action: 'privacy-report',
          target: 'workspace',
        });
        return flags.json ? JSON.stringify(report, null, 2) + '\n' : renderPrivacyReport(report, lang);
      });
      if (!flags.out) return io.out(text);
      writeFileSync(flags.out, text);
      io.out(t('privacyReportWritten', { path: flags.out }));
    });
}

function registerPurge(privacy: Command, io: CliIo): void {
  privacy
    .command('purge')
    .description('remove opted-out people and expired or unretained message text now')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--json', 'print JSON')
    .action(async (flags: { workspace: string; json?: boolean }) => {
      const r = await withWorkspace(flags.workspace, async (ws) => {
        const result = await applyPrivacyPurges(ws.store, createPrivacyPolicy(ws));
        openAuditLog(ws.dir).append({
          actor: actor(),
          role: 'admin',
          action: 'purge',
          target: 'workspace',
          detail: result,
        });
        return result;
      });
      if (flags.json) return printJson(io, r);
      io.out(
        t('privacyPurged', {
          people: r.optOut.people,
          messages: r.optOut.messages,
          text: r.retention.textCleared,
          expired: r.retention.expired,
        }),
      );
    });
}

function registerAudit(privacy: Command, io: CliIo): void {
  privacy
    .command('audit')
    .description('verify the audit log and show its latest entries')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('-n, --last <n>', 'entries to show', '20')
    .option('--json', 'print JSON')
    .action(async (flags: { workspace: string; last: string; json?: boolean }) => {
      const n = Number(flags.last);
      if (!Number.isInteger(n) || n < 0) throw new InputError(`cli/privacy: invalid --last: ${flags.last}`);
      const log = await withWorkspace(flags.workspace, (ws) => Promise.resolve(openAuditLog(ws.dir)));
      const check = log.verify();
      const entries = n ? log.read({ limit: n }) : [];
      if (flags.json) return printJson(io, { ...check, entries });
      io.out(
        check.ok
          ? t('auditOk', { entries: check.entries })
          : t('auditBroken', { line: check.brokenAt ?? 0, entries: check.entries }),
      );
      for (const e of entries) io.out(`${e.time}  ${e.actor} (${e.role})  ${e.action}  ${e.target}`);
      if (!check.ok) process.exitCode = 1;
    });
}

export function registerPrivacy(program: Command, io: CliIo): void {
  const privacy = program.command('privacy').description('privacy: processing record, purges, audit log');
  registerReport(privacy, io);
  registerPurge(privacy, io);
  registerAudit(privacy, io);
}
