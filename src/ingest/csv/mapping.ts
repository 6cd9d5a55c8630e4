/**
 * Event-log column mapping
 *
 * Which column (CSV) or field (JSONL, dotted paths allowed) holds each part of a message, given in
 * the workspace config's `ingest.csv` section and validated with zod. Validation errors name the
 * setting and say what was expected; a mapping naming a column the file lacks is rejected with the
 * list of columns the file has.
 */
import { z } from 'zod';
import { InputError, SourceFormatError } from '../../shared/errors.js';
import { CHANNELS } from '../../shared/message.js';

const column = z.string().min(1, 'expected a column name');

export const csvMappingSchema = z
  .object({
    timestamp: column,
    sender: column,
    id: column.optional(),
    recipients: column.optional(),
    /** Separator between several recipients in one cell (default ";"; "," also works when unquoted). */
    recipientSeparator: z.string().min(1).default(';'),
    cc: column.optional(),
    subject: column.optional(),
    text: column.optional(),
    channel: column.optional(),
    conversation: column.optional(),
    inReplyTo: column.optional(),
    senderName: column.optional(),
    attachments: column.optional(),
    size: column.optional(),
    /** Column whose value says what happened; with `actions`, only those rows are messages. */
    action: column.optional(),
    actions: z.array(z.string()).optional(),
    /** Channel for rows without a channel column or with an unknown value. */
    defaultChannel: z.enum(CHANNELS).default('dlp-event'),
    /** CSV field delimiter; detected from the header line when omitted. */
    delimiter: z.string().length(1).optional(),
    /** Identifier kind for values that are not e-mail addresses (e.g. login names). */
    identifierKind: z.enum(['user', 'telegram', 'slack', 'whatsapp', 'mattermost', 'phone']).default('user'),
  })
  .strict();

export type CsvMapping = z.infer<typeof csvMappingSchema>;
export type CsvMappingInput = z.input<typeof csvMappingSchema>;

/** The workspace config's `ingest` section. */
export const ingestConfigSchema = z
  .object({
    csv: csvMappingSchema.optional(),
  })
  .loose();

export type IngestConfig = z.infer<typeof ingestConfigSchema>;

/** Validates a mapping from config; throws InputError naming the bad setting. */
export function validateCsvMapping(raw: unknown, where = 'ingest.csv'): CsvMapping {
  const r = csvMappingSchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map(String)].join('.');
  throw new InputError(`ingest/csv: invalid ${path}: ${issue?.message ?? 'invalid value'}`);
}

/** Reads the `ingest` section of a workspace config object (undefined when absent). */
export function readIngestConfig(config: Record<string, unknown>): IngestConfig {
  const r = ingestConfigSchema.safeParse(config.ingest ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = ['ingest', ...(issue?.path ?? []).map(String)].join('.');
  throw new InputError(`ingest/config: invalid ${path}: ${issue?.message ?? 'invalid value'}`);
}

/**
 * Throws a SourceFormatError (code MAPPING_MISMATCH) when a mapping names columns the file does not
 * have: that file is skipped with the reason, and the other sources of the run are still read.
 */
export function checkColumns(mapping: CsvMapping, columns: readonly string[], file: string): void {
  const wanted = Object.entries(mapping).filter(
    ([k, v]) =>
      typeof v === 'string' &&
      !['recipientSeparator', 'defaultChannel', 'delimiter', 'identifierKind'].includes(k),
  ) as [string, string][];
  const missing = wanted.filter(([, v]) => !columns.includes(v));
  if (missing.length) {
    const has = columns
      .map((c) => c.slice(0, 40))
      .slice(0, 40)
      .join(', ');
    throw new SourceFormatError(
      { file, line: 1 },
      `the ingest.csv mapping names column(s) the file lacks: ${missing.map(([k, v]) => `${k} → "${v}"`).join(', ')} (the file has: ${has})`,
      { code: 'MAPPING_MISMATCH' },
    );
  }
}
