/**
 * DuckDB event-log load
 *
 * Loads a CSV event log (one part of it per call) with DuckDB's own parallel CSV reader in one
 * transaction, instead of the row-by-row batches every other source takes; both are held back by
 * the key indexes that keep ingest idempotent (docs/PERFORMANCE.md, "CSV in one pass"). The ingest
 * keeps the meaning of every value (see `EventLogLoad`): SQL maps only
 * the shapes it maps exactly as `rowToMessage` does, distinct identifier, channel and action cells go
 * through the ingest's callbacks, and every other row is handed to `load.row` whole. Rows are
 * numbered as the ingest's reader numbers them (the load declines when the counts differ), so
 * positions, keys and de-duplication come out as a row-by-row read of the same file would make them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { advanceCheckpoint, appendFeatureRows, appendMessageValues, appendText } from './duckdb-append.js';
import type {
  EventLogDeclined,
  EventLogFields,
  EventLogLoad,
  EventLogLoadResult,
  MessageFeatures,
} from './types.js';

/**
 * The characters JavaScript's `String.prototype.trim` removes (ECMAScript WhiteSpace and
 * LineTerminator: TAB, VT, FF, SP, NBSP, ZWNBSP, the Zs category, LF, CR, LS, PS), so `jsTrim` in
 * SQL trims exactly as the row mapping does.
 */
const JS_WHITESPACE =
  '\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A' +
  '\u2028\u2029\u202F\u205F\u3000\uFEFF';
const TEMP_TABLES = [
  'el_rows',
  'el_ids',
  'el_channels',
  'el_actions',
  'el_pieces',
  'el_map',
  'el_rcpt',
  'el_counts',
  'el_extra',
  'el_later',
  'el_old',
];
const RESIDUAL_CHUNK = 10_000;
/** The columns of an accepted message row, SQL-mapped (`m`, counts `c`) or appended by the ingest. */
const MESSAGE_COLUMNS = `m.ord, m.key, m.source_id, m.position, m.channel, m.conversation, m.ts, m.tz_offset,
  m.sender, m.sender_name, coalesce(c.n, 0)::INTEGER AS recipient_count, m.in_reply_to, m.subject, m.text,
  m.attachment_count, m.attachment_bytes`;

function lit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A cell as the ingest sees it: missing and empty are both ''. */
function cell(i: number | undefined): string {
  return i === undefined ? "''" : `coalesce(c${i}, '')`;
}

/** Printable ASCII and Cyrillic: a value that starts and ends with these has nothing to trim. */
const SOLID = '[!-~\\x{0400}-\\x{04FF}]';

/** `x.trim()` in SQL (the character-set trim is slow, so values with solid ends skip it). */
function jsTrim(x: string): string {
  return `(CASE WHEN regexp_full_match(${x}, '(?s)${SOLID}(.*${SOLID})?') THEN ${x} ELSE trim(${x}, ${lit(JS_WHITESPACE)}) END)`;
}

/**
 * The record number of an `el_rows` row (`rowid` of alias `r`, or unqualified): rows of a table made
 * inside a transaction are numbered from a large offset, `first`, and records go on from the
 * source's `firstRecord`.
 */
function ordSql(load: EventLogLoad, first: string, alias = ''): string {
  return `(${alias}rowid - ${first} + ${load.firstRecord + 1})`;
}

function readCsvSql(load: EventLogLoad): string {
  const columns = load.columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  // The ingest's reader joins the lines of a quoted line break with LF, whatever the file's line end.
  const select =
    load.lineEnd === '\r\n'
      ? load.columns.map((_, i) => `replace(c${i}, chr(13) || chr(10), chr(10)) AS c${i}`).join(', ')
      : '*';
  return `SELECT ${select} FROM read_csv(${lit(load.file)}, header = true, delim = ${lit(load.delimiter)},
    quote = '"', escape = '"', auto_detect = false, strict_mode = true, null_padding = false,
    encoding = 'utf-8',
    max_line_size = ${Math.max(1024, Math.floor(load.maxRecordBytes))}, columns = {${columns}})`;
}

function splitSql(x: string, separator: string): string {
  return separator === ';' || separator === ','
    ? `string_split_regex(${x}, '[;,]')`
    : `string_split(${x}, ${lit(separator)})`;
}

