/**
 * Campaign planning routes (analysts and admins): plan a campaign (ambassadors by IMM, compared with
 * baselines), simulate its reach (IC or LT, with 95% CIs per group and department), upload the real
 * outcome (a CSV of participants; unreadable rows are counted, not dropped silently) for an
 * evaluation, and download the ambassador list and the report as XLSX. Every response is presented
 * (pseudonyms; cells under k withheld) and every action audited.
 */
import { z } from 'zod';
import {
  campaignXlsxBuffer,
  createMatchDirectory,
  evaluateCampaign,
  matchOutcome,
  parseOutcomeCsv,
  simulateCampaign,
  type CampaignReport,
} from '../../campaign/index.js';
import { Diagnostics } from '../../shared/diagnostics.js';
import { NotFoundError } from '../../shared/errors.js';
import { readCampaignPart, readCampaignPlan, writeCampaignPart } from '../campaign-files.js';
import { campaignInputs, createCampaign, planBody, type PlanBody } from '../campaign-planner.js';
import { identifiedFlag, outputMode, requireUser } from '../present.js';
import type { AnyRouteDef, HandlerContext, ServerServices } from '../types.js';

const idParams = z.object({ id: z.uuid() });
const simulateBody = z.object({
  model: z.enum(['ic', 'lt']).default('ic'),
  runs: z.number().int().min(10).max(20_000).default(1000),
  seed: z.number().int().min(0).optional(),
});
/** A CSV upload: the raw text (`text/csv`) or `{ csv }` as JSON. */
const outcomeBody = z
  .union([z.string(), z.object({ csv: z.string() })])
  .transform((b) => (typeof b === 'string' ? b : b.csv))
  .pipe(z.string().min(1, 'expected a CSV with a header row'));
const readQuery = z.object({ identified: identifiedFlag, lang: z.enum(['ru', 'en']).default('ru') });
type IdParams = z.infer<typeof idParams>;
type Ctx<Q, B> = HandlerContext<Q, IdParams, B>;

/** Presents a value for this request (pseudonymous unless an admin asked, audited, for names). */
async function shown<T>(ctx: HandlerContext<unknown, unknown, unknown>, value: T, identified = false) {
  const view = await ctx.services.data.view();
  return ctx.services.policy().presentOutput(value, { directory: view.directory, identified }).data;
}

async function plan(ctx: HandlerContext<unknown, unknown, PlanBody>) {
  const view = await ctx.services.data.view();
  const { id, plan, unknownExcluded } = await createCampaign(ctx.services, view, ctx.body);
  ctx.audit('campaign-plan', `campaign:${id}`, { k: ctx.body.k, topic: ctx.body.topic });
  void ctx.reply.status(201);
  return { id, ...(await shown(ctx, plan)), unknownExcluded };
}

async function simulate(ctx: Ctx<unknown, z.infer<typeof simulateBody>>) {
  const dir = ctx.services.workspace.dir;
  const stored = readCampaignPlan(dir, ctx.params.id);
  const view = await ctx.services.data.view();
  const input = await campaignInputs(ctx.services, view);
  const { model, runs, seed } = ctx.body;
  const result = simulateCampaign({
    ...input,
    seeds: stored.ambassadors.map((a) => a.id),
    options: { models: [model], runs, ...(seed === undefined ? {} : { seed }) },
  });
  writeCampaignPart(dir, ctx.params.id, 'simulation', result);
  ctx.audit('campaign-simulate', `campaign:${ctx.params.id}`, { model, runs });
  const m = result.models[0];
  return shown(ctx, {
    id: ctx.params.id,
    model,
    runs,
    people: result.people,
    reach: m.total,
    groups: m.byGroup,
    departments: m.byDepartment,
    unknown: result.unknown.length,
  });
}

/** Matches an outcome CSV to people and evaluates the campaign against its plan; stores the result. */
async function evaluateOutcome(services: ServerServices, id: string, csv: string) {
  const dir = services.workspace.dir;
  const stored = readCampaignPlan(dir, id);
  const input = await campaignInputs(services, await services.data.view());
  const diag = new Diagnostics();
  const table = parseOutcomeCsv('upload.csv', csv, diag);
  const outcome = matchOutcome(table, createMatchDirectory(input.people, input.identities), diag);
  const evaluation = evaluateCampaign({
    ...input,
    ambassadors: stored.ambassadors.map((a) => a.id),
    outcome,
    holdout: stored.holdout,
    minGroupSize: services.policy().config.minGroupSize,
    diagnostics: diag.summary(),
  });
  writeCampaignPart(dir, id, 'evaluation', evaluation);
  return { evaluation, rows: table.rows.length };
}

