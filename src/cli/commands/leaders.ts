/**
 * `sociogram leaders --workspace DIR [--top N] [--json] [--identified] [--blend-nominations W]`
 */
import type { Command } from 'commander';
import { blendedLeaders, loadAnalysis } from '../../analysis/index.js';
import { InputError } from '../../shared/errors.js';
import { printJson, type CliIo } from '../io.js';
import { t } from '../messages.js';
import { createCliPresenter, type CliPresenter } from '../present.js';
import { ts } from '../stability-messages.js';
import { withWorkspace } from '../workspace.js';
import type { Workspace } from '../../store/index.js';

interface LeadersFlags {
  workspace: string;
  top: string;
  json?: boolean;
  identified?: boolean;
  blendNominations?: string;
}

function blendWeight(v: string): number {
  const w = Number(v);
  if (v.trim() === '' || !(w >= 0 && w <= 1)) {
    throw new InputError(`cli/leaders: invalid --blend-nominations: ${v} (expected a number from 0 to 1)`);
  }
  return w;
}

/** Leaders re-ranked with nominations blended in (`rank` is the blended rank). */
async function printBlended(
  ws: Workspace,
  present: CliPresenter,
  io: CliIo,
  top: number,
  w: number,
  json: boolean,
) {
  const { runId, people } = await blendedLeaders(ws.store, w);
  const leaders = present.present(
    people
      .slice(0, top)
      .map((p) => present.withAddresses({ ...p, computedRank: p.rank, rank: p.blend.rank })),
  );
  if (json) return printJson(io, { runId, blendNominations: w, leaders });
  io.out(ts('blendedTitle', { n: leaders.length, w }));
  for (const l of leaders) {
    const b = l.blend;
    io.out(
      ts('blendedLine', {
        rank: b.rank,
        label: l.label,
        blended: b.blended.toFixed(1),
        computed: Math.round(b.computedPercentile),
        nominated: Math.round(b.nominatedPercentile),
        nominations: b.nominations,
      }),
    );
  }
}

export function registerLeaders(program: Command, io: CliIo): void {
  program
    .command('leaders')
    .description('list the informal opinion leaders with the reasons for each')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('-n, --top <n>', 'how many to list', '20')
    .option('--json', 'print JSON')
    .option('--identified', 'show names instead of pseudonyms (audited)')
    .option('--blend-nominations <w>', 'rank by (1-w)·computed + w·nominated (percentiles), w in 0–1')
    .action(async (flags: LeadersFlags) => {
      const top = Number(flags.top);
      if (!Number.isInteger(top) || top < 1) {
        throw new InputError(`cli/leaders: invalid --top: ${flags.top} (expected a positive integer)`);
      }
      const w = flags.blendNominations === undefined ? undefined : blendWeight(flags.blendNominations);
      await withWorkspace(flags.workspace, async (ws) => {
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: 'cli leaders',
        });
        if (w !== undefined) return printBlended(ws, present, io, top, w, flags.json ?? false);
        const analysis = await loadAnalysis(ws.store);
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