/**
 * ISO 8601 with seconds (`2025-03-01T10:00:00`, up to six fraction digits, `Z` or `±hh:mm`): the
 * one time shape SQL maps itself. Hours, minutes and seconds are in range by the pattern; a day
 * past the month's end fails DuckDB's cast and goes to the ingest's mapping (which rolls it over).
 */
const ISO_SQL =
  '\\d{4}-\\d{2}-\\d{2}[T ]([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})?';

/** A trimmed cell of whole digits (up to `max` of them): `Number()` reads it as it is. */
function digitsSql(trimmed: string, max: number): string {
  return `regexp_full_match(${trimmed}, '\\d{1,${max}}')`;
}

/** `v?.trim() || undefined` of a mapped cell, as SQL (NULL when the column is not mapped). */
function trimmedOrNull(i: number | undefined, prefix = ''): string {
  if (i === undefined) return 'NULL::VARCHAR';
  const t = jsTrim(cell(i));
  return `(CASE WHEN ${t} <> '' THEN ${prefix ? `${lit(prefix)} || ` : ''}${t} END)::VARCHAR`;
}

/**
 * The row mapping in SQL: a message per row, `ok` false where the ingest must map the row itself.
 * `base` computes each cell's trimmed value and the time's parts once per row.
 */
function mapSql(load: EventLogLoad, sourceId: number, first: string): string {
  const f: EventLogFields = load.fields;
  const allFields = load.columns.map((_, i) => `${cell(i)} || chr(0)`).join(' || ');
  const t = cell(f.timestamp);
  // Times in other shapes, sizes that are not whole numbers and senders without a usable identifier
  // go to the ingest's own mapping.
  const checks = [
    // A record starting with a byte-order mark: the ingest's reader drops it, so its row maps it.
    "NOT starts_with(b.first_cell, '\uFEFF')",
    'b.local IS NOT NULL',
    "b.t >= '0100'",
    's.id IS NOT NULL',
    f.size === undefined ? 'true' : `(b.size = '' OR ${digitsSql('b.size', 15)})`,
    f.attachments === undefined ? 'true' : `NOT regexp_full_match(b.att, '\\d{10,}')`,
  ];
  const attachments =
    f.attachments === undefined
      ? '0'
      : `CASE WHEN ${digitsSql('b.att', 9)} THEN CAST(b.att AS INTEGER)
          ELSE len(list_filter(string_split_regex(b.att, '[;,]'), p -> ${jsTrim('p')} <> '')) END`;
  const bytes =
    f.size === undefined ? '0' : `CASE WHEN b.size = '' THEN 0 ELSE TRY_CAST(b.size AS BIGINT) END`;
  const action = f.action === undefined || !load.action ? 'NULL' : 'a.detail';
  const conversation =
    f.conversation === undefined ? 'ch.conversation' : 'coalesce(b.conversation, ch.conversation)';
  const tz = `(CASE WHEN b.zone IN ('', 'Z') THEN 0 ELSE (CASE WHEN left(b.zone, 1) = '-' THEN -1 ELSE 1 END)
    * (CAST(substr(b.zone, 2, 2) AS INTEGER) * 60 + CAST(substr(b.zone, 5, 2) AS INTEGER)) END)`;
  return `CREATE TEMP TABLE el_map AS
    WITH zoned AS (
      SELECT *, ${ordSql(load, first)} AS ord, CASE
        WHEN NOT regexp_full_match(${t}, '${ISO_SQL}') THEN NULL
        WHEN right(${t}, 1) = 'Z' THEN 'Z'
        WHEN substr(${t}, -6, 1) IN ('+', '-') THEN right(${t}, 6)
        ELSE '' END AS zone
      FROM el_rows
    ), base AS (
      SELECT ord, ${t} AS t, zone,
        CASE WHEN zone IS NOT NULL THEN TRY_CAST(left(${t}, length(${t}) - length(zone)) AS TIMESTAMP) END AS local,
        ${jsTrim(cell(f.id))} AS id, ${jsTrim(cell(f.attachments))} AS att, ${jsTrim(cell(f.size))} AS size,
        ${trimmedOrNull(f.conversation)} AS conversation, ${trimmedOrNull(f.senderName)} AS sender_name,
        ${trimmedOrNull(f.inReplyTo, 'event:')} AS in_reply_to,
        ${cell(0)} AS first_cell, ${cell(f.sender)} AS sender_raw, ${cell(f.channel)} AS channel_raw, ${cell(f.action)} AS action_raw,
        (${f.subject === undefined ? 'NULL' : cell(f.subject)})::VARCHAR AS subject,
        (${f.text === undefined ? 'NULL' : cell(f.text)})::VARCHAR AS text,
        CASE WHEN ${jsTrim(cell(f.id))} = '' THEN 'h:' || left(sha256(${allFields}), 32) END AS content_key
      FROM zoned
    )
    SELECT b.ord::BIGINT AS ord,
      ${action}::VARCHAR AS action_detail,
      coalesce((${checks.join(' AND ')}), false) AS ok,
      CASE WHEN b.id <> '' THEN 'event:' || b.id ELSE b.content_key END AS key,
      ${sourceId}::INTEGER AS source_id,
      ${lit(load.positionPrefix)} || b.ord AS position,
      ch.channel AS channel,
      ${conversation}::VARCHAR AS conversation,
      (epoch_ms(b.local) - ${tz} * 60000)::BIGINT AS ts,
      greatest(-900, least(900, ${tz}))::INTEGER AS tz_offset,
      s.id AS sender,
      b.sender_name, b.in_reply_to, b.subject, b.text,
      (${attachments})::INTEGER AS attachment_count,
      (${bytes})::BIGINT AS attachment_bytes
    FROM base b
    LEFT JOIN el_ids s ON s.raw = b.sender_raw
    LEFT JOIN el_channels ch ON ch.raw = b.channel_raw
    ${f.action === undefined || !load.action ? '' : 'LEFT JOIN el_actions a ON a.raw = b.action_raw'}`;
}

