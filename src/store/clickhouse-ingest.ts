/**
 * ClickHouse ingest writes
 *
 * Sources, per-worker checkpoints and batches. Any number of workers on any machines may write at
 * once: every row lands in a ReplacingMergeTree table keyed by what makes it unique, so a batch
 * written twice (a retry, a resumed worker, two workers reading the same archive) collapses to one.
 *
 * Notes:
 * - A batch is written data first, checkpoint last. A worker killed in between resumes from the old
 *   checkpoint and writes the batch again; rows it finds carrying its own worker id, source and
 *   position are its own unfinished batch and count as added, not as duplicates.
 * - `added`/`duplicates` per source are exact for one writer per message; when two workers race on
 *   the same message both may count it as added. Message counts (`status`) are always exact (FINAL).
 */
import { createHash } from 'node:crypto';
import { chStringList, type ChConnection } from './clickhouse-client.js';
import { batchRows, firstWins, laterWins, uniqueMessages } from './clickhouse-rows.js';
import type { ChNames } from './clickhouse-schema.js';
import type { BatchResult, Checkpoint, IngestBatch, SourceInfo, SourceRecord } from './types.js';

/** Keys per `IN (...)` lookup, to stay well under the server's `max_query_size` (256 KiB). */
const LOOKUP_CHUNK = 2000;

/** A stable source id from the fingerprint (48 bits, so it is a safe JS integer). */
export function sourceIdOf(fingerprint: string): number {
  return createHash('sha256').update(fingerprint).digest().readUIntBE(0, 6);
}

interface OwnState {
  checkpoint: Checkpoint;
  added: number;
  duplicates: number;
}

export class ChIngestWriter {
  private readonly conn: ChConnection;
  private readonly names: ChNames;
  private readonly worker: string;
  private readonly own = new Map<number, OwnState>();

  constructor(conn: ChConnection, names: ChNames, worker: string) {
    this.conn = conn;
    this.names = names;
    this.worker = worker;
  }

  async openSource(info: SourceInfo): Promise<SourceRecord> {
    const id = sourceIdOf(info.fingerprint);
    const t = this.names.all('sources');
    const found = await this.conn.rows(`SELECT * FROM ${t} FINAL WHERE id = ${id}`);
    if (!found.length) {
      await this.conn.insert(t, [{ ...info, id, started_at: Date.now(), ver: firstWins() }]);
      return this.openSource(info);
    }
    const src = found[0];
    const cks = await this.conn.rows(
      `SELECT * FROM ${this.names.all('checkpoints')} FINAL WHERE source_id = ${id}`,
    );
    const mine = cks.find((c) => c.worker === this.worker);
    const state: OwnState = {
      checkpoint: mine
        ? { position: Number(mine.position), read: Number(mine.read), skipped: Number(mine.skipped) }
        : { position: 0, read: 0, skipped: 0 },
      added: mine ? Number(mine.added) : 0,
      duplicates: mine ? Number(mine.duplicates) : 0,
    };
    this.own.set(id, state);
    return {
      id,
      fingerprint: String(src.fingerprint),
      path: String(src.path),
      format: String(src.format),
      bytes: Number(src.bytes),
      status: cks.some((c) => c.status === 'done') ? 'done' : 'running',
      checkpoint: state.checkpoint,
      added: cks.reduce((s, c) => s + Number(c.added), 0),
      duplicates: cks.reduce((s, c) => s + Number(c.duplicates), 0),
    };
  }

  /** Keys of `unique` already stored by someone else (or by us at another position). */
  private async duplicateKeys(
    sourceId: number,
    unique: Map<string, { position: string }>,
  ): Promise<Set<string>> {
    const keys = [...unique.keys()];
    const dups = new Set<string>();
    for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
      const chunk = keys.slice(i, i + LOOKUP_CHUNK);
      const rows = await this.conn.rows(
        `SELECT key, source_id, worker, position FROM ${this.names.all('messages')}
         WHERE key IN ${chStringList(chunk)}`,
      );
      for (const r of rows) {
        const key = String(r.key);
        const ours =
          r.worker === this.worker &&
          Number(r.source_id) === sourceId &&
          r.position === unique.get(key)?.position;
        if (!ours) dups.add(key);
      }
    }
    return dups;
  }

  async commitBatch(sourceId: number, batch: IngestBatch): Promise<BatchResult> {
    const state = this.own.get(sourceId) ?? { checkpoint: batch.checkpoint, added: 0, duplicates: 0 };
    const unique = uniqueMessages(batch.messages);
    const dups = await this.duplicateKeys(sourceId, unique);
    const added = unique.size - dups.size;
    const rows = batchRows(unique, batch, sourceId, this.worker, dups);
    const n = this.names;
    await this.conn.insert(n.all('messages'), rows.messages);
    await this.conn.insert(n.all('message_recipients'), rows.recipients);
    await this.conn.insert(n.all('message_features'), rows.features);
    await this.conn.insert(n.all('message_topics'), rows.topics);
    await this.conn.insert(n.all('message_stance'), rows.stance);
    await this.conn.insert(n.all('message_terms'), rows.terms);
    const ver = firstWins();
    await this.conn.insert(
      n.all('skipped'),
      batch.skipped.map((s) => ({ source_id: sourceId, ...s, ver })),
    );
    const next: OwnState = {
      checkpoint: batch.checkpoint,
      added: state.added + added,
      duplicates: state.duplicates + batch.messages.length - added,
    };
    await this.writeCheckpoint(sourceId, 'running', next);
    this.own.set(sourceId, next);
    return { added, duplicates: batch.messages.length - added };
  }

  async finishSource(sourceId: number): Promise<void> {
    const state = this.own.get(sourceId) ?? {
      checkpoint: { position: 0, read: 0, skipped: 0 },
      added: 0,
      duplicates: 0,
    };
    await this.writeCheckpoint(sourceId, 'done', state);
  }

  private async writeCheckpoint(sourceId: number, status: string, s: OwnState): Promise<void> {
    await this.conn.insert(this.names.all('checkpoints'), [
      {
        source_id: sourceId,
        worker: this.worker,
        status,
        position: s.checkpoint.position,
        read: s.checkpoint.read,
        skipped: s.checkpoint.skipped,
        added: s.added,
        duplicates: s.duplicates,
        updated_at: Date.now(),
        ver: laterWins(),
      },
    ]);
  }
}
