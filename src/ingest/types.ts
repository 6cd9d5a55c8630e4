/**
 * Ingest types
 *
 * The one `SourceAdapter` interface every format implements, the byte sources adapters read from, and
 * the options and summary of `ingestPaths`. Adapters turn bytes into normalized messages; the pipeline
 * owns batching, checkpoints, opt-out, feature extraction and the store.
 */
import type { Diagnostics } from '../shared/diagnostics.js';
import type { SourcePosition } from '../shared/errors.js';
import type { Message, MessageInput } from '../shared/message.js';
import type { Progress } from '../shared/progress.js';
import type { MessageFeatures } from '../store/index.js';
import type { CsvMapping } from './csv/mapping.js';
import type { PartCause, RowByRowCause } from './csv/row-by-row-cause.js';

export const ADAPTER_NAMES = [
  'mbox',
  'maildir',
  'eml',
  'pst',
  'exchange-log',
  'postfix-log',
  'telegram',
  'slack',
  'whatsapp',
  'mattermost',
  'csv',
  'jsonl',
] as const;
export type AdapterName = (typeof ADAPTER_NAMES)[number];

/** A readable file: a real file (optionally gzip-compressed) or an entry of a .zip archive. */
export interface ByteSource {
  /** Display path: relative to what the user gave, `archive.zip!inner/file` for archive entries. */
  readonly path: string;
  /** Compressed size on disk (for progress); the decompressed size is not known in advance. */
  readonly size: number;
  /** Modification time (yearless log timestamps take their year from it). */
  readonly mtimeMs?: number;
  /** The file on disk when its bytes are read as they are (not gunzipped, not an archive entry). */
  readonly diskPath?: string;
  /** Streams the (decompressed) bytes starting at `start`. */
  stream(start?: number): AsyncIterable<Buffer>;
  /** The first bytes (decompressed), for format detection. */
  head(bytes: number): Promise<Buffer>;
  /** The whole content; refuses files over the limit with a SourceFormatError. */
  readAll(limit: number): Promise<Buffer>;
}

/** What an adapter reads: one file, or the sorted files of a tree (Maildir, Slack export, .eml folder). */
export interface AdapterInput {
  readonly path: string;
  readonly files: readonly ByteSource[];
}

/** Where a resumed read starts: the adapter's own position token and the number of items done. */
export interface ResumePoint {
  readonly position: number;
  readonly items: number;
}

/** Raw RFC 5322 bytes handed to the mail parser (possibly on a worker thread). */
export interface RawMail {
  readonly kind: 'mail';
  readonly raw: Buffer;
  readonly source: SourcePosition;
  /** Fallback sender/time from the mbox `From ` line or a log, used when headers lack them. */
  readonly envelope?: { readonly from?: string; readonly timestamp?: number };
  readonly conversation?: string;
  readonly resume: number;
}

export interface ParsedItem {
  readonly kind: 'message';
  readonly message: MessageInput;
  /** Adapter position after this item (byte offset for seekable adapters, else 0). */
  readonly resume: number;
  /** Problems that did not stop the message from being used (reported as diagnostics). */
  readonly warnings?: readonly { readonly reason: string; readonly detail: string }[];
}

export interface SkippedRecord {
  readonly kind: 'skip';
  readonly source: SourcePosition;
  readonly reason: string;
  readonly detail: string;
  readonly resume: number;
}

export type AdapterItem = ParsedItem | RawMail | SkippedRecord;

export interface AdapterContext {
  readonly csvMapping?: CsvMapping | undefined;
  /** False reads CSV logs row by row even where the store could load them in one pass (tests). */
  readonly bulkCsv?: boolean | undefined;
  /** Bytes per part of a CSV log loaded in one pass (default `PART_BYTES`, 32 MiB; tests use less). */
  readonly bulkCsvPartBytes?: number | undefined;
  readonly limits: IngestLimits;
}

/** A bounded first look at a file for format detection. */
export interface Probe {
  readonly path: string;
  readonly head: Buffer;
  /** `head` decoded as UTF-8 (lossy). */
  readonly text: string;
}

export interface SourceAdapter {
  readonly name: AdapterName;
  /** `file`: one byte stream; `tree`: a directory (or archive) of files read as one source. */
  readonly input: 'file' | 'tree';
  /** True when `resume.position` lets `read` start mid-source; else the pipeline skips done items. */
  readonly seekable: boolean;
  /** Confidence in [0, 1] that a file is in this format (file adapters only). */
  detect(probe: Probe): number;
  read(input: AdapterInput, ctx: AdapterContext, resume: ResumePoint): AsyncIterable<AdapterItem>;
}