function piecesSql(load: EventLogLoad, first: string): string {
  const parts: string[] = [];
  const add = (col: number | undefined, rank: number): void => {
    if (col === undefined) return;
    const list = splitSql(cell(col), load.recipientSeparator);
    parts.push(
      `SELECT ${ordSql(load, first)} AS ord, ${rank} AS role_rank, unnest(${list}) AS piece FROM el_rows`,
    );
  };
  add(load.fields.recipients, 0);
  add(load.fields.cc, 1);
  if (!parts.length) return 'CREATE TEMP TABLE el_pieces (ord BIGINT, role_rank INTEGER, piece VARCHAR)';
  return `CREATE TEMP TABLE el_pieces AS ${parts.join(' UNION ALL ')}`;
}

async function fill(
  conn: DuckDBConnection,
  table: string,
  columns: string,
  sourceSql: string,
  map: (raw: string) => readonly (string | undefined)[],
): Promise<void> {
  await conn.run(`CREATE TEMP TABLE ${table} (${columns})`);
  const reader = await conn.runAndReadAll(sourceSql);
  const a = await conn.createAppender(table);
  for (const [raw] of reader.getRows()) {
    const value = String(raw ?? '');
    a.appendVarchar(value);
    for (const v of map(value)) appendText(a, v);
    a.endRow();
  }
  a.closeSync();
}

interface Tally {
  skipped: number;
  byReason: Record<string, number>;
  features: Map<string, Omit<MessageFeatures, 'messageKey'>>;
}

/** Maps the rows SQL left to the ingest; their messages join `el_extra`, their skips `skipped`. */
async function mapResidualRows(
  conn: DuckDBConnection,
  load: EventLogLoad,
  sourceId: number,
  first: string,
  tally: Tally,
): Promise<void> {
  const cols = load.columns.map((_, i) => `coalesce(r.c${i}, '')`).join(', ');
  await conn.run('CREATE TEMP TABLE el_extra AS SELECT *, 0::BIGINT AS ord FROM messages LIMIT 0');
  const residual = 'm.action_detail IS NULL AND NOT m.ok';
  // Read in windows of record numbers (both tables are in file order, so a window is a narrow
  // scan), only the windows that have such rows; a streaming read cannot stay open while the
  // appenders write on the same connection.
  const f0 = load.firstRecord;
  const windows = await conn.runAndReadAll(
    `SELECT DISTINCT (m.ord - ${f0} - 1) // ${RESIDUAL_CHUNK} AS w FROM el_map m WHERE ${residual} ORDER BY w`,
  );
  const skips: { position: string; reason: string; detail: string }[] = [];
  for (const [w] of windows.getRows()) {
    const lo = Number(w) * RESIDUAL_CHUNK;
    const hi = lo + RESIDUAL_CHUNK - 1;
    const page = await conn.runAndReadAll(
      `SELECT m.ord, ${cols} FROM el_map m JOIN el_rows r ON ${ordSql(load, first, 'r.')} = m.ord
       WHERE ${residual} AND m.ord BETWEEN ${f0 + lo + 1} AND ${f0 + hi + 1}
         AND r.rowid BETWEEN ${first} + ${lo} AND ${first} + ${hi}
       ORDER BY m.ord`,
    );
    const msgs = await conn.createAppender('el_extra');
    const rcpt = await conn.createAppender('el_rcpt');
    for (const row of page.getRows()) {
      const record = Number(row[0]);
      const fields = row.slice(1).map((v) => String(v ?? ''));
      const out = load.row(fields, record);
      if (out.kind === 'skip') {
        tally.skipped++;
        tally.byReason[out.reason] = (tally.byReason[out.reason] ?? 0) + 1;
        skips.push({ position: `${load.positionPrefix}${record}`, reason: out.reason, detail: out.detail });
        continue;
      }
      const m = out.message;
      appendMessageValues(msgs, m, sourceId);
      msgs.appendBigInt(BigInt(record));
      msgs.endRow();
      for (const r of m.recipients) {
        rcpt.appendBigInt(BigInt(record));
        rcpt.appendVarchar(m.key);
        rcpt.appendVarchar(r.id);
        appendText(rcpt, r.name);
        rcpt.appendVarchar(r.role);
        rcpt.endRow();
      }
      if (out.features && !tally.features.has(m.key)) tally.features.set(m.key, out.features);
    }
    msgs.closeSync();
    rcpt.closeSync();
    await flushSkips(conn, sourceId, skips);
  }
}

