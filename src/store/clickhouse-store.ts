/**
 * ClickHouse store
 *
 * The `Store` for workspaces that outgrow one machine: data lives in ClickHouse, on one server or on
 * a cluster of shards (Distributed tables over ReplacingMergeTree tables). Ingest workers write
 * concurrently and idempotently (clickhouse-ingest.ts); tie weights and activity counts are
 * aggregated on the shards (clickhouse-queries.ts); the analysis process reads the aggregated edges
 * and writes its results back. Reads use `FINAL`, so counts are exact before background merges.
 */
import type { ChConnection, ChRow, RetryOptions } from './clickhouse-client.js';
import {
  chClearMessageText,
  chCompact,
  chPurgeMessagesBefore,
  chPurgePeople,
  type PurgeTarget,
} from './clickhouse-purge.js';
import { chNumber, chString } from './clickhouse-client.js';
import { chPersonActivity } from './clickhouse-activity.js';
import { ChIngestWriter } from './clickhouse-ingest.js';
import { chAggregateTiesSql } from './clickhouse-queries.js';
import { DEFAULT_MESSAGES_PER_PART, keyParts, tiesInParts } from './clickhouse-parts.js';
import { WINDOW_RUN_PATTERN } from './duckdb-queries.js';
import { firstWins, laterWins } from './clickhouse-rows.js';
import { CLICKHOUSE_MIGRATIONS, type ChNames } from './clickhouse-schema.js';
import { chTopicMessages } from './clickhouse-topic.js';
import { chConversationActivity, chWindowFingerprint } from './clickhouse-window.js';
import { chStatus, chUnresolved } from './clickhouse-status.js';
import { chListIdentifiers, chListMessages, type IdentifierRow } from './clickhouse-listing.js';
import { chPersonMap, chStanceByPerson, chTermsByPerson } from './clickhouse-person.js';
import { chListNominations, chSaveNominations } from './clickhouse-nominations.js';
import type {
  AnalysisResultRow,
  AnalysisRun,
  BatchResult,
  ConversationActivityRow,
  IdentityLink,
  IngestBatch,
  Nomination,
  Person,
  PersonActivity,
  PersonMapData,
  PurgeResult,
  SourceInfo,
  StanceRow,
  StoredMessage,
  TermRow,
  TimeRange,
  TopicMessage,
  SourceRecord,
  Store,
  StoreStatus,
  Tie,
  TieOptions,
  WindowFingerprint,
} from './types.js';

// NOTE: on 18.16, `SELECT … FROM <Distributed> FINAL ORDER BY …` fails with "Cannot find column ver"
// unless `ver` is selected, hence the otherwise unused `ver` in some queries below.

/** Rows per insert when saving analysis results. */
const RESULT_CHUNK = 50_000;

