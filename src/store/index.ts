/**
 * Store stage: public surface. Other stages reach persistence only through these exports.
 */
export type {
  AnalysisResultRow,
  AnalysisRun,
  ContactRow,
  ConversationActivityRow,
  BatchResult,
  Checkpoint,
  EventLogDeclined,
  EventLogFields,
  EventLogLoad,
  EventLogLoadResult,
  EventLogRowOutcome,
  IdentityLink,
  IngestBatch,
  MessageFeatures,
  Nomination,
  Person,
  PersonActivity,
  PersonKind,
  PersonMapData,
  PurgeResult,
  SkippedItem,
  SourceInfo,
  SourceRecord,
  Store,
  StanceRow,
  StoreStatus,
  TermRow,
  TimeRange,
  StoredMessage,
  TopicMessage,
  Tie,
  TieOptions,
  WindowFingerprint,
} from './types.js';
export { openDuckDbStore } from './duckdb-store.js';
export { DEFAULT_BROADCAST_THRESHOLD } from './duckdb-queries.js';
export { openWorkspace, initWorkspace, type Workspace, type WorkspaceConfig } from './workspace.js';
export { ClickHouseStore } from './clickhouse-store.js';
export {
  initClickHouseSchema,
  openClickHouseStore,
  resolveClickHouseOptions,
  type ClickHouseOptions,
} from './clickhouse-setup.js';
export { initClickHouseWorkspace } from './clickhouse-workspace.js';
export { CLICKHOUSE_SCHEMA_VERSION } from './clickhouse-schema.js';