async function flushSkips(
  conn: DuckDBConnection,
  sourceId: number,
  skips: { position: string; reason: string; detail: string }[],
): Promise<void> {
  if (!skips.length) return;
  await conn.run(
    'CREATE TEMP TABLE IF NOT EXISTS el_skips (position VARCHAR, reason VARCHAR, detail VARCHAR)',
  );
  const a = await conn.createAppender('el_skips');
  for (const s of skips) {
    a.appendVarchar(s.position);
    a.appendVarchar(s.reason);
    a.appendVarchar(s.detail);
    a.endRow();
  }
  a.closeSync();
  await conn.run(`INSERT OR IGNORE INTO skipped SELECT ${sourceId}, position, reason, detail FROM el_skips`);
  await conn.run('DROP TABLE el_skips');
  skips.length = 0;
}

/**
 * Features of the messages this load added (first copies of keys not stored before): one call per
 * distinct subject and text for the rows SQL mapped, the ingest's own for the others.
 */
async function addFeatures(conn: DuckDBConnection, load: EventLogLoad, tally: Tally): Promise<void> {
  const extract = load.features;
  if (!extract) return;
  const added = `SELECT ord, key, subject, text FROM el_accepted
    WHERE ord NOT IN (SELECT ord FROM el_later) AND key NOT IN (SELECT key FROM el_old)`;
  const result = await conn.stream(
    `SELECT subject, text, list(key) FROM (${added}) WHERE ord IN (SELECT ord FROM el_map WHERE ok)
     GROUP BY subject, text`,
  );
  const rows: MessageFeatures[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const [subject, text, keys] of chunk.getRows()) {
      const f = extract(
        subject === null ? undefined : String(subject),
        text === null ? undefined : String(text),
      );
      if (!f) continue;
      for (const k of (keys as { items: readonly unknown[] }).items)
        rows.push({ ...f, messageKey: String(k) });
    }
  }
  const residual = await conn.runAndReadAll(
    `SELECT key FROM (${added}) WHERE ord IN (SELECT ord FROM el_extra)`,
  );
  for (const [k] of residual.getRows()) {
    const f = tally.features.get(String(k));
    if (f) rows.push({ ...f, messageKey: String(k) });
  }
  await appendFeatureRows(conn, rows);
}

/**
 * Runs `work` while reporting the running statement's progress as `from`..`to` of the whole load
 * (the reading of the file; later steps report at their ends, so the share only grows).
 */
async function withProgress<T>(
  conn: DuckDBConnection,
  load: EventLogLoad,
  from: number,
  to: number,
  work: () => Promise<T>,
): Promise<T> {
  load.progress?.(from);
  const timer = setInterval(() => {
    const p = conn.progress.percentage;
    if (p > 0) load.progress?.(from + ((to - from) * Math.min(100, p)) / 100);
  }, 250);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    load.progress?.(to);
  }
}

