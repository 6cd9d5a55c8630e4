/**
 * Campaign XLSX reports
 *
 * Writes ambassador lists, plan-versus-baseline reach, simulated reach per group and department,
 * and evaluation reports (participation, uplift, exposure, neighbourhoods, unmatched rows,
 * limitations) as an Excel workbook with one sheet per table, headers in Russian or English.
 */
import ExcelJS from 'exceljs';
import type { DiagnosticSummary } from '../shared/diagnostics.js';
import type {
  CampaignEvaluation,
  CampaignPlan,
  Estimate,
  ParticipationCell,
  SimulationResult,
} from './types.js';

export type ReportLang = 'ru' | 'en';

const L = {
  ru: {
    ambassadors: 'Амбассадоры',
    comparison: 'Охват плана',
    reach: 'Охват по группам',
    participation: 'Участие',
    groups: 'По группам',
    departments: 'По отделам',
    exposure: 'Близость к амбассадорам',
    neighbourhoods: 'Окружение амбассадоров',
    diagnostics: 'Проблемные строки',
    limitations: 'Ограничения',
    order: '№',
    id: 'ID',
    name: 'Имя',
    department: 'Отдел',
    group: 'Группа',
    marginal: 'Прирост охвата',
    reason: 'Причина',
    strategy: 'Стратегия',
    mean: 'Среднее',
    low: 'Нижняя граница 95%',
    high: 'Верхняя граница 95%',
    model: 'Модель',
    key: 'Группа/отдел',
    size: 'Человек',
    share: 'Доля',
    people: 'Человек',
    participants: 'Участников',
    rate: 'Доля участия',
    cmpRate: 'Доля в сравнении',
    ratio: 'Во сколько раз',
    against: 'Сравнение с',
    statement: 'Вывод',
    count: 'Число',
    examples: 'Примеры',
    tookPart: 'Амбассадор участвовал',
    text: 'Текст',
  },
  en: {
    ambassadors: 'Ambassadors',
    comparison: 'Plan reach',
    reach: 'Reach by group',
    participation: 'Participation',
    groups: 'By group',
    departments: 'By department',
    exposure: 'Exposure',
    neighbourhoods: 'Neighbourhoods',
    diagnostics: 'Problem rows',
    limitations: 'Limitations',
    order: '#',
    id: 'ID',
    name: 'Name',
    department: 'Department',
    group: 'Group',
    marginal: 'Marginal reach',
    reason: 'Reason',
    strategy: 'Strategy',
    mean: 'Mean',
    low: '95% low',
    high: '95% high',
    model: 'Model',
    key: 'Group/department',
    size: 'People',
    share: 'Share',
    people: 'People',
    participants: 'Participants',
    rate: 'Participation',
    cmpRate: 'Comparison',
    ratio: 'Ratio',
    against: 'Against',
    statement: 'Statement',
    count: 'Count',
    examples: 'Examples',
    tookPart: 'Ambassador took part',
    text: 'Text',
  },
} as const;

type Labels = (typeof L)[ReportLang];
type Cell = string | number | boolean | null;

export interface CampaignReport {
  readonly plan?: CampaignPlan | undefined;
  readonly simulation?: SimulationResult | undefined;
  readonly evaluation?: CampaignEvaluation | undefined;
}

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  rows: readonly Cell[][],
): void {
  const ws = wb.addWorksheet(name);
  ws.addRow([...headers]).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c, i) => {
    c.width = Math.min(60, Math.max(10, headers[i].length + 2));
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

const num = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);
const est = (e: Estimate | undefined): Cell[] =>
  e ? [num(e.mean), num(e.low), num(e.high)] : [null, null, null];

function cellRow(c: ParticipationCell): Cell[] {
  if (c.suppressed) return [c.key, c.people, null, null, null, null, null, null];
  return [
    c.key,
    c.people,
    c.participants,
    ...est(c.rate),
    num(c.comparisonRate?.mean ?? NaN),
    num(c.ratio?.mean ?? NaN),
  ];
}

