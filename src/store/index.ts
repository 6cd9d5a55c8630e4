/**
 * Store stage: public surface. Other stages reach persistence only through these exports.
 */
export type {
  AnalysisResultRow,
  AnalysisRun,
  BatchResult,
  Checkpoint,
  IdentityLink,
  IngestBatch,
  MessageFeatures,
  Person,
  PersonActivity,
  PersonKind,
  SkippedItem,
  SourceInfo,
  SourceRecord,
  Store,
  StoreStatus,
  StoredMessage,
  Tie,
  TieOptions,
} from './types.js';
export { openDuckDbStore } from './duckdb-store.js';
export { DEFAULT_BROADCAST_THRESHOLD } from './duckdb-queries.js';
export { openWorkspace, initWorkspace, type Workspace, type WorkspaceConfig } from './workspace.js';
