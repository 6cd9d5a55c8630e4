/**
 * `sociogram stability --workspace DIR [--top K] [--bootstrap B] [--seed S] [--json] [--lang ru|en]`
 *
 * How solid the leader list is: Jaccard overlap of the top k under changes of the tie definition
 * and under bootstrap resamples of messages, and each leader's share of recomputations that keep them.
 */
import type { Command } from 'commander';
import { workspaceStability, type PersonStability } from '../../analysis/index.js';
import { InputError } from '../../shared/errors.js';
import { printJson, type CliIo } from '../io.js';
import type { Lang } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { createProgressBar } from '../progress-bar.js';
import { resolveLang, ts } from '../stability-messages.js';
import { withWorkspace } from '../workspace.js';

interface StabilityFlags {
  workspace: string;
  top: string;
  bootstrap: string;
  seed: string;
  json?: boolean;
  lang?: string;
  identified?: boolean;
}

/** Parses a non-negative (or positive) integer flag. */
export function intFlag(command: string, name: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) {
    throw new InputError(`cli/${command}: invalid --${name}: ${v} (expected an integer ≥ ${min})`);
  }
  return n;
}

/** Validates `--lang`. */
export function langFlag(command: string, v: string | undefined): Lang {
  if (v !== undefined && v !== 'ru' && v !== 'en') {
    throw new InputError(`cli/${command}: invalid --lang: ${v} (expected ru or en)`);
  }
  return resolveLang(v);
}

const pct = (v: number | null): string => (v === null ? '–' : `${Math.round(v * 100)}%`);
const f2 = (v: number): string => v.toFixed(2);

function personLine(p: PersonStability, lang: Lang): string {
  return ts(
    'stabilityPersonLine',
    {
      rank: p.baselineRank,
      label: p.label,
      class: ts(`stabilityClass_${p.class}`, {}, lang),
      variants: pct(p.variantShare),
      resamples: pct(p.bootstrapShare),
      median: p.rankMedian ?? '–',
      low: p.rankLow ?? '–',
      high: p.rankHigh ?? '–',
    },
    lang,
  );
}

export function registerStability(program: Command, io: CliIo): void {
  program
    .command('stability')
    .description('how stable the leader list is under other tie definitions and resampled messages')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('-n, --top <k>', 'size of the leader list', '20')
    .option('-b, --bootstrap <B>', 'bootstrap resamples of messages (0 = none)', '50')
    .option('--seed <s>', 'seed of the resampling', '42')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'language of the text output: ru or en')
    .option('--identified', 'show names instead of pseudonyms (audited)')
    .action(async (flags: StabilityFlags) => {
      const k = intFlag('stability', 'top', flags.top, 1);
      const bootstrap = intFlag('stability', 'bootstrap', flags.bootstrap, 0);
      const seed = intFlag('stability', 'seed', flags.seed, 0);
      const lang = langFlag('stability', flags.lang);
      await withWorkspace(flags.workspace, async (ws) => {
        const report = await workspaceStability(ws.store, {
          k,
          bootstrap,
          seed,
          progress: createProgressBar(io),
        });
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: 'cli stability',
        });
        const shown = present.present(report);
        if (flags.json) return printJson(io, shown);
        io.out(ts('stabilityTitle', { k, seed: shown.analysisSeed }, lang));
        if (shown.tieDefinition) {
          io.out(ts('stabilityVariantsTitle', {}, lang));
          for (const v of shown.variants) {
            io.out(
              ts(
                'stabilityVariantLine',
                { name: v.name.padEnd(15), jaccard: f2(v.jaccard), dropped: v.dropped, k },
                lang,
              ),
            );
          }
          io.out(
            ts(
              'stabilityVariantsSummary',
              { mean: f2(shown.tieDefinition.mean), min: f2(shown.tieDefinition.min) },
              lang,
            ),
          );
        }
        if (shown.bootstrap) {
          const b = shown.bootstrap;
          io.out(ts('stabilityBootstrap', { b: b.resamples, mean: f2(b.mean), min: f2(b.min) }, lang));
        }
        io.out(ts('stabilityCounts', shown.counts, lang));
        const inTop = shown.people.filter((p) => p.baselineRank <= k);
        for (const p of inTop) io.out(personLine(p, lang));
        const others = shown.people.filter((p) => p.baselineRank > k);
        if (others.length) {
          io.out(ts('stabilityContenders', { k }, lang));
          for (const p of others) io.out(personLine(p, lang));
        }
      });
    });
}
