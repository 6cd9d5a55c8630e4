/**
 * Ingest stage: public surface. Reads communication data (mail, messengers, event logs) into the store.
 */
export type {
  AdapterContext,
  AdapterInput,
  AdapterItem,
  AdapterName,
  ByteSource,
  IngestLimits,
  IngestOptions,
  IngestSummary,
  Probe,
  ResumePoint,
  SourceAdapter,
  RowByRowParts,
  SourceSummary,
  SourceUnit,
} from './types.js';
export type { PartCause, PlainCause, RowByRowCause } from './csv/row-by-row-cause.js';
export { ADAPTER_NAMES } from './types.js';
export { ingestPaths } from './pipeline.js';
export { ingestImap } from './imap/imap-ingest.js';
export { EMPTY_SUMMARY, mergeSummaries } from './summary.js';
export {
  accountLabel,
  IMAP_PASSWORD_ENV,
  parseImapUrl,
  redact as redactImapUrl,
  resolveImapPassword,
  type ImapAccount,
  type MailboxSelection,
} from './imap/imap-account.js';
export { adapterByName, adapterNames, detectFileFormat } from './registry.js';
export { DEFAULT_LIMITS, resolveLimits } from './limits.js';
export {
  csvMappingSchema,
  ingestConfigSchema,
  readIngestConfig,
  validateCsvMapping,
  type CsvMapping,
  type CsvMappingInput,
  type IngestConfig,
} from './csv/mapping.js';
export { readCsvRecords, splitRecord, detectDelimiter } from './csv/csv-records.js';
export { createFileSource, createBufferSource } from './input/byte-source.js';
export { decodeText } from './mime/charset.js';