/**
 * DuckDB's memory limit while a load runs: its temporary tables spill to disk beyond it, so a file
 * of any size loads in bounded memory (DuckDB's default is 80 % of the machine's RAM).
 */
const LOAD_MEMORY_LIMIT = '1GB';

/** Loads `load` into the DuckDB tables as source `sourceId`; see the module comment. */
export async function loadEventLogDuckDb(
  conn: DuckDBConnection,
  sourceId: number,
  load: EventLogLoad,
): Promise<EventLogLoadResult | EventLogDeclined> {
  const setting = await conn.runAndReadAll("SELECT current_setting('memory_limit')");
  const before = String(setting.getRows()[0]?.[0] ?? '');
  await conn.run(`SET memory_limit = ${lit(LOAD_MEMORY_LIMIT)}`);
  try {
    return await loadInTransaction(conn, sourceId, load);
  } finally {
    if (before) await conn.run(`SET memory_limit = ${lit(before)}`);
  }
}

async function loadInTransaction(
  conn: DuckDBConnection,
  sourceId: number,
  load: EventLogLoad,
): Promise<EventLogLoadResult | EventLogDeclined> {
  await conn.run('BEGIN TRANSACTION');
  try {
    try {
      await withProgress(conn, load, 0, 0.4, () =>
        conn.run(`CREATE TEMP TABLE el_rows AS ${readCsvSql(load)}`),
      );
    } catch (err) {
      await conn.run('ROLLBACK');
      return { declined: `DuckDB's CSV reader: ${String((err as Error).message ?? err).split('\n')[0]}` };
    }
    // Rows must be numbered as the records are: as many, and in file order without gaps.
    const shape = await conn.runAndReadAll(
      'SELECT count(*), coalesce(max(rowid) - min(rowid) + 1, 0), min(rowid)::VARCHAR FROM el_rows',
    );
    const [rowsV, spanV, firstV] = shape.getRows()[0] ?? [];
    const rows = Number(rowsV ?? 0);
    if (Number(spanV ?? 0) !== rows) {
      await conn.run('ROLLBACK');
      return { declined: "DuckDB's rows are not numbered one after another" };
    }
    if (rows !== load.records) {
      await conn.run('ROLLBACK');
      return {
        declined: `DuckDB's CSV reader found ${rows} records where the ingest counts ${load.records}`,
      };
    }
    const result = await mapAndStore(conn, sourceId, load, String(firstV ?? '0'));
    load.progress?.(1);
    await conn.run('COMMIT');
    return result;
  } catch (err) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    const drops = [
      'DROP VIEW IF EXISTS el_accepted;',
      ...TEMP_TABLES.map((t) => `DROP TABLE IF EXISTS ${t};`),
    ];
    await conn.run(drops.join(' ')).catch(() => undefined);
  }
}

