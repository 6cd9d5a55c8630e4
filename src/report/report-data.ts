/**
 * Gathering a report's input from a workspace
 *
 * The I/O edge of the report: the store's status and directory, the analysis (the latest run, or one
 * computed for the requested period without saving it), the two periods to compare, the marker
 * names, the saved campaign and the privacy record. Reads the store only through its interface.
 */
import { computeWorkspaceAnalysis, loadAnalysis } from '../analysis/index.js';
import { readSavedCampaign } from '../campaign/index.js';
import { buildPrivacyReport } from '../privacy/index.js';
import { SILENT_PROGRESS, type Progress } from '../shared/progress.js';
import type { Workspace } from '../store/index.js';
import { loadMarkers } from '../text/index.js';
import type { ReportLang } from './locale.js';
import type { ReportAnalysis, ReportInput } from './report-model.js';
import { lastTwoFullMonths, previousSpan } from './report-period.js';
import type { TimeSpan } from './report-types.js';

export interface ReportRequest {
  readonly lang: ReportLang;
  readonly identified: boolean;
  /** The span the report covers; the whole data (latest analysis run) when absent. */
  readonly period?: TimeSpan | undefined;
  readonly seed?: number | undefined;
  readonly now?: number | undefined;
  readonly progress?: Progress | undefined;
}

async function analysisOf(ws: Workspace, span: TimeSpan, seed: number): Promise<ReportAnalysis> {
  // `to` is exclusive here; the store's range is inclusive of both ends.
  return computeWorkspaceAnalysis(ws.store, { ties: { from: span.from, to: span.to - 1 }, seed });
}

/** Everything `buildReportModel` needs, read from the workspace. */
export async function gatherReportInput(ws: Workspace, request: ReportRequest): Promise<ReportInput> {
  const progress = request.progress ?? SILENT_PROGRESS;
  const seed = request.seed ?? 1;
  progress.start('report', 4, 'steps');
  const [status, directory] = await Promise.all([ws.store.status(), ws.store.listPeople()]);
  const analysis = request.period ? await analysisOf(ws, request.period, seed) : await loadAnalysis(ws.store);
  progress.update(1);
  const spans = request.period
    ? { basis: 'period' as const, previous: previousSpan(request.period), current: request.period }
    : (() => {
        const m = lastTwoFullMonths(status.period);
        return m ? { basis: 'months' as const, ...m } : null;
      })();
  let change: ReportInput['change'] = null;
  if (spans) {
    const previous = await analysisOf(ws, spans.previous, seed);
    progress.update(2);
    const current = request.period ? analysis : await analysisOf(ws, spans.current, seed);
    if (previous.summary.people > 0 && current.summary.people > 0)
      change = {
        basis: spans.basis,
        previous: { span: spans.previous, analysis: previous },
        current: { span: spans.current, analysis: current },
      };
  }
  progress.update(3);
  const markers = loadMarkers(ws.dir);
  const privacy = await buildPrivacyReport(ws);
  progress.update(4);
  progress.stop();
  return {
    lang: request.lang,
    generatedAt: request.now ?? Date.now(),
    identified: request.identified,
    orgName: ws.config.name,
    status,
    directory,
    analysis,
    change,
    markers: {
      topics: markers.topics.map((t) => ({ id: t.id, name: t.name, kind: t.kind })),
      targets: markers.targets.map((t) => ({ id: t.id, name: t.name })),
    },
    campaign: readSavedCampaign(ws.dir),
    privacy,
    minGroupSize: ws.config.privacy.minGroupSize,
  };
}
