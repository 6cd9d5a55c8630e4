/**
 * DuckDB store
 *
 * The embedded default backend: one `sociogram.duckdb` file in the workspace folder. A batch's
 * messages and recipients are appended to temporary staging tables and moved into the real tables,
 * and the features of the messages it added are appended, together with the source's checkpoint in
 * one transaction, so a killed ingest resumes exactly where the last commit left it.
 */
import { firstFeaturesPerMessage } from './batch-features.js';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { InputError } from '../shared/errors.js';
import { advanceCheckpoint, appendFeatureRows, appendMessage, appendText } from './duckdb-append.js';
import { loadEventLogDuckDb } from './duckdb-event-log.js';
import { DUCKDB_MIGRATIONS } from './migrations.js';
import {
  clearMessageTextSql,
  compactDatabase,
  purgeMessagesBeforeSql,
  purgePeopleSql,
  replaceWithCompacted,
} from './duckdb-purge.js';
import {
  aggregateTiesSql,
  perSenderSql,
  personActivitySql,
  personContactsSql,
  personRhythmSql,
  conversationActivitySql,
  WINDOW_RUN_PATTERN,
  timeParams,
  windowFingerprintSql,
  type SqlParams,
} from './duckdb-queries.js';
import { ID_SEPARATOR, topicMessagesSql } from './duckdb-topic-queries.js';
import { listNominationsSql, saveNominationsSql } from './duckdb-nominations.js';
import type {
  AnalysisResultRow,
  AnalysisRun,
  BatchResult,
  ConversationActivityRow,
  EventLogDeclined,
  EventLogLoad,
  EventLogLoadResult,
  IdentityLink,
  IngestBatch,
  Nomination,
  Person,
  PersonActivity,
  PersonMapData,
  PurgeResult,
  SourceInfo,
  StanceRow,
  TermRow,
  TimeRange,
  TopicMessage,
  SourceRecord,
  Store,
  StoreStatus,
  StoredMessage,
  Tie,
  TieOptions,
  WindowFingerprint,
} from './types.js';

type Row = Record<string, unknown>;

const STAGING = `
  CREATE TEMP TABLE IF NOT EXISTS stage_messages AS SELECT * FROM messages LIMIT 0;
  CREATE TEMP TABLE IF NOT EXISTS stage_recipients AS SELECT * FROM message_recipients LIMIT 0;
`;
const STAGE_TABLES = ['stage_messages', 'stage_recipients'];

