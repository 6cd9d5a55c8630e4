/**
 * `sociogram leaders --workspace DIR [--top N] [--json] [--identified]`
 */
import type { Command } from 'commander';
import { loadAnalysis } from '../../analysis/index.js';
import { InputError } from '../../shared/errors.js';
import { printJson, type CliIo } from '../io.js';
import { t } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { withWorkspace } from '../workspace.js';

interface LeadersFlags {
  workspace: string;
  top: string;
  json?: boolean;
  identified?: boolean;
}

export function registerLeaders(program: Command, io: CliIo): void {
  program
    .command('leaders')
    .description('list the informal opinion leaders with the reasons for each')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('-n, --top <n>', 'how many to list', '20')
    .option('--json', 'print JSON')
    .option('--identified', 'show names instead of pseudonyms (audited)')
    .action(async (flags: LeadersFlags) => {
      const top = Number(flags.top);
      if (!Number.isInteger(top) || top < 1) {
        throw new InputError(`cli/leaders: invalid --top: ${flags.top} (expected a positive integer)`);
      }
      await withWorkspace(flags.workspace, async (ws) => {
        const analysis = await loadAnalysis(ws.store);
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: 'cli leaders',
        });
        const leaders = present.present(analysis.people.slice(0, top).map((p) => present.withAddresses(p)));
        if (flags.json) return printJson(io, { runId: analysis.runId, leaders });
        io.out(t('leadersTitle', { n: leaders.length }));
        for (const l of leaders) {
          const why = l.explanation.map((e) => `${e.factor} p${Math.round(e.percentile)}`).join(', ');
          io.out(t('leaderLine', { rank: l.rank, label: l.label, score: l.score.toFixed(3), why }));
        }
      });
    });
}
