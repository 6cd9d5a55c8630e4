/**
 * `sociogram identities --workspace DIR [--top N] [--json] [--apply]`
 *
 * Lists how identifiers were merged into people and which stay unresolved, and writes them to the
 * workspace's `identities.csv`, where an analyst fills `person_id` (link to a person) or `kind`
 * (bot/list/shared/external). The next ingest honours the file; `--apply` re-links right away.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  CORRECTIONS_FILE,
  identityReport,
  readCorrectionsFile,
  resolveIdentities,
  writeCorrectionsFile,
  type ReportRow,
} from '../../identity/index.js';
import { printJson, type CliIo } from '../io.js';
import { withWorkspace } from '../workspace.js';

function line(r: ReportRow): string {
  return `  ${r.identifier}  →  ${r.personName || r.personId} [${r.kind}, ${r.method}] (${r.messages} msg)`;
}

export function registerIdentities(program: Command, io: CliIo): void {
  program
    .command('identities')
    .description('list identity merges and unresolved addresses; write identities.csv for corrections')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--top <n>', 'rows to print per list', '30')
    .option('--apply', 're-link identities now with the corrections in identities.csv')
    .option('--json', 'print JSON')
    .action(async (flags: { workspace: string; top: string; apply?: boolean; json?: boolean }) => {
      await withWorkspace(flags.workspace, async (ws) => {
        const file = join(ws.dir, CORRECTIONS_FILE);
        if (flags.apply && existsSync(file)) {
          await resolveIdentities(ws.store, {
            corrections: readCorrectionsFile(file),
            domains: ws.config.domains,
          });
        }
        const report = await identityReport(ws.store);
        writeCorrectionsFile(file, report);
        if (flags.json) return printJson(io, { ...report, correctionsFile: file });
        const top = Math.max(1, Number(flags.top) || 30);
        io.out(`merges (${report.merges.length}):`);
        for (const r of report.merges.slice(0, top)) io.out(line(r));
        io.out(`unresolved (${report.unresolved.length}):`);
        for (const r of report.unresolved.slice(0, top)) io.out(line(r));
        io.out(`corrections file: ${file} (fill person_id or kind; the next ingest, or --apply, honours it)`);
      });
    });
}