function addPlan(wb: ExcelJS.Workbook, l: Labels, plan: CampaignPlan): void {
  sheet(
    wb,
    l.ambassadors,
    [l.order, l.id, l.name, l.department, l.group, l.marginal, l.reason],
    plan.ambassadors.map((a) => [
      a.order,
      a.id,
      a.name ?? '',
      a.department ?? '',
      a.group ?? null,
      num(a.marginalReach),
      a.reason,
    ]),
  );
  sheet(
    wb,
    l.comparison,
    [l.strategy, l.mean, l.low, l.high],
    plan.comparison.map((c) => [c.strategy, ...est(c.reach)]),
  );
}

function addSimulation(wb: ExcelJS.Workbook, l: Labels, sim: SimulationResult): void {
  const rows: Cell[][] = [];
  for (const m of sim.models) {
    rows.push([m.model, 'ALL', sim.people, ...est(m.total), num(m.total.mean / Math.max(1, sim.people))]);
    for (const g of [...m.byGroup, ...m.byDepartment])
      rows.push([m.model, g.key, g.size, ...est(g.reached), num(g.share)]);
  }
  sheet(wb, l.reach, [l.model, l.key, l.size, l.mean, l.low, l.high, l.share], rows);
}

function addDiagnostics(wb: ExcelJS.Workbook, l: Labels, d: readonly DiagnosticSummary[]): void {
  sheet(
    wb,
    l.diagnostics,
    [l.reason, l.count, l.examples],
    d.map((x) => [x.reason, x.count, x.examples.join('\n')]),
  );
}

function addEvaluation(wb: ExcelJS.Workbook, l: Labels, ev: CampaignEvaluation): void {
  const cellHeaders = [l.key, l.people, l.participants, l.rate, l.low, l.high, l.cmpRate, l.ratio];
  sheet(
    wb,
    l.participation,
    [l.against, l.statement, l.ratio, l.low, l.high],
    [
      ['ALL', `${ev.overall.participants} / ${ev.population}`, null, null, null],
      ...ev.uplift.map((u) => [u.against, u.statement, ...est(u.ratio)]),
    ],
  );
  sheet(wb, l.groups, cellHeaders, ev.byGroup.map(cellRow));
  sheet(wb, l.departments, cellHeaders, ev.byDepartment.map(cellRow));
  sheet(wb, l.exposure, cellHeaders, ev.exposure.map(cellRow));
  sheet(
    wb,
    l.neighbourhoods,
    [l.id, l.name, l.people, l.participants, l.rate, l.low, l.high, l.cmpRate, l.tookPart],
    ev.neighbourhoods.map((n) => [
      n.id,
      n.name ?? '',
      n.people,
      n.participants,
      ...est(n.rate),
      num(n.comparisonRate?.mean ?? NaN),
      n.ambassadorTookPart,
    ]),
  );
  addDiagnostics(wb, l, ev.diagnostics);
  sheet(
    wb,
    l.limitations,
    [l.text],
    ev.limitations.map((s) => [s]),
  );
}

/**
 * Writes a campaign report workbook.
 * @example
 * await writeCampaignXlsx('plan.xlsx', { plan }, 'ru');
 */
export async function writeCampaignXlsx(
  path: string,
  report: CampaignReport,
  lang: ReportLang = 'ru',
): Promise<void> {
  await buildWorkbook(report, lang).xlsx.writeFile(path);
}

/** The same workbook as `writeCampaignXlsx`, in memory (for a download). */
export async function campaignXlsxBuffer(report: CampaignReport, lang: ReportLang = 'ru'): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(report, lang).xlsx.writeBuffer());
}

function buildWorkbook(report: CampaignReport, lang: ReportLang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sociogram';
  const l = L[lang];
  if (report.plan) addPlan(wb, l, report.plan);
  if (report.simulation) addSimulation(wb, l, report.simulation);
  if (report.evaluation) addEvaluation(wb, l, report.evaluation);
  if (wb.worksheets.length === 0) wb.addWorksheet(l.ambassadors);
  return wb;
}
