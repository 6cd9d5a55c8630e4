/**
 * `sociogram demo [--out DIR] [--people N] [--seed N] [--survey] [--planted-change]`
 *
 * Generates the demo organization, ingests it into a workspace, analyses it and reports how well the
 * planted informal leaders were found (precision@k) and whether formal hubs crept into the top.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { precisionAtK } from '../../analysis/index.js';
import { runDemoCampaignStory, saveCampaignEvaluation, saveCampaignPlan } from '../../campaign/index.js';
import { generateDemo } from '../../demo/index.js';
import { runAnalysis, runIngest } from '../../pipeline/index.js';
import { Diagnostics } from '../../shared/diagnostics.js';
import { InputError } from '../../shared/errors.js';
import { initWorkspace } from '../../store/index.js';
import { printJson, type CliIo } from '../io.js';
import { t } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { createProgressBar } from '../progress-bar.js';
import { withWorkspace } from '../workspace.js';
import { serveDemo } from './demo-serve.js';
import { importSurvey } from './nominations.js';
import { ts } from '../stability-messages.js';

interface DemoFlags {
  out: string;
  people: string;
  seed: string;
  top: string;
  json?: boolean;
  identified?: boolean;
  serve?: boolean;
  plantedChange?: boolean;
  port: string;
  survey?: boolean;
}

interface GroundTruth {
  leaders: string[];
  formalHubs: string[];
  change?: { month: number; date: string; leaverId: string; mergedGroups: [string, string] };
}

function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new InputError(`cli/demo: invalid --${name}: ${v} (expected a positive integer)`);
  return n;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

/** A previous demo's store is removed so timings and counts describe a fresh run. */
function clearPreviousDemo(dir: string): void {
  if (existsSync(join(dir, 'data', 'ground-truth.json'))) {
    for (const f of ['sociogram.duckdb', 'sociogram.duckdb.wal']) rmSync(join(dir, f), { force: true });
  }
}