/** What the pipeline reads one source with: a format adapter, or a live reader (an IMAP mailbox). */
export type UnitReader = Pick<SourceAdapter, 'seekable' | 'read'> & { readonly name: string };

/** One source as the pipeline reads it: checkpointed and committed on its own. */
export interface SourceUnit {
  readonly adapter: UnitReader;
  readonly input: AdapterInput;
  readonly fingerprint: string;
  readonly bytes: number;
  /**
   * A source that keeps growing (an IMAP mailbox): it is never marked done, so its checkpoint is
   * where the next run resumes instead of a reason to skip it.
   */
  readonly growing?: boolean;
}

/** Hard limits that keep hostile input bounded. */
export interface IngestLimits {
  /** Largest single message (mbox entry, .eml file) in bytes. */
  readonly maxMessageBytes: number;
  /** Largest whole-file JSON document (Telegram, Slack day file). */
  readonly maxJsonBytes: number;
  /** Largest header block of a mail message. */
  readonly maxHeaderBytes: number;
  /** Deepest multipart nesting parsed. */
  readonly maxMimeDepth: number;
  /** Largest total expanded size of an archive, and largest expansion ratio. */
  readonly maxArchiveBytes: number;
  readonly maxArchiveRatio: number;
  /** Longest text line in line-based formats. */
  readonly maxLineBytes: number;
}

export interface IngestOptions {
  readonly format: 'auto' | AdapterName;
  readonly diagnostics: Diagnostics;
  readonly progress: Progress;
  /** Text features of a message; reads only its subject and text (a CSV load calls it once per distinct pair). */
  readonly extractFeatures?: (
    m: Pick<Message, 'subject' | 'text'>,
  ) => Omit<MessageFeatures, 'messageKey'> | undefined;
  /** When false, `text` is dropped before storing (after features are computed). */
  readonly retainText: boolean;
  readonly csvMapping?: CsvMapping | undefined;
  /** False reads CSV logs row by row even where the store could load them in one pass (tests). */
  readonly bulkCsv?: boolean | undefined;
  /** Bytes per part of a CSV log loaded in one pass (default `PART_BYTES`, 32 MiB; tests use less). */
  readonly bulkCsvPartBytes?: number | undefined;
  /** Messages whose sender is opted out are dropped; opted-out recipients are removed. */
  readonly optOut?: (identifier: string) => boolean;
  /** Messages per store commit (default 2000). */
  readonly batchSize?: number;
  /** Parser worker threads for mail formats (default: CPU count - 1, at most 4; 0 = in-thread). */
  readonly workers?: number;
  readonly limits?: Partial<IngestLimits>;
  /**
   * Stops the run gracefully: the batch in hand is committed with its checkpoint, the source stays
   * open (the next run resumes there) and no further source is started.
   */
  readonly signal?: AbortSignal | undefined;
}

export interface SourceSummary {
  readonly path: string;
  readonly format: string;
  readonly read: number;
  readonly added: number;
  readonly duplicates: number;
  readonly skipped: number;
  /** True when this exact content was fully ingested by an earlier run (nothing was read). */
  readonly alreadyIngested?: boolean;
  /** A CSV log read row by row although the store loads logs in one pass, and why (a slower path). */
  readonly rowByRow?: string;
  /** The same cause as a code (`rowByRow` is its English wording). */
  readonly rowByRowCause?: RowByRowCause;
  /** A CSV log in several parts some or all of which were read row by row: how many, and why. */
  readonly rowByRowParts?: RowByRowParts;
}

export interface RowByRowParts {
  readonly parts: number;
  readonly of: number;
  /** The first few parts by number with their causes, in English. */
  readonly why: string;
  /** The same first few, as codes. */
  readonly causes: readonly PartCause[];
}

export interface IngestSummary {
  readonly read: number;
  readonly added: number;
  readonly duplicates: number;
  readonly skipped: number;
  readonly skippedByReason: Readonly<Record<string, number>>;
  readonly sources: readonly SourceSummary[];
  /**
   * Time span (epoch ms) of the messages read in this run, new or duplicate; absent when none were
   * read. What a re-analysis has to cover.
   */
  readonly period?: { readonly from: number; readonly to: number } | undefined;
}
