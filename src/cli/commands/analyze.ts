/**
 * `sociogram analyze --workspace DIR`
 */
import type { Command } from 'commander';
import { runAnalysis } from '../../pipeline/index.js';
import { printJson, type CliIo } from '../io.js';
import { t } from '../messages.js';
import { createProgressBar } from '../progress-bar.js';
import { withWorkspace } from '../workspace.js';

export function registerAnalyze(program: Command, io: CliIo): void {
  program
    .command('analyze')
    .alias('analyse')
    .description('build the communication graph, score leaders and find interest groups')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--seed <n>', 'seed for community detection', '1')
    .option('--json', 'print the run summary as JSON')
    .action(async (flags: { workspace: string; seed: string; json?: boolean }) => {
      const { runId, output } = await withWorkspace(flags.workspace, (ws) =>
        runAnalysis(ws, { seed: Number(flags.seed), progress: createProgressBar(io) }),
      );
      if (flags.json) return printJson(io, { runId, ...output.summary });
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
    });
}
