/**
 * Report stage: exports (JSON, CSV, GEXF) of an analysis.
 */
export type { ExportModel, ExportPerson } from './export-model.js';
export { toGexf, xmlEscape } from './export-gexf.js';
export { toCsv, csvField } from './export-csv.js';
