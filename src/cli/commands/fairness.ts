/**
 * `sociogram fairness --workspace DIR [--top K] [--json] [--lang ru|en]`
 *
 * How the top-k leaders are spread over departments, positions, formal levels and sexes, against the
 * whole staff; small categories are merged so no aggregate covers fewer than the minimum group size.
 */
import type { Command } from 'commander';
import { workspaceFairness, type FairnessCategory } from '../../analysis/index.js';
import { createPrivacyPolicy } from '../../privacy/index.js';
import { printJson, type CliIo } from '../io.js';
import type { Lang } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { ts } from '../stability-messages.js';
import { withWorkspace } from '../workspace.js';
import { intFlag, langFlag } from './stability.js';

interface FairnessFlags {
  workspace: string;
  top: string;
  json?: boolean;
  lang?: string;
}

const share = (v: number): string => `${Math.round(v * 100)}%`;

function categoryLine(c: FairnessCategory, lang: Lang): string {
  const p = c.pValue < 0.001 ? '< 0.001' : c.pValue.toFixed(3);
  const flag =
    c.flag === 'over'
      ? ts('fairnessOver', { p }, lang)
      : c.flag === 'under'
        ? ts('fairnessUnder', { p }, lang)
        : '';
  return ts(
    'fairnessLine',
    {
      category: c.category,
      staff: c.staff,
      staffShare: share(c.staffShare),
      leaders: c.leaders,
      leaderShare: share(c.leaderShare),
      ratio: c.ratio.toFixed(2),
      flag,
    },
    lang,
  );
}

export function registerFairness(program: Command, io: CliIo): void {
  program
    .command('fairness')
    .description('how the leader list is spread over departments, positions, levels and sexes')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('-n, --top <k>', 'size of the leader list', '20')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'language of the text output: ru or en')
    .action(async (flags: FairnessFlags) => {
      const k = intFlag('fairness', 'top', flags.top, 1);
      const lang = langFlag('fairness', flags.lang);
      await withWorkspace(flags.workspace, async (ws) => {
        const minGroupSize = createPrivacyPolicy(ws).config.minGroupSize;
        const report = await workspaceFairness(ws.store, { k, minGroupSize });
        const present = await createCliPresenter(ws, {
          identified: false,
          action: 'cli fairness',
          target: 'aggregates',
        });
        const shown = present.present(report);
        if (flags.json) return printJson(io, shown);
        io.out(ts('fairnessTitle', { k: shown.k, staff: shown.staff, min: minGroupSize }, lang));
        if (shown.externalsSkipped) io.out(ts('fairnessExternals', { n: shown.externalsSkipped }, lang));
        for (const d of shown.dimensions) {
          io.out(ts('fairnessDimension', { dimension: ts(`dimension_${d.dimension}`, {}, lang) }, lang));
          for (const c of d.categories) io.out(categoryLine(c, lang));
        }
        if (shown.absent.length) {
          const names = shown.absent.map((d) => ts(`dimension_${d}`, {}, lang)).join(', ');
          io.out(ts('fairnessAbsent', { dimensions: names }, lang));
        }
      });
    });
}