/** Maps and stores the rows of `el_rows`, whose first `rowid` is `first`. */
async function mapAndStore(
  conn: DuckDBConnection,
  sourceId: number,
  load: EventLogLoad,
  first: string,
): Promise<EventLogLoadResult> {
  const f = load.fields;
  await conn.run(piecesSql(load, first));
  await fill(
    conn,
    'el_ids',
    'raw VARCHAR, id VARCHAR',
    `SELECT DISTINCT ${cell(f.sender)} FROM el_rows UNION SELECT DISTINCT piece FROM el_pieces`,
    (raw) => [load.participant(raw)],
  );
  await fill(
    conn,
    'el_channels',
    'raw VARCHAR, channel VARCHAR, conversation VARCHAR',
    `SELECT DISTINCT ${cell(f.channel)} FROM el_rows`,
    (raw) => {
      const c = load.channel(raw);
      return [c.channel, c.conversation];
    },
  );
  const action = load.action;
  if (f.action !== undefined && action) {
    await fill(
      conn,
      'el_actions',
      'raw VARCHAR, detail VARCHAR',
      `SELECT DISTINCT ${cell(f.action)} FROM el_rows`,
      (raw) => [action(raw)],
    );
  }
  load.progress?.(0.5);
  await conn.run(mapSql(load, sourceId, first));
  // Recipients of the rows SQL mapped: each identifier once per message, "to" before "cc", never
  // the sender (the ingest's own rules, applied to the pieces' identifiers).
  await conn.run(`CREATE TEMP TABLE el_rcpt AS
    WITH ids AS MATERIALIZED (
      SELECT p.ord, p.role_rank, i.id FROM el_pieces p JOIN el_ids i ON i.raw = p.piece WHERE i.id IS NOT NULL
    ), firsts AS MATERIALIZED (
      SELECT ord, id, min(role_rank) AS role_rank FROM ids GROUP BY ord, id
    )
    SELECT f.ord::BIGINT AS ord, m.key AS message_key, f.id AS identifier, NULL::VARCHAR AS name,
           CASE WHEN f.role_rank = 0 THEN 'to' ELSE 'cc' END AS role
    FROM firsts f JOIN el_map m ON m.ord = f.ord
    WHERE m.ok AND m.action_detail IS NULL AND f.id <> m.sender`);
  load.progress?.(0.6);
  await conn.run(
    'CREATE TEMP TABLE el_counts AS SELECT ord, count(*)::INTEGER AS n FROM el_rcpt GROUP BY ord',
  );
  const tally: Tally = { skipped: 0, byReason: {}, features: new Map() };
  await mapResidualRows(conn, load, sourceId, first, tally);
  const notMessages = await conn.runAndReadAll(
    'SELECT ord, action_detail FROM el_map WHERE action_detail IS NOT NULL ORDER BY ord',
  );
  for (const [ord, detail] of notMessages.getRows())
    load.skipped(Number(ord), 'not-a-message', String(detail));
  if (notMessages.currentRowCount > 0) {
    tally.skipped += notMessages.currentRowCount;
    tally.byReason['not-a-message'] = (tally.byReason['not-a-message'] ?? 0) + notMessages.currentRowCount;
    await conn.run(`INSERT OR IGNORE INTO skipped
      SELECT ${sourceId}, position, 'not-a-message', action_detail FROM el_map WHERE action_detail IS NOT NULL`);
  }
  await conn.run(`CREATE OR REPLACE TEMP VIEW el_accepted AS
    SELECT ${MESSAGE_COLUMNS} FROM el_map m LEFT JOIN el_counts c ON c.ord = m.ord
    WHERE m.ok AND m.action_detail IS NULL
    UNION ALL SELECT ord, key, source_id, position, channel, conversation, ts, tz_offset, sender, sender_name,
      recipient_count, in_reply_to, subject, body, attachment_count, attachment_bytes FROM el_extra`);
  // A key twice in the file: its first row (in file order) is the one stored, as a row-by-row read
  // stores it. Found by one grouping; only keys that repeat are ordered.
  await conn.run(`CREATE TEMP TABLE el_later AS
    SELECT ord FROM (SELECT key, ord FROM el_accepted
                     WHERE key IN (SELECT key FROM el_accepted GROUP BY key HAVING count(*) > 1))
    QUALIFY row_number() OVER (PARTITION BY key ORDER BY ord) > 1`);
  await conn.run(
    load.features
      ? 'CREATE TEMP TABLE el_old AS SELECT key FROM messages WHERE key IN (SELECT key FROM el_accepted)'
      : 'CREATE TEMP TABLE el_old (key VARCHAR)',
  );
  load.progress?.(0.7);
  const inserted = await conn.runAndReadAll(`INSERT OR IGNORE INTO messages
    SELECT key, source_id, position, channel, conversation, ts, tz_offset, sender, sender_name,
           recipient_count, NULL, in_reply_to, NULL, subject, ${load.retainText ? 'text' : 'NULL'},
           attachment_count, attachment_bytes, false, false
    FROM el_accepted WHERE ord NOT IN (SELECT ord FROM el_later)`);
  const added = Number(inserted.getRows()[0]?.[0] ?? 0);
  load.progress?.(0.8);
  await conn.run(
    'INSERT OR IGNORE INTO message_recipients SELECT DISTINCT message_key, identifier, name, role FROM el_rcpt',
  );
  load.progress?.(0.9);
  await addFeatures(conn, load, tally);
  const stats = await conn.runAndReadAll('SELECT count(*), min(ts), max(ts) FROM el_accepted');
  const [readV, fromV, toV] = stats.getRows()[0] ?? [];
  const read = Number(readV ?? 0);
  const checkpoint = {
    position: load.endPosition,
    read: load.checkpoint.read + read,
    skipped: load.checkpoint.skipped + tally.skipped,
  };
  await advanceCheckpoint(conn, sourceId, checkpoint, added, read - added);
  return {
    read,
    added,
    duplicates: read - added,
    skipped: tally.skipped,
    skippedByReason: tally.byReason,
    period: fromV === null || fromV === undefined ? undefined : { from: Number(fromV), to: Number(toV) },
  };
}
