/**
 * `sociogram export --workspace DIR --format json|csv|gexf --out PATH [--identified]`
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadAnalysis } from '../../analysis/index.js';
import { toCsv, toGexf, type ExportModel } from '../../report/index.js';
import { InputError } from '../../shared/errors.js';
import type { CliIo } from '../io.js';
import { t } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { withWorkspace } from '../workspace.js';

const FORMATS = ['json', 'csv', 'gexf'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags {
  workspace: string;
  format: string;
  out: string;
  identified?: boolean;
}

function serialize(model: ExportModel, format: Format): string {
  if (format === 'csv') return toCsv(model);
  if (format === 'gexf') return toGexf(model);
  return JSON.stringify(model, null, 2) + '\n';
}

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('write the analysis as JSON, CSV or GEXF (Gephi)')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .requiredOption('-f, --format <format>', 'json, csv or gexf')
    .requiredOption('-o, --out <path>', 'output file')
    .option('--identified', 'names and addresses instead of pseudonyms (audited)')
    .action(async (flags: ExportFlags) => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) {
        throw new InputError(
          `cli/export: invalid --format: ${flags.format} (expected one of ${FORMATS.join(', ')})`,
        );
      }
      const identified = flags.identified ?? false;
      const model = await withWorkspace(flags.workspace, async (ws): Promise<ExportModel> => {
        const analysis = await loadAnalysis(ws.store);
        const present = await createCliPresenter(ws, { identified, action: `cli export ${flags.format}` });
        return present.present({
          generatedAt: new Date().toISOString(),
          identified: present.identified,
          people: analysis.people.map((p) => present.withAddresses(p)),
          communities: analysis.communities.map((c) => ({ id: c.id, size: c.size, members: c.members })),
          edges: analysis.edges,
        });
      });
      writeFileSync(flags.out, serialize(model, flags.format as Format));
      io.out(t('exportWritten', { format: flags.format, path: flags.out }));
    });
}
