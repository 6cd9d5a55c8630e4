/**
 * Report stage: exports (JSON, CSV, GEXF) of an analysis and the printable analysis report
 * (self-contained HTML, PDF through headless Chromium).
 */
export type { DynamicExportModel, DynamicExportWindow, ExportModel, ExportPerson } from './export-model.js';
export { toDynamicGexf } from './export-gexf-dynamic.js';
export { toGexf, xmlEscape } from './export-gexf.js';
export { toCsv, csvField } from './export-csv.js';
export { produceReport, type ReportFormat, type ReportOutput } from './report.js';
export { gatherReportInput, type ReportRequest } from './report-data.js';
export { buildReportModel, groupLinks, type ReportAnalysis, type ReportInput } from './report-model.js';
export { renderReportHtml, type RenderOptions } from './report-html.js';
export {
  findChromium,
  readSectionPages,
  renderReportPdf,
  type PdfResult,
  type SectionPages,
} from './report-pdf.js';
export { parsePeriod, previousSpan, lastTwoFullMonths } from './report-period.js';
export { createFormatter, type Formatter, type ReportLang } from './locale.js';
export { layoutGroups, renderGroupMap } from './group-map.js';
export { reportText, SECTION_IDS, type SectionId } from './report-text.js';
export type { ReportModel } from './report-types.js';
export { createDynamicExportModel } from './dynamic-model.js';