async function outcomes(ctx: Ctx<unknown, string>) {
  const { evaluation, rows } = await evaluateOutcome(ctx.services, ctx.params.id, ctx.body);
  ctx.audit('campaign-outcomes', `campaign:${ctx.params.id}`, { rows });
  return shown(ctx, evaluation);
}

async function evaluation(ctx: Ctx<z.infer<typeof readQuery>, unknown>) {
  const found = readCampaignPart(ctx.services.workspace.dir, ctx.params.id, 'evaluation');
  if (!found) throw new NotFoundError(`server/campaigns: no outcome uploaded for ${ctx.params.id} yet`);
  const identified = outputMode(ctx, ctx.query.identified, `campaign:${ctx.params.id}`);
  ctx.audit('read-campaign-evaluation', `campaign:${ctx.params.id}`, { identified });
  return shown(ctx, found, identified);
}

function xlsx(kind: 'ambassadors' | 'report') {
  return async (ctx: Ctx<z.infer<typeof readQuery>, unknown>) => {
    const dir = ctx.services.workspace.dir;
    const identified = outputMode(ctx, ctx.query.identified, `campaign:${ctx.params.id}`);
    const report: CampaignReport = { plan: readCampaignPlan(dir, ctx.params.id) };
    if (kind === 'report') {
      const simulation = readCampaignPart(dir, ctx.params.id, 'simulation');
      const evaluation = readCampaignPart(dir, ctx.params.id, 'evaluation');
      Object.assign(report, simulation ? { simulation } : {}, evaluation ? { evaluation } : {});
    }
    const body = await campaignXlsxBuffer(await shown(ctx, report, identified), ctx.query.lang);
    ctx.audit('export', `campaign:${ctx.params.id}:${kind}`, { identified, by: requireUser(ctx).username });
    void ctx.reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="campaign-${kind}.xlsx"`);
    return body;
  };
}

const EXAMPLE_PLAN: PlanBody = { k: 2, exclude: [], runs: 50, minGroupSize: 0 };
const EXAMPLE_OUTCOME = 'id\nnobody\n';

/** A stored campaign for the role × endpoint matrix. */
async function exampleCampaign(services: ServerServices): Promise<{ id: string }> {
  const { id } = await createCampaign(services, await services.data.view(), EXAMPLE_PLAN);
  return { id };
}

export const campaignPlanRoutes: AnyRouteDef[] = [
  {
    method: 'POST',
    url: '/api/campaigns',
    access: 'analyst',
    summary: 'Plan a campaign: k ambassadors maximising expected reach (IMM), compared with baselines',
    tags: ['campaigns'],
    body: planBody,
    example: { body: EXAMPLE_PLAN },
    handler: plan,
  },
  {
    method: 'POST',
    url: '/api/campaigns/:id/simulate',
    access: 'analyst',
    summary: "Monte Carlo reach of a campaign's ambassadors (IC or LT), per group and department, 95% CI",
    tags: ['campaigns'],
    params: idParams,
    body: simulateBody,
    example: async (s) => ({ params: await exampleCampaign(s), body: { model: 'ic', runs: 50 } }),
    handler: simulate,
  },
  {
    method: 'POST',
    url: '/api/campaigns/:id/outcomes',
    access: 'analyst',
    summary: 'Upload the participants of the real campaign (CSV) and evaluate it; bad rows are counted',
    tags: ['campaigns'],
    params: idParams,
    body: outcomeBody,
    example: async (s) => ({ params: await exampleCampaign(s), body: { csv: EXAMPLE_OUTCOME } }),
    handler: outcomes,
  },
  {
    method: 'GET',
    url: '/api/campaigns/:id/evaluation',
    access: 'analyst',
    summary: "A campaign's last evaluation (404 until outcomes are uploaded)",
    tags: ['campaigns'],
    params: idParams,
    query: readQuery,
    example: async (s) => {
      const { id } = await exampleCampaign(s);
      await evaluateOutcome(s, id, EXAMPLE_OUTCOME);
      return { params: { id } };
    },
    handler: evaluation,
  },
  {
    method: 'GET',
    url: '/api/campaigns/:id/ambassadors.xlsx',
    access: 'analyst',
    summary: "A campaign's ambassador list as XLSX (Russian or English headers)",
    tags: ['campaigns'],
    params: idParams,
    query: readQuery,
    example: async (s) => ({ params: await exampleCampaign(s) }),
    handler: xlsx('ambassadors'),
  },
  {
    method: 'GET',
    url: '/api/campaigns/:id/report.xlsx',
    access: 'analyst',
    summary: "A campaign's report as XLSX: plan, simulation and evaluation when made",
    tags: ['campaigns'],
    params: idParams,
    query: readQuery,
    example: async (s) => ({ params: await exampleCampaign(s) }),
    handler: xlsx('report'),
  },
];