function num(v: unknown): number {
  return typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v ?? 0);
}
function str(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Opens (creating and migrating if needed) the DuckDB store at `file`. */
export async function openDuckDbStore(
  file: string,
  options: { readOnly?: boolean } = {},
): Promise<DuckDbStore> {
  const instance = await DuckDBInstance.create(file, options.readOnly ? { access_mode: 'READ_ONLY' } : {});
  const conn = await instance.connect();
  const store = new DuckDbStore(instance, conn, options.readOnly ? undefined : file);
  if (!options.readOnly) await store.migrate();
  return store;
}

export class DuckDbStore implements Store {
  readonly backend = 'duckdb' as const;
  private instance: DuckDBInstance;
  private conn: DuckDBConnection;
  private readonly file: string | undefined;

  constructor(instance: DuckDBInstance, conn: DuckDBConnection, file?: string) {
    this.file = file;
    this.instance = instance;
    this.conn = conn;
  }

  /** Runs a query and returns plain row objects (BigInt counts converted by callers). */
  private async rows(sql: string, params?: SqlParams): Promise<Row[]> {
    const reader = await this.conn.runAndReadAll(sql, params);
    return reader.getRowObjects();
  }

  async migrate(): Promise<void> {
    await this.conn.run('CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)');
    const current = await this.schemaVersion();
    if (current > DUCKDB_MIGRATIONS.length) {
      throw new InputError(
        `store/duckdb: workspace schema version ${current} is newer than this Sociogram (${DUCKDB_MIGRATIONS.length}); upgrade Sociogram`,
      );
    }
    for (let v = current; v < DUCKDB_MIGRATIONS.length; v++) {
      await this.conn.run('BEGIN TRANSACTION');
      await this.conn.run(DUCKDB_MIGRATIONS[v]);
      await this.conn.run("INSERT OR REPLACE INTO meta VALUES ('schema_version', $v)", { v: String(v + 1) });
      await this.conn.run('COMMIT');
    }
  }

  async schemaVersion(): Promise<number> {
    const r = await this.rows("SELECT value FROM meta WHERE key = 'schema_version'");
    return r.length ? Number(r[0]?.value) : 0;
  }

  close(): Promise<void> {
    this.conn.closeSync();
    this.instance.closeSync();
    return Promise.resolve();
  }

  async openSource(info: SourceInfo): Promise<SourceRecord> {
    const found = await this.rows('SELECT * FROM sources WHERE fingerprint = $f', { f: info.fingerprint });
    if (!found.length) {
      await this.conn.run(
        `INSERT INTO sources (id, fingerprint, path, format, bytes, status, started_at)
         VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM sources), $f, $p, $fmt, $b, 'running', $t)`,
        { f: info.fingerprint, p: info.path, fmt: info.format, b: info.bytes, t: Date.now() },
      );
      return this.openSource(info);
    }
    const r = found[0];
    return {
      id: num(r.id),
      fingerprint: String(r.fingerprint),
      path: String(r.path),
      format: String(r.format),
      bytes: num(r.bytes),
      status: r.status === 'done' ? 'done' : 'running',
      checkpoint: { position: num(r.ck_position), read: num(r.ck_read), skipped: num(r.ck_skipped) },
      added: num(r.added),
      duplicates: num(r.duplicates),
    };
  }

  /** Stages a batch's messages and recipients; features go straight to their tables (see commitBatch). */
  private async appendStaging(batch: IngestBatch, sourceId: number): Promise<void> {
    await this.conn.run(STAGING);
    const m = await this.conn.createAppender('stage_messages');
    for (const msg of batch.messages) appendMessage(m, msg, sourceId);
    m.closeSync();
    const r = await this.conn.createAppender('stage_recipients');
    for (const msg of batch.messages) {
      for (const rc of msg.recipients) {
        r.appendVarchar(msg.key);
        r.appendVarchar(rc.id);
        appendText(r, rc.name);
        r.appendVarchar(rc.role);
        r.endRow();
      }
    }
    r.closeSync();
  }

  async commitBatch(sourceId: number, batch: IngestBatch): Promise<BatchResult> {
    await this.appendStaging(batch, sourceId);
    let added = 0;
    await this.conn.run('BEGIN TRANSACTION');
    try {
      // RETURNING gives the keys this batch really added (not the ones stored before, nor a second
      // copy inside the batch): an index probe per row instead of a scan of every stored key.
      const inserted = await this.conn.runAndReadAll(
        `INSERT OR IGNORE INTO messages SELECT * FROM stage_messages
           QUALIFY row_number() OVER (PARTITION BY key ORDER BY rowid) = 1 RETURNING key`,
      );
      const newKeys = new Set<string>();
      for (const row of inserted.getRows()) newKeys.add(String(row[0]));
      added = newKeys.size;
      await this.conn.run('INSERT OR IGNORE INTO message_recipients SELECT DISTINCT * FROM stage_recipients');
      // Features belong to the copy stored first: a message already stored keeps its own.
      await appendFeatureRows(
        this.conn,
        firstFeaturesPerMessage(batch.features).filter((f) => newKeys.has(f.messageKey)),
      );
      for (const s of batch.skipped) {
        await this.conn.run('INSERT OR IGNORE INTO skipped VALUES ($s, $p, $r, $d)', {
          s: sourceId,
          p: s.position,
          r: s.reason,
          d: s.detail,
        });
      }
      await advanceCheckpoint(this.conn, sourceId, batch.checkpoint, added, batch.messages.length - added);
      await this.conn.run('COMMIT');
    } catch (err) {
      await this.conn.run('ROLLBACK');
      throw err;
    } finally {
      // Dropped, not emptied: rows deleted from a temporary table keep their memory until the table
      // goes, and a long ingest would grow by every batch it staged.
      await this.conn.run(STAGE_TABLES.map((t) => `DROP TABLE IF EXISTS ${t};`).join(' '));
    }
    return { added, duplicates: batch.messages.length - added };
  }

  loadEventLog(sourceId: number, load: EventLogLoad): Promise<EventLogLoadResult | EventLogDeclined> {
    return loadEventLogDuckDb(this.conn, sourceId, load);
  }

  async finishSource(sourceId: number): Promise<void> {
    await this.conn.run("UPDATE sources SET status = 'done', finished_at = $t WHERE id = $id", {
      t: Date.now(),
      id: sourceId,
    });
  }

  // Bulk upserts go through an appender into a temp table (one row per INSERT is far too slow for
  // the tens of thousands of identifiers a mail archive has). Later rows win on duplicate keys.
  async upsertPeople(people: readonly Person[]): Promise<void> {
    if (!people.length) return;
    await this.conn.run(
      'CREATE TEMP TABLE IF NOT EXISTS stage_people AS SELECT *, 0 AS seq FROM people LIMIT 0',
    );
    const a = await this.conn.createAppender('stage_people');
    people.forEach((p, i) => {
      a.appendVarchar(p.id);
      a.appendVarchar(p.name);
      appendText(a, p.department);
      appendText(a, p.position);
      appendText(a, p.managerId);
      if (p.level === undefined) a.appendNull();
      else a.appendInteger(p.level);
      a.appendVarchar(p.kind);
      appendText(a, p.sex);
      a.appendInteger(i);
      a.endRow();
    });
    a.closeSync();
    await this.conn.run('BEGIN TRANSACTION');
    await this.conn.run(`INSERT OR REPLACE INTO people
      SELECT * EXCLUDE (seq) FROM stage_people QUALIFY row_number() OVER (PARTITION BY id ORDER BY seq DESC) = 1`);
    await this.conn.run('COMMIT');
    await this.conn.run('DELETE FROM stage_people');
  }

  async upsertIdentities(links: readonly IdentityLink[]): Promise<void> {
    if (!links.length) return;
    await this.conn.run(
      'CREATE TEMP TABLE IF NOT EXISTS stage_identities AS SELECT *, 0 AS seq FROM identities LIMIT 0',
    );
    const a = await this.conn.createAppender('stage_identities');
    links.forEach((l, i) => {
      a.appendVarchar(l.identifier);
      a.appendVarchar(l.personId);
      a.appendVarchar(l.method);
      a.appendInteger(i);
      a.endRow();
    });
    a.closeSync();
    await this.conn.run('BEGIN TRANSACTION');
    await this.conn.run(`INSERT OR REPLACE INTO identities
      SELECT * EXCLUDE (seq) FROM stage_identities QUALIFY row_number() OVER (PARTITION BY identifier ORDER BY seq DESC) = 1`);
    await this.conn.run('COMMIT');
    await this.conn.run('DELETE FROM stage_identities');
  }

  async listPeople(): Promise<Person[]> {
    const rows = await this.rows('SELECT * FROM people ORDER BY id');
    return rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      department: str(r.department),
      position: str(r.position),
      managerId: str(r.manager_id),
      level: r.level === null ? undefined : num(r.level),
      kind: String(r.kind) as Person['kind'],
      sex: str(r.sex),
    }));
  }

  async listIdentities(): Promise<IdentityLink[]> {
    const rows = await this.rows('SELECT * FROM identities ORDER BY identifier');
    return rows.map((r) => ({
      identifier: String(r.identifier),
      personId: String(r.person_id),
      method: String(r.method),
    }));
  }

  async listUnresolved(): Promise<{ identifier: string; name: string | null; messages: number }[]> {
    const rows = await this.rows(`
      WITH seen AS (
        SELECT sender AS identifier, sender_name AS name FROM messages
        UNION ALL SELECT identifier, name FROM message_recipients)
      SELECT identifier, max(name) AS name, count(*) AS messages FROM seen
      WHERE identifier NOT IN (SELECT identifier FROM identities)
      GROUP BY identifier ORDER BY messages DESC, identifier`);
    return rows.map((r) => ({
      identifier: String(r.identifier),
      name: str(r.name) ?? null,
      messages: num(r.messages),
    }));
  }

  async listIdentifiers(): Promise<
    { identifier: string; name: string | null; messages: number; sent: number; automatedSent: number }[]
  > {
    const rows = await this.rows(`
      WITH seen AS (
        SELECT sender AS identifier, sender_name AS name, 1 AS sent, CASE WHEN is_automated THEN 1 ELSE 0 END AS auto
        FROM messages
        UNION ALL SELECT identifier, name, 0, 0 FROM message_recipients
        UNION ALL SELECT forwarded_from, NULL, 0, 0 FROM messages WHERE forwarded_from IS NOT NULL)
      SELECT identifier, mode(name) AS name, count(*) AS messages, sum(sent) AS sent, sum(auto) AS auto
      FROM seen GROUP BY identifier ORDER BY identifier`);
    return rows.map((r) => ({
      identifier: String(r.identifier),
      name: str(r.name) ?? null,
      messages: num(r.messages),
      sent: num(r.sent),
      automatedSent: num(r.auto),
    }));
  }

  async listMessages(options: { offset?: number; limit?: number } = {}): Promise<StoredMessage[]> {
    const rows = await this.rows(
      `SELECT m.*, (SELECT list({'id': r.identifier, 'role': r.role, 'name': r.name} ORDER BY r.role, r.identifier)
                    FROM message_recipients r WHERE r.message_key = m.key) AS rcpts
       FROM messages m ORDER BY m.key LIMIT $limit OFFSET $offset`,
      { limit: options.limit ?? 1_000_000_000, offset: options.offset ?? 0 },
    );
    return rows.map((r) => ({
      key: String(r.key),
      position: String(r.position),
      channel: String(r.channel),
      conversation: str(r.conversation) ?? null,
      timestamp: num(r.ts),
      tzOffsetMinutes: num(r.tz_offset),
      sender: String(r.sender),
      senderName: str(r.sender_name) ?? null,
      recipients: listItems(r.rcpts).map((x) => {
        const e = structEntries(x);
        return { id: String(e.id), role: String(e.role), name: str(e.name) ?? null };
      }),
      threadKey: str(r.thread_key) ?? null,
      inReplyTo: str(r.in_reply_to) ?? null,
      forwardedFrom: str(r.forwarded_from) ?? null,
      subject: str(r.subject) ?? null,
      text: str(r.body) ?? null,
      attachmentCount: num(r.attachment_count),
      attachmentBytes: num(r.attachment_bytes),
      isAutomated: r.is_automated === true,
      isForward: r.is_forward === true,
    }));
  }

  async aggregateTies(options: TieOptions = {}): Promise<Tie[]> {
    const { sql, params } = aggregateTiesSql(options);
    const rows = await this.rows(sql, params);
    return rows.map((r) => ({
      source: String(r.source),
      target: String(r.target),
      weight: num(r.weight),
      messages: num(r.messages),
    }));
  }

  async personActivity(options: Pick<TieOptions, 'from' | 'to'> = {}): Promise<PersonActivity[]> {
    const { sql, params } = personActivitySql(options);
    const rows = await this.rows(sql, params);
    const topicRows = await this.rows(
      `SELECT i.person_id, t.topic, sum(t.score) AS score
       FROM message_topics t JOIN messages m ON m.key = t.message_key
       JOIN identities i ON i.identifier = m.sender
       WHERE NOT m.is_automated AND m.ts BETWEEN $from AND $to
       GROUP BY 1, 2`,
      // The same range as every other query: messages dated before 1970 (bad clocks) count too.
      timeParams(options),
    );
    const topics = new Map<string, Record<string, number>>();
    for (const t of topicRows) {
      const id = String(t.person_id);
      const entry = topics.get(id) ?? {};
      entry[String(t.topic)] = num(t.score);
      topics.set(id, entry);
    }
    return rows.map((r) => ({
      personId: String(r.person_id),
      sent: num(r.sent),
      received: num(r.received),
      threadsStarted: num(r.threads_started),
      repliesDrawn: num(r.replies_drawn),
      forwardsDrawn: num(r.forwards_drawn),
      medianReplyMinutes: r.median_reply_minutes === null ? null : num(r.median_reply_minutes),
      broadcasts: num(r.broadcasts),
      activeMonths: num(r.active_months),
      topics: topics.get(String(r.person_id)) ?? {},
    }));
  }

  async status(): Promise<StoreStatus> {
    const bySource = await this.rows(`
      SELECT s.path AS source, s.format, m.channel, count(*) AS messages
      FROM messages m JOIN sources s ON s.id = m.source_id GROUP BY 1, 2, 3 ORDER BY 1, 3`);
    const byChannel = await this.rows(
      'SELECT channel, count(*) AS messages FROM messages GROUP BY 1 ORDER BY 1',
    );
    const counts = (
      await this.rows(`SELECT
        (SELECT count(*) FROM people) AS people,
        (SELECT count(*) FROM identities) AS identities,
        (SELECT count(*) FROM analysis_runs) AS runs,
        (SELECT min(ts) FROM messages) AS first,
        (SELECT max(ts) FROM messages) AS last`)
    )[0];
    const skipped = await this.rows(
      'SELECT reason, count(*) AS n, list(position ORDER BY position)[1:5] AS ex FROM skipped GROUP BY 1 ORDER BY 2 DESC, 1',
    );
    const unresolved = await this.listUnresolved();
    return {
      messagesBySource: bySource.map((r) => ({
        source: String(r.source),
        format: String(r.format),
        channel: String(r.channel),
        messages: num(r.messages),
      })),
      messagesByChannel: byChannel.map((r) => ({ channel: String(r.channel), messages: num(r.messages) })),
      people: num(counts.people),
      identities: num(counts.identities),
      unresolvedIdentifiers: unresolved.length,
      skippedByReason: skipped.map((r) => ({
        reason: String(r.reason),
        count: num(r.n),
        examples: (r.ex as { items?: unknown[] } | unknown[] | null) ? listItems(r.ex).map(String) : [],
      })),
      analysisRuns: num(counts.runs),
      period: counts.first === null ? null : { from: num(counts.first), to: num(counts.last) },
    };
  }

  async personMap(personId: string, range: TimeRange = {}): Promise<PersonMapData> {
    const c = personContactsSql(personId, range);
    const r = personRhythmSql(personId, range);
    const [contacts, rhythm] = await Promise.all([this.rows(c.sql, c.params), this.rows(r.sql, r.params)]);
    return {
      contacts: contacts.map((x) => ({
        personId: String(x.person_id),
        direction: x.direction === 'out' ? 'out' : 'in',
        channel: String(x.channel),
        weight: num(x.weight),
        messages: num(x.messages),
      })),
      rhythm: rhythm.map((x) => ({ weekday: num(x.weekday), hour: num(x.hour), messages: num(x.messages) })),
    };
  }

  async stanceByPerson(range: TimeRange = {}): Promise<StanceRow[]> {
    const q = perSenderSql('message_stance', range);
    return (await this.rows(q.sql, q.params)).map((x) => ({
      personId: String(x.person_id),
      target: String(x.key),
      scoreSum: num(x.a),
      mentions: num(x.b),
    }));
  }

  async termsByPerson(range: TimeRange = {}): Promise<TermRow[]> {
    const q = perSenderSql('message_terms', range);
    return (await this.rows(q.sql, q.params)).map((x) => ({
      personId: String(x.person_id),
      term: String(x.key),
      count: num(x.a),
    }));
  }

  async topicMessages(topic: string, range: TimeRange = {}): Promise<TopicMessage[]> {
    const q = topicMessagesSql(topic, range);
    const ids = (v: unknown): string[] => (typeof v === 'string' && v !== '' ? v.split(ID_SEPARATOR) : []);
    return (await this.rows(q.sql, q.params)).map((x) => ({
      key: String(x.key),
      ts: num(x.ts),
      channel: String(x.channel),
      senderPersonId: str(x.sender) ?? null,
      inReplyTo: str(x.in_reply_to) ?? null,
      forwardedFromPersonId: str(x.forwarded_from) ?? null,
      isForward: x.is_forward === true,
      recipientPersonIds: ids(x.recipients),
      mentionPersonIds: ids(x.mentions),
      score: num(x.score),
    }));
  }

  saveNominations(nominations: readonly Nomination[]): Promise<BatchResult> {
    return saveNominationsSql(this.conn, nominations);
  }

  listNominations(): Promise<Nomination[]> {
    return listNominationsSql(this.conn);
  }

  async conversationActivity(range: TimeRange = {}): Promise<ConversationActivityRow[]> {
    const q = conversationActivitySql(range);
    return (await this.rows(q.sql, q.params)).map((r) => ({
      conversation: String(r.conversation),
      personId: String(r.person_id),
      messages: num(r.messages),
    }));
  }

  async windowFingerprint(range: TimeRange): Promise<WindowFingerprint> {
    const q = windowFingerprintSql(range);
    const r = (await this.rows(q.sql, q.params))[0] ?? {};
    const part = (v: unknown): string =>
      typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string' ? String(v) : '0';
    return {
      messages: num(r.n),
      digest: [part(r.n), part(r.keys), part(r.n_links), part(r.links)].join(':'),
    };
  }

  async saveAnalysis(params: unknown, summary: unknown, rows: readonly AnalysisResultRow[]): Promise<number> {
    await this.conn.run('BEGIN TRANSACTION');
    const id = num((await this.rows('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM analysis_runs'))[0]?.id);
    await this.conn.run('INSERT INTO analysis_runs VALUES ($id, $t, $p, $s)', {
      id,
      t: Date.now(),
      p: JSON.stringify(params),
      s: JSON.stringify(summary),
    });
    const a = await this.conn.createAppender('analysis_results');
    for (const r of rows) {
      a.appendInteger(id);
      a.appendVarchar(r.kind);
      a.appendVarchar(r.key);
      a.appendVarchar(JSON.stringify(r.data));
      a.endRow();
    }
    a.closeSync();
    await this.conn.run('COMMIT');
    return id;
  }

  async latestAnalysis(): Promise<AnalysisRun | null> {
    const r = (
      await this.rows(`SELECT * FROM analysis_runs WHERE params NOT LIKE $w ORDER BY id DESC LIMIT 1`, {
        w: WINDOW_RUN_PATTERN,
      })
    )[0];
    if (!r) return null;
    return {
      id: num(r.id),
      createdAt: num(r.created_at),
      params: JSON.parse(String(r.params)) as unknown,
      summary: JSON.parse(String(r.summary)) as unknown,
    };
  }

  async analysisRows(runId: number, kind: string): Promise<AnalysisResultRow[]> {
    const rows = await this.rows(
      'SELECT * FROM analysis_results WHERE run_id = $r AND kind = $k ORDER BY key',
      {
        r: runId,
        k: kind,
      },
    );
    return rows.map((r) => ({
      kind: String(r.kind),
      key: String(r.key),
      data: JSON.parse(String(r.data)) as unknown,
    }));
  }

  async listAnalysisRuns(): Promise<AnalysisRun[]> {
    const rows = await this.rows('SELECT * FROM analysis_runs ORDER BY id');
    return rows.map((r) => ({
      id: num(r.id),
      createdAt: num(r.created_at),
      params: JSON.parse(String(r.params)) as unknown,
      summary: JSON.parse(String(r.summary)) as unknown,
    }));
  }

  purgePeople(personIds: readonly string[], identifiers: readonly string[]): Promise<PurgeResult> {
    return purgePeopleSql(this.conn, personIds, identifiers);
  }

  async compact(): Promise<void> {
    if (this.file === undefined) return;
    await compactDatabase(this.conn, this.file);
    this.conn.closeSync();
    this.instance.closeSync();
    await replaceWithCompacted(this.file);
    this.instance = await DuckDBInstance.create(this.file);
    this.conn = await this.instance.connect();
  }

  clearMessageText(): Promise<number> {
    return clearMessageTextSql(this.conn);
  }

  purgeMessagesBefore(ts: number): Promise<number> {
    return purgeMessagesBeforeSql(this.conn, ts);
  }
}

function listItems(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v && typeof v === 'object' && 'items' in v && Array.isArray((v as { items: unknown[] }).items)) {
    return (v as { items: unknown[] }).items;
  }
  return [];
}

/** Fields of a DuckDB STRUCT value as returned by getRowObjects. */
function structEntries(v: unknown): Record<string, unknown> {
  if (v && typeof v === 'object' && 'entries' in v)
    return (v as { entries: Record<string, unknown> }).entries;
  return (v ?? {}) as Record<string, unknown>;
}
