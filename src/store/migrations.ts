/**
 * DuckDB schema migrations
 *
 * Each entry moves the schema up one version; `meta.schema_version` records where a workspace is.
 * Never edit a released migration: append a new one.
 */

export const DUCKDB_MIGRATIONS: readonly string[] = [
  // 1: initial schema
  `
  CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    fingerprint VARCHAR UNIQUE NOT NULL,
    path VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    bytes BIGINT NOT NULL,
    status VARCHAR NOT NULL,
    ck_position BIGINT NOT NULL DEFAULT 0,
    ck_read BIGINT NOT NULL DEFAULT 0,
    ck_skipped BIGINT NOT NULL DEFAULT 0,
    added BIGINT NOT NULL DEFAULT 0,
    duplicates BIGINT NOT NULL DEFAULT 0,
    started_at BIGINT NOT NULL,
    finished_at BIGINT
  );
  CREATE TABLE IF NOT EXISTS people (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    department VARCHAR,
    position VARCHAR,
    manager_id VARCHAR,
    level INTEGER,
    kind VARCHAR NOT NULL,
    sex VARCHAR
  );
  CREATE TABLE IF NOT EXISTS identities (
    identifier VARCHAR PRIMARY KEY,
    person_id VARCHAR NOT NULL,
    method VARCHAR NOT NULL
  );
  CREATE TABLE IF NOT EXISTS messages (
    key VARCHAR PRIMARY KEY,
    source_id INTEGER NOT NULL,
    position VARCHAR NOT NULL,
    channel VARCHAR NOT NULL,
    conversation VARCHAR,
    ts BIGINT NOT NULL,
    tz_offset INTEGER NOT NULL,
    sender VARCHAR NOT NULL,
    sender_name VARCHAR,
    recipient_count INTEGER NOT NULL,
    thread_key VARCHAR,
    in_reply_to VARCHAR,
    forwarded_from VARCHAR,
    subject VARCHAR,
    body VARCHAR,
    attachment_count INTEGER NOT NULL,
    attachment_bytes BIGINT NOT NULL,
    is_automated BOOLEAN NOT NULL,
    is_forward BOOLEAN NOT NULL
  );
  CREATE TABLE IF NOT EXISTS message_recipients (
    message_key VARCHAR NOT NULL,
    identifier VARCHAR NOT NULL,
    name VARCHAR,
    role VARCHAR NOT NULL,
    PRIMARY KEY (message_key, identifier, role)
  );
  CREATE TABLE IF NOT EXISTS message_features (
    message_key VARCHAR PRIMARY KEY,
    lang VARCHAR NOT NULL,
    token_count INTEGER NOT NULL,
    sentiment DOUBLE NOT NULL,
    stance VARCHAR NOT NULL
  );
  CREATE TABLE IF NOT EXISTS message_topics (
    message_key VARCHAR NOT NULL,
    topic VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    PRIMARY KEY (message_key, topic)
  );
  CREATE TABLE IF NOT EXISTS skipped (
    source_id INTEGER NOT NULL,
    position VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    PRIMARY KEY (source_id, position, reason)
  );
  CREATE TABLE IF NOT EXISTS analysis_runs (
    id INTEGER PRIMARY KEY,
    created_at BIGINT NOT NULL,
    params VARCHAR NOT NULL,
    summary VARCHAR NOT NULL
  );
  CREATE TABLE IF NOT EXISTS analysis_results (
    run_id INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    data VARCHAR NOT NULL,
    PRIMARY KEY (run_id, kind, key)
  );
  `,
  // 2: stance and term counts per message, so maps, groups and keywords work without keeping text
  `
  CREATE TABLE IF NOT EXISTS message_stance (
    message_key VARCHAR NOT NULL,
    target VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (message_key, target)
  );
  CREATE TABLE IF NOT EXISTS message_terms (
    message_key VARCHAR NOT NULL,
    term VARCHAR NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (message_key, term)
  );
  `,
  // 3: survey nominations, a second kind of tie (see src/identity/nominations.ts)
  `
  CREATE TABLE IF NOT EXISTS nominations (
    respondent VARCHAR NOT NULL,
    nominee VARCHAR NOT NULL,
    question VARCHAR NOT NULL,
    survey VARCHAR NOT NULL,
    position VARCHAR NOT NULL,
    PRIMARY KEY (respondent, nominee, question)
  );
  `,
];
