/**
 * `sociogram nominations import --workspace DIR FILE` and
 * `sociogram nominations report --workspace DIR [--top K] [--question Q] [--json] [--lang ru|en]`
 *
 * Imports a nomination survey (CSV or XLSX) as a second kind of tie, and reports the most nominated
 * people beside the computed leaders. Answers naming or given by opted-out people are not stored.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { workspaceNominations } from '../../analysis/index.js';
import { readNominationSurvey } from '../../identity/index.js';
import { createPrivacyPolicy } from '../../privacy/index.js';
import { Diagnostics, type DiagnosticSummary } from '../../shared/diagnostics.js';
import type { Workspace } from '../../store/index.js';
import { printJson, type CliIo } from '../io.js';
import { createCliPresenter } from '../present.js';
import { ts } from '../stability-messages.js';
import { withWorkspace } from '../workspace.js';
import { intFlag, langFlag } from './stability.js';

interface ImportFlags {
  workspace: string;
  json?: boolean;
  lang?: string;
}

interface ReportFlags extends ImportFlags {
  top: string;
  question?: string;
  identified?: boolean;
}

const f2 = (v: number): string => v.toFixed(2);

/** What importing one survey file did. */
export interface SurveyImportResult {
  readonly file: string;
  readonly survey: string;
  readonly rows: number;
  readonly nominations: number;
  readonly respondents: number;
  readonly added: number;
  readonly duplicates: number;
  readonly skipped: number;
  readonly skippedByReason: DiagnosticSummary[];
}

/** Reads, resolves and stores a survey; answers by or about opted-out people are dropped. */
export async function importSurvey(ws: Workspace, path: string): Promise<SurveyImportResult> {
  const [people, links] = await Promise.all([ws.store.listPeople(), ws.store.listIdentities()]);
  const policy = createPrivacyPolicy(ws);
  policy.bindIdentities(links);
  const diagnostics = new Diagnostics();
  const survey = await readNominationSurvey(path, people, links, diagnostics);
  const kept = survey.nominations.filter((n) => {
    const out = policy.isOptedOut(n.respondent) || policy.isOptedOut(n.nominee);
    if (out) diagnostics.report('opted-out', { file: path }, 'answer by or about an opted-out person');
    return !out;
  });
  const saved = await ws.store.saveNominations(kept);
  return {
    file: path,
    survey: survey.survey,
    rows: survey.rows,
    nominations: kept.length,
    respondents: new Set(kept.map((n) => n.respondent)).size,
    ...saved,
    skipped: diagnostics.total,
    skippedByReason: diagnostics.summary(),
  };
}

function registerImport(cmd: Command, io: CliIo): void {
  cmd
    .command('import')
    .description('import a nomination survey (CSV or XLSX: respondent, nominee, optional question)')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .argument('<file>', 'survey file')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'language of the text output: ru or en')
    .action(async (file: string, flags: ImportFlags) => {
      const lang = langFlag('nominations', flags.lang);
      await withWorkspace(flags.workspace, async (ws) => {
        const result = await importSurvey(ws, resolve(file));
        if (flags.json) return printJson(io, result);
        const { skippedByReason: _reasons, ...counts } = result;
        io.out(ts('nominationsImported', { ...counts, file }, lang));
        for (const s of result.skippedByReason) {
          io.out(
            ts(
              'nominationsSkipped',
              { reason: s.reason, count: s.count, example: s.examples[0] ?? '' },
              lang,
            ),
          );
        }
      });
    });
}

function registerReport(cmd: Command, io: CliIo): void {
  cmd
    .command('report')
    .description('most nominated people and their overlap with the computed leaders')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('-n, --top <k>', 'size of the leader lists', '20')
    .option('--question <q>', 'count only answers to this question')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'language of the text output: ru or en')
    .option('--identified', 'show names instead of pseudonyms (audited)')
    .action(async (flags: ReportFlags) => {
      const k = intFlag('nominations', 'top', flags.top, 1);
      const lang = langFlag('nominations', flags.lang);
      await withWorkspace(flags.workspace, async (ws) => {
        const report = await workspaceNominations(ws.store, { k, question: flags.question });
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: 'cli nominations report',
        });
        const shown = present.present(report);
        if (flags.json) return printJson(io, shown);
        const s = shown.survey;
        if (!s.nominations) return io.out(ts('nominationsNone', { dir: flags.workspace }, lang));
        const { questions: _questions, ...counts } = s;
        io.out(ts('nominationsTitle', { ...counts, rate: `${Math.round(s.responseRate * 100)}%` }, lang));
        for (const q of s.questions)
          io.out(
            ts('nominationsQuestion', { question: q.question || '—', nominations: q.nominations }, lang),
          );
        io.out(ts('nominationsTop', { k }, lang));
        for (const p of shown.nominated) {
          io.out(
            ts(
              'nominationsLine',
              { rank: p.nominatedRank, label: p.label, nominations: p.nominations, computed: p.computedRank },
              lang,
            ),
          );
        }
        const o = shown.overlap;
        io.out(
          ts(
            'nominationsOverlap',
            {
              k,
              jaccard: f2(o.jaccard),
              precision: f2(o.precision),
              recall: f2(o.recall),
              rho: f2(o.rankCorrelation),
            },
            lang,
          ),
        );
      });
    });
}

export function registerNominations(program: Command, io: CliIo): void {
  const cmd = program
    .command('nominations')
    .description('nomination surveys: import, compare with computed leaders');
  registerImport(cmd, io);
  registerReport(cmd, io);
}