export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('generate a realistic demo organization, ingest and analyse it, and score the result')
    .option('-o, --out <dir>', 'workspace folder for the demo', 'sociogram-demo')
    .option('--people <n>', 'staff size', '600')
    .option('--seed <n>', 'random seed', '42')
    .option('--top <n>', 'leaders to print', '15')
    .option('--identified', 'print names instead of pseudonyms')
    .option('--json', 'print the result as JSON')
    .option('--survey', 'also write a nomination survey (data/survey.csv) and import it')
    .option('--planted-change', 'plant a change in month 2 (a leader leaves, two groups merge) for `trends`')
    .option('--serve', 'then serve the dashboard for the demo workspace (Ctrl+C to stop)')
    .option('-p, --port <n>', 'port for --serve', '8750')
    .action(async (flags: DemoFlags) => {
      const people = positiveInt('people', flags.people);
      const seed = positiveInt('seed', flags.seed);
      const dir = resolve(flags.out);
      const progress = createProgressBar(io);
      const t0 = Date.now();
      clearPreviousDemo(dir);
      const manifest = await generateDemo({
        outDir: join(dir, 'data'),
        people,
        seed,
        survey: flags.survey ?? false,
        plantedChange: flags.plantedChange ?? false,
      });
      const t1 = Date.now();
      initWorkspace(dir, { name: 'Sociogram demo', ingest: { csv: manifest.csvMapping } });
      const truth = JSON.parse(readFileSync(manifest.files.groundTruth, 'utf8')) as GroundTruth;
      const result = await withWorkspace(dir, async (ws) => {
        const ingest = await runIngest(
          ws,
          [manifest.files.mbox, manifest.files.telegram, manifest.files.dlp],
          { directory: manifest.files.directory, progress, diagnostics: new Diagnostics() },
        );
        const t2 = Date.now();
        const { runId, output } = await runAnalysis(ws, { seed, progress });
        const t3 = Date.now();
        const survey = manifest.files.survey ? await importSurvey(ws, manifest.files.survey) : undefined;
        const story = await runDemoCampaignStory(ws.store, { outDir: join(dir, 'campaign'), seed });
        saveCampaignPlan(ws.dir, story.plan);
        saveCampaignEvaluation(ws.dir, story.evaluation);
        const t4 = Date.now();
        const status = await ws.store.status();
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: 'cli demo',
        });
        const ranked = output.people.map((p) => p.id);
        const k = truth.leaders.length;
        const precision = precisionAtK(ranked, truth.leaders, k);
        const hubSet = new Set(truth.formalHubs);
        const hubsInTop = ranked.slice(0, k).filter((id) => hubSet.has(id)).length;
        const leaderSet = new Set(truth.leaders);
        const top = present.present(
          output.people
            .slice(0, positiveInt('top', flags.top))
            .map((p) => ({ ...p, planted: leaderSet.has(p.id) })),
        );
        return {
          runId,
          workspace: dir,
          counts: manifest.counts,
          messagesByChannel: status.messagesByChannel,
          ingest: ingest.summary,
          summary: output.summary,
          ...(survey ? { survey } : {}),
          precisionAtK: precision,
          formalHubsInTopK: hubsInTop,
          campaign: {
            reach: story.reach.map((r) => ({ strategy: r.strategy, reach: r.reach })),
            uplift: story.uplift?.statement ?? null,
            files: story.files,
          },
          timings: {
            generate: t1 - t0,
            ingest: t2 - t1,
            analyse: t3 - t2,
            campaign: t4 - t3,
            total: t4 - t0,
          },
          top,
          ...(truth.change ? { plantedChange: present.present(truth.change) } : {}),
        };
      });
      if (flags.json) {
        printJson(io, result);
        if (flags.serve) await serveDemo(dir, Number(flags.port), io);
        return;
      }
      const c = result.counts;
      io.out(
        t('demoGenerated', {
          people: c.people,
          departments: c.departments,
          emails: c.emails,
          chat: c.chatMessages,
          dlp: c.dlpEvents,
        }),
      );
      const ing = result.ingest;
      io.out(
        t('ingestSummary', {
          read: ing.read,
          added: ing.added,
          duplicates: ing.duplicates,
          skipped: ing.skipped,
        }),
      );
      io.out(
        t('analysisDone', {
          run: result.runId,
          people: result.summary.people,
          edges: result.summary.edges,
          communities: result.summary.communities,
          modularity: result.summary.modularity.toFixed(3),
        }),
      );
      if (result.survey) {
        const { skippedByReason: _reasons, ...counts } = result.survey;
        io.out(ts('nominationsImported', { ...counts, file: 'survey.csv' }));
      }
      io.out(t('leadersTitle', { n: result.top.length }));
      for (const l of result.top) {
        const why = l.explanation.map((e) => `${e.factor} p${Math.round(e.percentile)}`).join(', ');
        io.out(
          `${l.planted ? '✓' : ' '} ${t('leaderLine', { rank: l.rank, label: l.label, score: l.score.toFixed(3), why })}`,
        );
      }
      const p = result.precisionAtK;
      io.out(
        t('demoPrecision', {
          k: p.k,
          precision: p.precision.toFixed(2),
          hits: p.hits,
          recall: p.recall.toFixed(2),
        }),
      );
      io.out(t('demoHubs', { k: p.k, hubs: result.formalHubsInTopK }));
      for (const r of result.campaign.reach) {
        io.out(
          t('demoReach', {
            strategy: r.strategy,
            reach: r.reach.mean.toFixed(1),
            low: r.reach.low.toFixed(1),
            high: r.reach.high.toFixed(1),
          }),
        );
      }
      if (result.campaign.uplift) io.out(t('demoUplift', { statement: result.campaign.uplift }));
      const tm = result.timings;
      io.out(
        t('demoTiming', {
          generate: seconds(tm.generate),
          ingest: seconds(tm.ingest),
          analyse: seconds(tm.analyse),
          campaign: seconds(tm.campaign),
          total: seconds(tm.total),
        }),
      );
      if (result.plantedChange) {
        const c = result.plantedChange;
        io.out(
          t('demoChange', { date: c.date, leaver: c.leaverId, groups: c.mergedGroups.join(' → '), dir }),
        );
      }
      io.out(t('demoWorkspace', { dir }));
      if (flags.serve) await serveDemo(dir, Number(flags.port), io);
    });
}
