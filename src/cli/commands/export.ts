/**
 * `sociogram export [FORMAT] --workspace DIR [--format json|csv|gexf] --out PATH [--identified]`
 * `sociogram export gexf --dynamic [--period month|quarter] --workspace DIR --out PATH`
 *
 * `--dynamic` writes the per-window analyses (computed if missing, reused when stored and unchanged)
 * as a dynamic GEXF for Gephi's timeline.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadAnalysis, validatePeriodKind } from '../../analysis/index.js';
import { runTrends } from '../../pipeline/index.js';
import {
  createDynamicExportModel,
  toCsv,
  toDynamicGexf,
  toGexf,
  type DynamicExportModel,
  type ExportModel,
} from '../../report/index.js';
import { InputError } from '../../shared/errors.js';
import type { CliIo } from '../io.js';
import { t } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { withWorkspace } from '../workspace.js';

const FORMATS = ['json', 'csv', 'gexf'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags {
  workspace: string;
  format?: string;
  out: string;
  identified?: boolean;
  dynamic?: boolean;
  period: string;
}

function serialize(model: ExportModel, format: Format): string {
  if (format === 'csv') return toCsv(model);
  if (format === 'gexf') return toGexf(model);
  return JSON.stringify(model, null, 2) + '\n';
}

function resolveFormat(positional: string | undefined, flag: string | undefined, dynamic: boolean): Format {
  if (positional !== undefined && flag !== undefined && positional !== flag) {
    throw new InputError(`cli/export: invalid format: ${positional} and --format ${flag} (expected one)`);
  }
  const format = positional ?? flag;
  if (format === undefined || !(FORMATS as readonly string[]).includes(format)) {
    throw new InputError(
      `cli/export: invalid --format: ${format ?? '(none)'} (expected one of ${FORMATS.join(', ')})`,
    );
  }
  if (dynamic && format !== 'gexf') {
    throw new InputError(`cli/export: invalid --dynamic with ${format} (expected gexf)`);
  }
  return format as Format;
}

async function exportDynamic(flags: ExportFlags, io: CliIo): Promise<void> {
  const period = validatePeriodKind(flags.period);
  const identified = flags.identified ?? false;
  const model = await withWorkspace(flags.workspace, async (ws): Promise<DynamicExportModel> => {
    const { windows } = await runTrends(ws, { period });
    const present = await createCliPresenter(ws, { identified, action: 'cli export gexf dynamic' });
    const raw = createDynamicExportModel(windows, {
      period,
      generatedAt: new Date().toISOString(),
      identified: present.identified,
    });
    return present.present(raw);
  });
  writeFileSync(flags.out, toDynamicGexf(model));
  io.out(t('exportWritten', { format: 'gexf (dynamic)', path: flags.out }));
}

export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('write the analysis as JSON, CSV or GEXF (Gephi); `gexf --dynamic` for a timeline')
    .argument('[format]', 'json, csv or gexf (or use --format)')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('-f, --format <format>', 'json, csv or gexf')
    .requiredOption('-o, --out <path>', 'output file')
    .option('--dynamic', 'gexf only: one graph per window with spells, for the Gephi timeline')
    .option('--period <period>', 'windows of a dynamic export: month or quarter', 'month')
    .option('--identified', 'names and addresses instead of pseudonyms (audited)')
    .action(async (positional: string | undefined, flags: ExportFlags) => {
      const format = resolveFormat(positional, flags.format, flags.dynamic ?? false);
      if (flags.dynamic) return exportDynamic(flags, io);
      const identified = flags.identified ?? false;
      const model = await withWorkspace(flags.workspace, async (ws): Promise<ExportModel> => {
        const analysis = await loadAnalysis(ws.store);
        const present = await createCliPresenter(ws, { identified, action: `cli export ${format}` });
        return present.present({
          generatedAt: new Date().toISOString(),
          identified: present.identified,
          people: analysis.people.map((p) => present.withAddresses(p)),
          communities: analysis.communities.map((c) => ({ id: c.id, size: c.size, members: c.members })),
          edges: analysis.edges,
        });
      });
      writeFileSync(flags.out, serialize(model, format));
      io.out(t('exportWritten', { format, path: flags.out }));
    });
}
