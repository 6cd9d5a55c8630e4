/**
 * `sociogram trends --workspace DIR [--period month|quarter] [--top K] [--json] [--lang ru|en]`
 *
 * Analyses the workspace per calendar window (reusing stored windows whose data is unchanged) and
 * prints what changed between consecutive windows: rising and fading leaders, new bridges, group
 * events, NMI between the windows' groups, and alerts with plain-language explanations. People are
 * presented through the privacy policy, as in `leaders`.
 */
import type { Command } from 'commander';
import {
  explainAlert,
  validatePeriodKind,
  type Alert,
  type Transition,
  type TrendGroupEvent,
  type TrendsReport,
} from '../../analysis/index.js';
import { runTrends } from '../../pipeline/index.js';
import { InputError } from '../../shared/errors.js';
import { printJson, type CliIo } from '../io.js';
import { cliLang, t, type Lang, type MessageKey } from '../messages.js';
import { createCliPresenter } from '../present.js';
import { createProgressBar } from '../progress-bar.js';
import { withWorkspace } from '../workspace.js';

interface TrendsFlags {
  workspace: string;
  period: string;
  top: string;
  seed: string;
  json?: boolean;
  identified?: boolean;
  lang?: string;
}

type ExplainedAlert = Alert & { readonly explanation: { readonly en: string; readonly ru: string } };
type PresentedReport = Omit<TrendsReport, 'transitions'> & {
  readonly transitions: readonly (Omit<Transition, 'alerts'> & {
    readonly alerts: readonly ExplainedAlert[];
  })[];
};

/** Checks `--top`. @internal */
export function positiveTop(value: string, command: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new InputError(`cli/${command}: invalid --top: ${value} (expected a positive integer)`);
  }
  return n;
}

function resolveLang(value: string | undefined): Lang {
  if (value === undefined) return cliLang();
  if (value === 'ru' || value === 'en') return value;
  throw new InputError(`cli/trends: invalid --lang: ${value} (expected ru or en)`);
}

/** Adds each alert's explanation in both languages, naming people as the reader may see them. */
function explain(report: TrendsReport, name: (ref: string) => string): PresentedReport {
  return {
    ...report,
    transitions: report.transitions.map((tr) => ({
      ...tr,
      alerts: tr.alerts.map((a) => ({
        ...a,
        explanation: { en: explainAlert(a, 'en', name), ru: explainAlert(a, 'ru', name) },
      })),
    })),
  };
}

const EVENT_KEYS: Record<TrendGroupEvent['kind'], MessageKey> = {
  merge: 'eventMerge',
  split: 'eventSplit',
  birth: 'eventBirth',
  death: 'eventDeath',
  continue: 'eventMerge',
};

function eventLine(e: TrendGroupEvent, lang: Lang): string {
  const kind = t(e.groupKind === 'conversation' ? 'groupConversation' : 'groupCommunity', {}, lang);
  const side = (gs: TrendGroupEvent['before']) => gs.map((g) => `${g.group} (${g.size})`).join(' + ') || '∅';
  return `${t(EVENT_KEYS[e.kind], {}, lang)} (${kind}): ${side(e.before)} → ${side(e.after)}`;
}

function printTransition(io: CliIo, tr: PresentedReport['transitions'][number], lang: Lang): void {
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : t('trendsNone', {}, lang));
  const rank = (r: number | null) => (r === null ? '—' : String(r));
  io.out(
    t(
      'trendsTransition',
      { from: tr.from, to: tr.to, nmi: tr.nmi === null ? '—' : tr.nmi.toFixed(2), common: tr.commonPeople },
      lang,
    ),
  );
  const moves = (cs: Transition['rising']) =>
    cs.map((c) => `${c.personId} (${rank(c.rankBefore)}→${rank(c.rankNow)})`);
  io.out(t('trendsRising', { list: list(moves(tr.rising)) }, lang));
  io.out(t('trendsFading', { list: list(moves(tr.fading)) }, lang));
  io.out(t('trendsBridges', { list: list(tr.newBridges.map((b) => b.personId)) }, lang));
  io.out(t('trendsGroups', { list: list(tr.groupEvents.map((e) => eventLine(e, lang))) }, lang));
  if (tr.alerts.length === 0) io.out(t('trendsNoAlerts', {}, lang));
  for (const a of tr.alerts) {
    const severity = t(a.severity === 'high' ? 'severityHigh' : 'severityMedium', {}, lang);
    io.out(t('trendsAlert', { severity, text: a.explanation[lang] }, lang));
  }
}

/** Prints a presented trends report as text. @internal */
export function printTrends(io: CliIo, report: PresentedReport, lang: Lang): void {
  if (report.windows.length === 0) return io.out(t('trendsNoData', {}, lang));
  const count = (f: (w: PresentedReport['windows'][number]) => boolean) => report.windows.filter(f).length;
  io.out(
    t(
      'trendsTitle',
      {
        period: t(report.period === 'month' ? 'periodMonth' : 'periodQuarter', {}, lang),
        k: report.options.topK,
        windows: report.windows.length,
        analysed: count((w) => !w.thin && !w.reused),
        reused: count((w) => w.reused),
        thin: count((w) => w.thin),
      },
      lang,
    ),
  );
  for (const w of report.windows) {
    const status = t(w.thin ? 'trendsThin' : w.reused ? 'trendsReused' : 'trendsAnalysed', {}, lang);
    io.out(
      t(
        'trendsWindow',
        {
          label: w.label,
          messages: w.messages,
          people: w.people,
          groups: w.communities,
          modularity: w.modularity.toFixed(2),
          status,
        },
        lang,
      ),
    );
  }
  for (const tr of report.transitions) printTransition(io, tr, lang);
}

export function registerTrends(program: Command, io: CliIo): void {
  program
    .command('trends')
    .description('how the network changes month to month: rising and fading leaders, groups, alerts')
    .requiredOption('-w, --workspace <dir>', 'workspace folder')
    .option('--period <period>', 'month or quarter', 'month')
    .option('-n, --top <k>', 'how many top leaders and brokers to watch', '20')
    .option('--seed <n>', 'seed for community detection', '1')
    .option('--lang <lang>', 'language of the text: ru or en (default: from the locale)')
    .option('--json', 'print JSON')
    .option('--identified', 'show names instead of pseudonyms (audited)')
    .action(async (flags: TrendsFlags) => {
      const period = validatePeriodKind(flags.period);
      const topK = positiveTop(flags.top, 'trends');
      const lang = resolveLang(flags.lang);
      const report = await withWorkspace(flags.workspace, async (ws) => {
        const { report: raw } = await runTrends(ws, {
          period,
          seed: Number(flags.seed),
          progress: createProgressBar(io),
          trends: { topK },
        });
        const present = await createCliPresenter(ws, {
          identified: flags.identified ?? false,
          action: 'cli trends',
        });
        const shown = present.present(raw);
        const name = (ref: string) =>
          present.identified ? (present.directory.people.get(ref)?.name ?? ref) : ref;
        return explain(shown, name);
      });
      if (flags.json) return printJson(io, report);
      printTrends(io, report, lang);
    });
}
