/**
 * `sociogram campaign plan|simulate|evaluate --workspace DIR ... [--json]`
 *
 * Plans an information campaign through the people who move information (IMM under constraints,
 * compared with baselines), simulates any plan (IC/LT, what-if) and evaluates a real campaign's
 * outcome file against an earlier campaign, a control group or the plan's hold-out arm. The plan is
 * saved as `campaign-plan.json` in the workspace so `simulate` and `evaluate` can reuse it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  CAMPAIGN_PLAN_FILE,
  createMatchDirectory,
  evaluateCampaign,
  interruptedTimeSeries,
  loadCampaignInputs,
  matchOutcome,
  planCampaign,
  readOutcomeFile,
  saveCampaignEvaluation,
  saveCampaignPlan,
  simulateCampaign,
  traceCascades,
  writeCampaignXlsx,
  type CampaignPlan,
} from '../../campaign/index.js';
import { Diagnostics } from '../../shared/diagnostics.js';
import { InputError } from '../../shared/errors.js';
import { printJson, type CliIo } from '../io.js';
import { createCliPresenter } from '../present.js';
import { withWorkspace } from '../workspace.js';

const DAY = 86_400_000;

interface CommonFlags {
  workspace: string;
  json?: boolean;
  identified?: boolean;
  xlsx?: string;
  lang?: string;
}

function int(name: string, v: string | undefined, min = 1): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new InputError(`cli/campaign: invalid --${name}: ${v} (expected an integer ≥ ${min})`);
  return n;
}

function share(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!(x > 0 && x < 1))
    throw new InputError(`cli/campaign: invalid --${name}: ${v} (expected a share between 0 and 1)`);
  return x;
}

const list = (v: string | undefined): string[] =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const lang = (v: string | undefined): 'ru' | 'en' => (v === 'en' ? 'en' : 'ru');

/** Accepts person ids or the pseudonyms the CLI prints (P-XXXXXXXX). */
function unpseudonymize(
  values: readonly string[],
  ids: readonly string[],
  pseudonym: (id: string) => string,
): string[] {
  const back = new Map(ids.map((id) => [pseudonym(id), id]));
  return values.map((v) => back.get(v) ?? v);
}

function readPlan(dir: string, file: string | undefined): CampaignPlan {
  const path = file ?? join(dir, CAMPAIGN_PLAN_FILE);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CampaignPlan;
  } catch (cause) {
    throw new InputError(
      `cli/campaign: cannot read the plan ${path} (run \`sociogram campaign plan\` first)`,
      { cause },
    );
  }
}

interface PlanFlags extends CommonFlags {
  k: string;
  topic?: string;
  focus?: string;
  minGroupSize?: string;
  maxPerDepartment?: string;
  exclude?: string;
  holdoutGroups?: string;
  holdoutAmbassadors?: string;
  epsilon?: string;
  seed?: string;
  runs?: string;
}

function registerPlan(cmd: Command, io: CliIo): void {
  cmd
    .command('plan')
    .description('choose k ambassadors that maximise expected reach (IMM), compared with baselines')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .requiredOption('-k, --k <n>', 'number of ambassadors')
    .option('--topic <id>', 'focus the ties on this topic')
    .option('--focus <f>', 'how much the topic counts, 0–1', '0.7')
    .option('--min-group-size <n>', 'groups at least this big get an ambassador', '10')
    .option('--max-per-department <n>', 'at most this many ambassadors per department')
    .option('--exclude <ids>', 'comma-separated person ids who may not be ambassadors')
    .option('--holdout-groups <share>', 'leave out this share of groups at random (control arm)')
    .option('--holdout-ambassadors <share>', 'leave out this share of ambassadors at random (control arm)')
    .option('--epsilon <e>', 'IMM accuracy ε', '0.3')
    .option('--seed <n>', 'random seed', '1')
    .option('--runs <n>', 'Monte Carlo runs for the comparison', '1000')
    .option('--xlsx <path>', 'also write the ambassador list as XLSX')
    .option('--lang <ru|en>', 'XLSX language', 'ru')
    .option('--json', 'print JSON')
    .option('--identified', 'show names instead of pseudonyms (audited)')
    .action(async (f: PlanFlags) => {
      const hg = share('holdout-groups', f.holdoutGroups);
      const ha = share('holdout-ambassadors', f.holdoutAmbassadors);
      await withWorkspace(f.workspace, async (ws) => {
        const input = await loadCampaignInputs(ws.store, { topic: f.topic, focus: Number(f.focus) });
        const present = await createCliPresenter(ws, {
          identified: f.identified ?? false,
          action: 'cli campaign plan',
        });
        const optedOut = new Set(ws.config.privacy.optOut);
        const excluded = [
          ...unpseudonymize(list(f.exclude), input.index.ids, (id) => present.pseudonym(id)),
          ...input.identities.filter((l) => optedOut.has(l.identifier)).map((l) => l.personId),
        ];
        const plan = planCampaign({
          ...input,
          options: {
            k: int('k', f.k)!,
            topic: f.topic,
            minGroupSize: int('min-group-size', f.minGroupSize, 0),
            maxPerDepartment: int('max-per-department', f.maxPerDepartment),
            exclude: [...excluded, ...[...optedOut].filter((x) => !x.includes(':'))],
            holdout: hg ? { unit: 'group', share: hg } : ha ? { unit: 'ambassador', share: ha } : undefined,
            epsilon: Number(f.epsilon),
            seed: int('seed', f.seed, 0),
            runs: int('runs', f.runs),
          },
        });
        saveCampaignPlan(ws.dir, plan);
        const shown = present.present(plan);
        if (f.xlsx) await writeCampaignXlsx(f.xlsx, { plan: shown }, lang(f.lang));
        if (f.json) return printJson(io, shown);
        io.out(
          `Plan: ${shown.k} ambassadors (IMM ε = ${plan.imm.epsilon}, ${plan.imm.rrSets} RR sets, ${(plan.imm.millis / 1000).toFixed(1)} s)`,
        );
        for (const a of shown.ambassadors)
          io.out(
            `${a.order}. ${a.name ?? a.id}  ${a.department ?? ''}  group ${a.group ?? '-'}  +${a.marginalReach.toFixed(1)} (${a.reason})`,
          );
        io.out('Expected reach (Monte Carlo IC, 95% CI):');
        for (const c of shown.comparison)
          io.out(
            `  ${c.strategy.padEnd(14)} ${c.reach.mean.toFixed(1)} [${c.reach.low.toFixed(1)}, ${c.reach.high.toFixed(1)}]`,
          );
        for (const w of shown.warnings) io.err(`warning: ${w}`);
      });
    });
}

