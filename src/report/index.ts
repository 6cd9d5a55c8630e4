/**
 * Report stage: exports (JSON, CSV, GEXF) of an analysis.
 */
export type { DynamicExportModel, DynamicExportWindow, ExportModel, ExportPerson } from './export-model.js';
export { toDynamicGexf } from './export-gexf-dynamic.js';
export { toGexf, xmlEscape } from './export-gexf.js';
export { toCsv, csvField } from './export-csv.js';
export { createDynamicExportModel } from './dynamic-model.js';
