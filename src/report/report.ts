/**
 * Producing a report
 *
 * gather (workspace I/O) → build (pure) → present (the caller's privacy presenter, which also
 * audits the access) → HTML → optionally PDF. The presenter is passed in so the CLI and the API
 * apply their own role and audit rules through the same policy.
 */
import type { Workspace } from '../store/index.js';
import { xmlEscape } from './export-gexf.js';
import { gatherReportInput, type ReportRequest } from './report-data.js';
import { renderReportHtml } from './report-html.js';
import { buildReportModel } from './report-model.js';
import { renderReportPdf, type SectionPages } from './report-pdf.js';
import { reportText } from './report-text.js';
import type { ReportModel } from './report-types.js';

export type ReportFormat = 'html' | 'pdf';

export interface ReportOutput {
  readonly model: ReportModel;
  readonly html: string;
  readonly pdf: Buffer | null;
  readonly pages: SectionPages;
  /** Whether the contents' page numbers were checked against the printed PDF (poppler present). */
  readonly verified: boolean;
}

export async function produceReport(
  ws: Workspace,
  request: ReportRequest & { readonly format: ReportFormat },
  present: <T>(value: T) => T,
): Promise<ReportOutput> {
  const input = await gatherReportInput(ws, request);
  const model = present(buildReportModel(input));
  if (request.format === 'html')
    return { model, html: renderReportHtml(model), pdf: null, pages: {}, verified: false };
  const text = reportText(model.lang);
  const footer = `${xmlEscape(model.scope.orgName)} · ${text.page}`;
  const printed = await renderReportPdf((pages) => renderReportHtml(model, { pages }), text.sections, footer);
  return { model, ...printed };
}