interface SimulateFlags extends CommonFlags {
  plan?: string;
  seeds?: string;
  remove?: string;
  add?: string;
  models: string;
  runs: string;
  seed: string;
}

function registerSimulate(cmd: Command, io: CliIo): void {
  cmd
    .command('simulate')
    .description('Monte Carlo IC/LT reach of a plan, per group and department; what-if remove/add')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--plan <file>', "plan JSON (default: the workspace's last plan)")
    .option('--seeds <ids>', 'comma-separated person ids instead of a plan')
    .option('--remove <ids>', 'what-if: remove these ambassadors one at a time')
    .option('--add <ids>', 'what-if: add these people one at a time')
    .option('--models <list>', 'ic, lt or both', 'ic,lt')
    .option('--runs <n>', 'Monte Carlo runs', '1000')
    .option('--seed <n>', 'random seed', '1')
    .option('--xlsx <path>', 'also write the result as XLSX')
    .option('--lang <ru|en>', 'XLSX language', 'ru')
    .option('--json', 'print JSON')
    .option('--identified', 'show names instead of pseudonyms (audited)')
    .action(async (f: SimulateFlags) => {
      await withWorkspace(f.workspace, async (ws) => {
        const input = await loadCampaignInputs(ws.store);
        const present = await createCliPresenter(ws, {
          identified: f.identified ?? false,
          action: 'cli campaign simulate',
        });
        const people = (v: string | undefined): string[] =>
          unpseudonymize(list(v), input.index.ids, (id) => present.pseudonym(id));
        const seeds = f.seeds ? people(f.seeds) : readPlan(ws.dir, f.plan).ambassadors.map((a) => a.id);
        const models = list(f.models).filter((m): m is 'ic' | 'lt' => m === 'ic' || m === 'lt');
        const sim = simulateCampaign({
          ...input,
          seeds,
          options: {
            models,
            runs: int('runs', f.runs),
            seed: int('seed', f.seed, 0),
            remove: people(f.remove),
            add: people(f.add),
          },
        });
        const shown = present.present(sim);
        if (f.xlsx) await writeCampaignXlsx(f.xlsx, { simulation: shown }, lang(f.lang));
        if (f.json) return printJson(io, shown);
        for (const m of shown.models) {
          io.out(
            `${m.model.toUpperCase()}: expected reach ${m.total.mean.toFixed(1)} of ${shown.people} [${m.total.low.toFixed(1)}, ${m.total.high.toFixed(1)}]`,
          );
          for (const g of m.byGroup) io.out(`  group ${g.key}: ${(100 * g.share).toFixed(0)}% of ${g.size}`);
          for (const w of m.whatIf)
            io.out(
              `  what if ${w.change} ${w.person}: ${w.delta.mean >= 0 ? '+' : ''}${w.delta.mean.toFixed(1)} [${w.delta.low.toFixed(1)}, ${w.delta.high.toFixed(1)}]`,
            );
        }
        if (shown.unknown.length) io.err(`warning: not in the graph: ${shown.unknown.join(', ')}`);
      });
    });
}

