/**
 * `sociogram analyze --workspace DIR [--period month|quarter]`
 *
 * With `--period`, also analyses each calendar window (stored per window, reused while its data is
 * unchanged), which `trends` and the dynamic GEXF export read.
 */
import type { Command } from 'commander';
import { validatePeriodKind } from '../../analysis/index.js';
import { runAnalysis, runTrends } from '../../pipeline/index.js';
import { printJson, type CliIo } from '../io.js';
import { t } from '../messages.js';
import { createProgressBar } from '../progress-bar.js';
import { withWorkspace } from '../workspace.js';

interface AnalyzeFlags {
  workspace: string;
  seed: string;
  period?: string;
  json?: boolean;
}

export function registerAnalyze(program: Command, io: CliIo): void {
  program
    .command('analyze')
    .alias('analyse')
    .description('build the communication graph, score leaders and find interest groups')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--seed <n>', 'seed for community detection', '1')
    .option('--period <period>', 'also analyse each month or quarter (for trends)')
    .option('--json', 'print the run summary as JSON')
    .action(async (flags: AnalyzeFlags) => {
      const period = flags.period === undefined ? undefined : validatePeriodKind(flags.period);
      const seed = Number(flags.seed);
      const { runId, output, windows } = await withWorkspace(flags.workspace, async (ws) => {
        const progress = createProgressBar(io);
        const whole = await runAnalysis(ws, { seed, progress });
        const windowed = period ? (await runTrends(ws, { period, seed, progress })).windows : [];
        return { ...whole, windows: windowed };
      });
      const windowSummary = windows.map((w) => ({
        window: w.window.label,
        runId: w.runId,
        reused: w.reused,
        thin: w.thin,
        messages: w.messages,
      }));
      if (flags.json)
        return printJson(io, { runId, ...output.summary, ...(period ? { windows: windowSummary } : {}) });
      const s = output.summary;
      io.out(
        t('analysisDone', {
          run: runId,
          people: s.people,
          edges: s.edges,
          communities: s.communities,
          modularity: s.modularity.toFixed(3),
        }),
      );
      if (!period) return;
      io.out(
        t('windowsDone', {
          period: t(period === 'month' ? 'periodMonth' : 'periodQuarter'),
          windows: windows.length,
          analysed: windows.filter((w) => !w.thin && !w.reused).length,
          reused: windows.filter((w) => w.reused).length,
          thin: windows.filter((w) => w.thin).length,
        }),
      );
    });
}