function opt(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export class ClickHouseStore implements Store {
  readonly backend = 'clickhouse' as const;
  readonly worker: string;
  private readonly conn: ChConnection;
  private readonly names: ChNames;
  private readonly version: number;
  private readonly writer: ChIngestWriter;
  private readonly purgeTarget: PurgeTarget;
  private readonly messagesPerPart: number;

  constructor(
    conn: ChConnection,
    names: ChNames,
    options: {
      worker: string;
      schemaVersion: number;
      shardUrls: readonly string[];
      retry: RetryOptions;
      messagesPerPart?: number;
    },
  ) {
    this.messagesPerPart = options.messagesPerPart ?? DEFAULT_MESSAGES_PER_PART;
    this.conn = conn;
    this.names = names;
    this.worker = options.worker;
    this.version = options.schemaVersion;
    this.writer = new ChIngestWriter(conn, names, options.worker);
    this.purgeTarget = { conn, names, shardUrls: options.shardUrls, retry: options.retry };
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  schemaVersion(): Promise<number> {
    return Promise.resolve(this.version);
  }

  openSource(info: SourceInfo): Promise<SourceRecord> {
    return this.writer.openSource(info);
  }

  commitBatch(sourceId: number, batch: IngestBatch): Promise<BatchResult> {
    return this.writer.commitBatch(sourceId, batch);
  }

  finishSource(sourceId: number): Promise<void> {
    return this.writer.finishSource(sourceId);
  }

  async upsertPeople(people: readonly Person[]): Promise<void> {
    const ver = laterWins();
    await this.conn.insert(
      this.names.all('people'),
      people.map((p) => ({
        id: p.id,
        name: p.name,
        department: p.department ?? null,
        position: p.position ?? null,
        manager_id: p.managerId ?? null,
        level: p.level ?? null,
        kind: p.kind,
        sex: p.sex ?? null,
        ver,
      })),
    );
  }

  async upsertIdentities(links: readonly IdentityLink[]): Promise<void> {
    const ver = laterWins();
    await this.conn.insert(
      this.names.all('identities'),
      links.map((l) => ({ identifier: l.identifier, person_id: l.personId, method: l.method, ver })),
    );
  }

  async listPeople(): Promise<Person[]> {
    const rows = await this.conn.rows(`SELECT * FROM ${this.names.all('people')} FINAL ORDER BY id`);
    return rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      department: opt(r.department),
      position: opt(r.position),
      managerId: opt(r.manager_id),
      level: r.level === null ? undefined : Number(r.level),
      kind: String(r.kind) as Person['kind'],
      sex: opt(r.sex),
    }));
  }

  async listIdentities(): Promise<IdentityLink[]> {
    const rows = await this.conn.rows(
      `SELECT identifier, person_id, method, ver FROM ${this.names.all('identities')} FINAL ORDER BY identifier`,
    );
    return rows.map((r) => ({
      identifier: String(r.identifier),
      personId: String(r.person_id),
      method: String(r.method),
    }));
  }

  listUnresolved(): Promise<{ identifier: string; name: string | null; messages: number }[]> {
    return chUnresolved(this.conn, this.names);
  }

  listIdentifiers(): Promise<IdentifierRow[]> {
    return chListIdentifiers(this.conn, this.names);
  }

  listMessages(options: { offset?: number; limit?: number } = {}): Promise<StoredMessage[]> {
    return chListMessages(this.conn, this.names, options);
  }

  async aggregateTies(options: TieOptions = {}): Promise<Tie[]> {
    const parts = await keyParts(this.conn, this.names, this.messagesPerPart);
    return tiesInParts(this.conn, parts, (part) => chAggregateTiesSql(this.names, options, part));
  }

  private async personOf(): Promise<Map<string, string>> {
    const links = await this.listIdentities();
    return new Map(links.map((l) => [l.identifier, l.personId]));
  }

  async personActivity(options: TimeRange = {}): Promise<PersonActivity[]> {
    const [people, personOf] = await Promise.all([this.listPeople(), this.personOf()]);
    const parts = await keyParts(this.conn, this.names, this.messagesPerPart);
    return chPersonActivity(this.conn, this.names, people, personOf, options, parts);
  }

  personMap(personId: string, range: TimeRange = {}): Promise<PersonMapData> {
    return chPersonMap(this.conn, this.names, personId, range);
  }

  async stanceByPerson(range: TimeRange = {}): Promise<StanceRow[]> {
    return chStanceByPerson(this.conn, this.names, await this.personOf(), range);
  }

  async termsByPerson(range: TimeRange = {}): Promise<TermRow[]> {
    return chTermsByPerson(this.conn, this.names, await this.personOf(), range);
  }

  async topicMessages(topic: string, range: TimeRange = {}): Promise<TopicMessage[]> {
    return chTopicMessages(this.conn, this.names, await this.personOf(), topic, range);
  }

  status(): Promise<StoreStatus> {
    return chStatus(this.conn, this.names);
  }

  saveNominations(nominations: readonly Nomination[]): Promise<BatchResult> {
    return chSaveNominations(this.conn, this.names, nominations);
  }

  listNominations(): Promise<Nomination[]> {
    return chListNominations(this.conn, this.names);
  }

  async conversationActivity(range: TimeRange = {}): Promise<ConversationActivityRow[]> {
    return chConversationActivity(this.conn, this.names, await this.personOf(), range);
  }

  async windowFingerprint(range: TimeRange): Promise<WindowFingerprint> {
    const [people, personOf] = await Promise.all([this.listPeople(), this.personOf()]);
    const kinds = new Map(people.map((p) => [p.id, p.kind]));
    return chWindowFingerprint(this.conn, this.names, personOf, kinds, range);
  }

  async saveAnalysis(params: unknown, summary: unknown, rows: readonly AnalysisResultRow[]): Promise<number> {
    const runs = this.names.all('analysis_runs');
    // Results of a run that died before its run row still hold their id, so count them too.
    const last = await this.conn.rows(
      `SELECT greatest((SELECT max(id) FROM ${runs}),
                       (SELECT max(run_id) FROM ${this.names.all('analysis_results')})) AS id`,
    );
    const id = Number(last[0]?.id ?? 0) + 1;
    const ver = firstWins();
    for (let i = 0; i < rows.length; i += RESULT_CHUNK) {
      const chunk = rows.slice(i, i + RESULT_CHUNK).map((r) => ({
        run_id: id,
        kind: r.kind,
        key: r.key,
        data: JSON.stringify(r.data),
        ver,
      }));
      await this.conn.insert(this.names.all('analysis_results'), chunk);
    }
    // The run row goes last: a run is visible only once all its rows are stored.
    await this.conn.insert(runs, [
      { id, created_at: Date.now(), params: JSON.stringify(params), summary: JSON.stringify(summary), ver },
    ]);
    return id;
  }

  async latestAnalysis(): Promise<AnalysisRun | null> {
    const rows = await this.conn.rows(
      `SELECT * FROM ${this.names.all('analysis_runs')} FINAL
       WHERE params NOT LIKE ${chString(WINDOW_RUN_PATTERN)} ORDER BY id DESC LIMIT 1`,
    );
    const r = rows[0] as ChRow | undefined;
    return r ? toRun(r) : null;
  }

  async analysisRows(runId: number, kind: string): Promise<AnalysisResultRow[]> {
    const rows = await this.conn.rows(
      `SELECT kind, key, data, ver FROM ${this.names.all('analysis_results')} FINAL
       WHERE run_id = ${chNumber(runId)} AND kind = ${chString(kind)} ORDER BY key`,
    );
    return rows.map((r) => ({
      kind: String(r.kind),
      key: String(r.key),
      data: JSON.parse(String(r.data)) as unknown,
    }));
  }

  async listAnalysisRuns(): Promise<AnalysisRun[]> {
    const rows = await this.conn.rows(`SELECT * FROM ${this.names.all('analysis_runs')} FINAL ORDER BY id`);
    return rows.map(toRun);
  }

  purgePeople(personIds: readonly string[], identifiers: readonly string[]): Promise<PurgeResult> {
    return chPurgePeople(this.purgeTarget, personIds, identifiers);
  }

  clearMessageText(): Promise<number> {
    return chClearMessageText(this.purgeTarget);
  }

  compact(): Promise<void> {
    const tables = CLICKHOUSE_MIGRATIONS.flat().map((t) => t.name);
    return chCompact(this.purgeTarget, tables);
  }

  purgeMessagesBefore(ts: number): Promise<number> {
    return chPurgeMessagesBefore(this.purgeTarget, ts);
  }
}

function toRun(r: ChRow): AnalysisRun {
  return {
    id: Number(r.id),
    createdAt: Number(r.created_at),
    params: JSON.parse(String(r.params)) as unknown,
    summary: JSON.parse(String(r.summary)) as unknown,
  };
}