interface EvaluateFlags extends CommonFlags {
  outcome: string;
  earlier?: string;
  control?: string;
  plan?: string;
  topic?: string;
  start?: string;
  minGroupSize: string;
}

function registerEvaluate(cmd: Command, io: CliIo): void {
  cmd
    .command('evaluate')
    .description('measure a real campaign: participation, exposure, uplift with CIs, cascades')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .requiredOption('--outcome <file>', 'participants of the campaign (CSV or XLSX)')
    .option('--earlier <file>', 'participants of an earlier comparable campaign')
    .option('--control <file>', 'members of a control group')
    .option('--plan <file>', "plan JSON (default: the workspace's last plan)")
    .option('--topic <id>', "trace the campaign's marked messages and their volume over time")
    .option('--start <date>', 'campaign start (YYYY-MM-DD) for the time series')
    .option('--min-group-size <n>', 'suppress cells smaller than this', '5')
    .option('--xlsx <path>', 'also write the report as XLSX')
    .option('--lang <ru|en>', 'XLSX language', 'ru')
    .option('--json', 'print JSON')
    .option('--identified', 'show names instead of pseudonyms (audited)')
    .action(async (f: EvaluateFlags) => {
      await withWorkspace(f.workspace, async (ws) => {
        const input = await loadCampaignInputs(ws.store);
        const plan = readPlan(ws.dir, f.plan);
        const diag = new Diagnostics();
        const dir = createMatchDirectory(input.people, input.identities);
        const match = async (file: string) => matchOutcome(await readOutcomeFile(file, diag), dir, diag);
        const outcome = await match(f.outcome);
        const earlier = f.earlier
          ? { label: 'the earlier campaign', outcome: await match(f.earlier) }
          : undefined;
        const controlGroup = f.control ? await match(f.control) : undefined;
        const evaluation = evaluateCampaign({
          ...input,
          ambassadors: plan.ambassadors.map((a) => a.id),
          outcome,
          earlier,
          controlGroup,
          holdout: plan.holdout,
          minGroupSize: int('min-group-size', f.minGroupSize) ?? ws.config.privacy.minGroupSize,
          diagnostics: diag.summary(),
        });
        saveCampaignEvaluation(ws.dir, evaluation);
        let trace;
        let its;
        if (f.topic) {
          const msgs = await ws.store.topicMessages(f.topic);
          trace = traceCascades(
            msgs,
            plan.ambassadors.map((a) => a.id),
          );
          const start = f.start ? Date.parse(`${f.start}T00:00:00Z`) : NaN;
          if (Number.isFinite(start) && msgs.length) {
            const from = Math.min(start - 7 * DAY, msgs[0].ts);
            const to = Math.max(start + 7 * DAY, msgs[msgs.length - 1].ts + 1);
            its = interruptedTimeSeries(
              msgs.map((m) => m.ts),
              { from, start, to, bucketMs: 7 * DAY },
            );
          }
        }
        const present = await createCliPresenter(ws, {
          identified: f.identified ?? false,
          action: 'cli campaign evaluate',
        });
        const shown = present.present({ evaluation, trace, its });
        if (f.xlsx) await writeCampaignXlsx(f.xlsx, { evaluation: shown.evaluation }, lang(f.lang));
        if (f.json) return printJson(io, shown);
        const ev = shown.evaluation;
        io.out(
          `Participation: ${ev.overall.participants} of ${ev.population} (${(100 * ev.overall.rate.mean).toFixed(1)}%)`,
        );
        for (const u of ev.uplift) io.out(`  ${u.statement}`);
        io.out('By distance to the nearest ambassador:');
        for (const c of ev.exposure)
          io.out(
            `  ${c.key.padEnd(16)} ${c.suppressed ? '(too few)' : `${c.participants}/${c.people} ${(100 * c.rate.mean).toFixed(1)}%`}`,
          );
        for (const m of ev.matching)
          io.out(
            `${m.file}: ${m.rows} rows, ${m.matchedRows} matched, ${m.unmatchedRows} unmatched, ${m.duplicates} duplicates`,
          );
        for (const d of ev.diagnostics) io.err(`  ${d.reason}: ${d.count}`);
        if (shown.trace)
          io.out(
            `Cascades: ${shown.trace.messages} marked messages, ${shown.trace.cascades.length} cascades`,
          );
        if (shown.its?.levelChange)
          io.out(
            `Topic volume: level change ${shown.its.levelChange.mean.toFixed(1)}/week [${shown.its.levelChange.low.toFixed(1)}, ${shown.its.levelChange.high.toFixed(1)}]`,
          );
        io.out('What the data cannot show:');
        for (const l of ev.limitations) io.out(`  - ${l}`);
      });
    });
}

export function registerCampaign(program: Command, io: CliIo): void {
  const cmd = program.command('campaign').description('plan, simulate and evaluate information campaigns');
  registerPlan(cmd, io);
  registerSimulate(cmd, io);
  registerEvaluate(cmd, io);
}
