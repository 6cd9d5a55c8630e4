/**
 * Store contract
 *
 * Everything the pipeline persists goes through `Store`. SQL lives only behind this interface, so the
 * same pipeline runs on the embedded DuckDB store or on a ClickHouse cluster. Aggregations that must
 * scale (tie weights, activity counts) are methods here so a backend can push them down.
 */
import type { Channel, Message } from '../shared/message.js';
import type { DiagnosticSummary } from '../shared/diagnostics.js';

export type PersonKind = 'staff' | 'external' | 'list' | 'shared' | 'bot';

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly department?: string | undefined;
  readonly position?: string | undefined;
  readonly managerId?: string | undefined;
  /** Depth in the formal hierarchy: 0 = head of the organization. */
  readonly level?: number | undefined;
  readonly kind: PersonKind;
  readonly sex?: string | undefined;
}

/** An identifier (address, handle) resolved to a person. */
export interface IdentityLink {
  readonly identifier: string;
  readonly personId: string;
  /** How the link was made: `directory`, `alias-file`, `name-match`, `external`. */
  readonly method: string;
}

/** Per-message features computed by `text` in-stream; bodies need not be kept. */
export interface MessageFeatures {
  readonly messageKey: string;
  readonly lang: string;
  readonly tokenCount: number;
  /** Topic id → weighted hit score. */
  readonly topics: Readonly<Record<string, number>>;
  /** Sentiment of the message in [-1, 1]; 0 when neutral or unknown. */
  readonly sentiment: number;
  /** Stance towards configured targets: target id → { score in [-1,1], mentions }. */
  readonly stance: Readonly<Record<string, { readonly score: number; readonly mentions: number }>>;
  /** Content terms (stems, with bigrams as "a b") → count; kept instead of text for keywords. */
  readonly terms?: Readonly<Record<string, number>> | undefined;
}

export interface SourceInfo {
  /** A content fingerprint (size + hash of head/tail) so a moved file is still recognized. */
  readonly fingerprint: string;
  readonly path: string;
  readonly format: string;
  readonly bytes: number;
}

/** Where a source's ingest has got to; committed atomically with each batch. */
export interface Checkpoint {
  /** Adapter-defined resume position (byte offset, record index). */
  readonly position: number;
  readonly read: number;
  readonly skipped: number;
}

export interface SourceRecord extends SourceInfo {
  readonly id: number;
  readonly status: 'running' | 'done';
  readonly checkpoint: Checkpoint;
  readonly added: number;
  readonly duplicates: number;
}

export interface SkippedItem {
  readonly position: string;
  readonly reason: string;
  readonly detail: string;
}

export interface IngestBatch {
  readonly messages: readonly Message[];
  readonly features: readonly MessageFeatures[];
  readonly skipped: readonly SkippedItem[];
  readonly checkpoint: Checkpoint;
}

export interface BatchResult {
  readonly added: number;
  readonly duplicates: number;
}

/** Column index of each part of an event-log row (see `src/ingest/csv/mapping.ts`). */
export interface EventLogFields {
  readonly timestamp: number;
  readonly sender: number;
  readonly id?: number | undefined;
  readonly recipients?: number | undefined;
  readonly cc?: number | undefined;
  readonly subject?: number | undefined;
  readonly text?: number | undefined;
  readonly channel?: number | undefined;
  readonly conversation?: number | undefined;
  readonly inReplyTo?: number | undefined;
  readonly senderName?: number | undefined;
  readonly attachments?: number | undefined;
  readonly size?: number | undefined;
  readonly action?: number | undefined;
}

/** What the ingest's own row mapping made of one row a backend left to it. */
export type EventLogRowOutcome =
  | {
      readonly kind: 'message';
      readonly message: Message;
      readonly features?: Omit<MessageFeatures, 'messageKey'> | undefined;
    }
  | { readonly kind: 'skip'; readonly reason: string; readonly detail: string };

/**
 * A whole CSV event log for a backend to load in one pass (`Store.loadEventLog`). The ingest owns
 * the meaning of every value: the backend maps in bulk only the shapes it can map exactly as
 * `rowToMessage` would (ISO timestamps, plain numbers, values without surrounding white space),
 * asks the callbacks for the distinct values that need the ingest's rules (identifiers, channels,
 * actions), and hands every other row to `row` whole.
 */
export interface EventLogLoad {
  /** The UTF-8 CSV file on disk, header first (the source's header and one part of its records). */
  readonly file: string;
  /** Prefix of every row's position: the row's 1-based record number follows it. */
  readonly positionPrefix: string;
  readonly delimiter: string;
  /** Header columns, in file order. */
  readonly columns: readonly string[];
  /** Records after the header as the ingest's reader counts them; a backend reading another number declines. */
  readonly records: number;
  /** Records of the source before this file (a long log is loaded in parts): the first row is record `firstRecord + 1`. */
  readonly firstRecord: number;
  /** The source's checkpoint before this part, and the byte position in the source just after it. */
  readonly checkpoint: Checkpoint;
  readonly endPosition: number;
  /** LF or CRLF, as the file ends its lines. */
  readonly lineEnd: '\n' | '\r\n';
  readonly maxRecordBytes: number;
  readonly fields: EventLogFields;
  /** The recipient separator; ";" and "," each split on both. */
  readonly recipientSeparator: string;
  readonly retainText: boolean;
  /** A participant cell or recipient item → a usable identifier (valid, not opted out), else undefined. */
  readonly participant: (raw: string) => string | undefined;
  /** A channel cell → the message's channel and the conversation used when the row names none. */
  readonly channel: (raw: string) => {
    readonly channel: Channel;
    readonly conversation?: string | undefined;
  };
  /** An action cell → undefined when the row is a message, else the skip detail. */
  readonly action?: ((raw: string) => string | undefined) | undefined;
  /** Maps one row in full (the fields in file order; `record` is 1-based). */
  readonly row: (fields: readonly string[], record: number) => EventLogRowOutcome;
  /** Text features of a message the load adds (subject and text as in the row). */
  readonly features?:
    | ((
        subject: string | undefined,
        text: string | undefined,
      ) => Omit<MessageFeatures, 'messageKey'> | undefined)
    | undefined;
  /** Called for each row the backend skipped itself (with its record number and the reason). */
  readonly skipped: (record: number, reason: string, detail: string) => void;
  /** Share of the load done so far, 0..1, reported now and then. */
  readonly progress?: ((done: number) => void) | undefined;
}

/** The backend did not load the file (nothing was written); the ingest reads it row by row instead. */
export interface EventLogDeclined {
  readonly declined: string;
}

export interface EventLogLoadResult {
  /** Messages accepted (stored now or before). */
  readonly read: number;
  readonly added: number;
  readonly duplicates: number;
  readonly skipped: number;
  readonly skippedByReason: Readonly<Record<string, number>>;
  readonly period?: { readonly from: number; readonly to: number } | undefined;
}

/** How messages become weighted ties between people. See docs/METHOD.md "Tie weights". */
export interface TieOptions {
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  /** Multiplier per channel (default 1 each). */
  readonly channelWeights?: Partial<Record<Channel, number>> | undefined;
  /** Messages with more recipients than this are broadcasts and count for nothing (default 50). */
  readonly broadcastThreshold?: number | undefined;
  /** Topic id: weight each message by its hit score on this topic (topic focus). */
  readonly topic?: string | undefined;
  /** Person ids left out entirely (opt-out, exclusions). */
  readonly excludePeople?: readonly string[] | undefined;
}

/** One directed, aggregated tie between two people. */
export interface Tie {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly messages: number;
}

/** Behavioural counts per person, computed by the store over resolved messages. */
export interface PersonActivity {
  readonly personId: string;
  readonly sent: number;
  readonly received: number;
  readonly threadsStarted: number;
  readonly repliesDrawn: number;
  readonly forwardsDrawn: number;
  /** Median minutes to answer a message addressed to them; null when never answered. */
  readonly medianReplyMinutes: number | null;
  readonly broadcasts: number;
  readonly activeMonths: number;
  /** Topic id → summed hit score over the messages they sent. */
  readonly topics: Readonly<Record<string, number>>;
}

/** Time range in epoch milliseconds (inclusive); open ends when omitted. */
export interface TimeRange {
  readonly from?: number | undefined;
  readonly to?: number | undefined;
}

/** One side of a person's communication with one contact on one channel. */
export interface ContactRow {
  readonly personId: string;
  /** `out`: the person wrote to the contact; `in`: the contact wrote to the person. */
  readonly direction: 'out' | 'in';
  readonly channel: string;
  readonly weight: number;
  readonly messages: number;
}

/** Raw material of a person's communication map. */
export interface PersonMapData {
  readonly contacts: readonly ContactRow[];
  /** Messages sent by local weekday (1 = Monday … 7 = Sunday) and hour (0–23). */
  readonly rhythm: readonly { readonly weekday: number; readonly hour: number; readonly messages: number }[];
}

/** Stance of one person towards one target over the messages they sent. */
export interface StanceRow {
  readonly personId: string;
  readonly target: string;
  readonly scoreSum: number;
  readonly mentions: number;
}

/** How often a person used a term (stem or bigram) in the messages they sent. */
export interface TermRow {
  readonly personId: string;
  readonly term: string;
  readonly count: number;
}

export interface StoreStatus {
  readonly messagesBySource: readonly { source: string; format: string; channel: string; messages: number }[];
  readonly messagesByChannel: readonly { channel: string; messages: number }[];
  readonly people: number;
  readonly identities: number;
  readonly unresolvedIdentifiers: number;
  readonly skippedByReason: readonly DiagnosticSummary[];
  readonly analysisRuns: number;
  readonly period: { readonly from: number; readonly to: number } | null;
}

export interface AnalysisRun {
  readonly id: number;
  readonly createdAt: number;
  readonly params: unknown;
  readonly summary: unknown;
}

/** A stored analysis result row: one person, community or edge with a JSON payload. */
export interface AnalysisResultRow {
  readonly kind: string;
  readonly key: string;
  readonly data: unknown;
}

/**
 * What a window's analysis input depends on in the store: its messages and how their identifiers
 * resolve to people. Equal fingerprints mean an analysis of the window would see the same data.
 */
export interface WindowFingerprint {
  /** Messages (of any kind) with a timestamp in the window. */
  readonly messages: number;
  /** Backend-specific digest of the window's message keys and identity links; compare for equality only. */
  readonly digest: string;
}

/** How many messages one person sent in one conversation (a chat, a channel, a mail folder). */
export interface ConversationActivityRow {
  readonly conversation: string;
  readonly personId: string;
  readonly messages: number;
}

/** What a privacy purge removed. */
export interface PurgeResult {
  readonly people: number;
  readonly messages: number;
  readonly recipients: number;
  readonly analysisRows: number;
}

/** A stored message as read back (bodies only when text was retained). */
export interface StoredMessage {
  readonly key: string;
  readonly position: string;
  readonly channel: string;
  readonly conversation: string | null;
  readonly timestamp: number;
  readonly tzOffsetMinutes: number;
  readonly sender: string;
  readonly senderName: string | null;
  readonly recipients: readonly {
    readonly id: string;
    readonly role: string;
    readonly name: string | null;
  }[];
  readonly threadKey: string | null;
  readonly inReplyTo: string | null;
  readonly forwardedFrom: string | null;
  readonly subject: string | null;
  readonly text: string | null;
  readonly attachmentCount: number;
  readonly attachmentBytes: number;
  readonly isAutomated: boolean;
  readonly isForward: boolean;
}

/** A message carrying a topic's markers, with people resolved (null when unresolved). */
export interface TopicMessage {
  readonly key: string;
  readonly ts: number;
  readonly channel: string;
  readonly senderPersonId: string | null;
  readonly inReplyTo: string | null;
  /** The person a forward came from (its original author), when known. */
  readonly forwardedFromPersonId: string | null;
  readonly isForward: boolean;
  readonly recipientPersonIds: readonly string[];
  readonly mentionPersonIds: readonly string[];
  readonly score: number;
}

/**
 * One answer of a nomination survey ("whom do you ask for advice?"): a respondent naming a person.
 * A second kind of tie, kept apart from message ties. Key: respondent, nominee and question.
 */
export interface Nomination {
  readonly respondent: string;
  readonly nominee: string;
  /** The question asked; '' when the survey has one. */
  readonly question: string;
  /** The survey file it was first read from (name and content fingerprint). */
  readonly survey: string;
  /** Where in that file (`survey.csv:12`). */
  readonly position: string;
}

export interface Store {
  readonly backend: 'duckdb' | 'clickhouse';
  close(): Promise<void>;
  schemaVersion(): Promise<number>;

  /** Finds or creates the record of a source by fingerprint, with its resume checkpoint. */
  openSource(info: SourceInfo): Promise<SourceRecord>;
  /** Writes a batch and its checkpoint atomically; messages already present are counted as duplicates. */
  commitBatch(sourceId: number, batch: IngestBatch): Promise<BatchResult>;
  /**
   * Loads a whole CSV event log in one transaction with its checkpoint (optional: a backend without
   * it, or that declines because its reader does not line up with the ingest's, gets the file row by
   * row through `commitBatch`).
   */
  loadEventLog?(sourceId: number, load: EventLogLoad): Promise<EventLogLoadResult | EventLogDeclined>;
  finishSource(sourceId: number): Promise<void>;

  upsertPeople(people: readonly Person[]): Promise<void>;
  upsertIdentities(links: readonly IdentityLink[]): Promise<void>;
  listPeople(): Promise<Person[]>;
  listIdentities(): Promise<IdentityLink[]>;
  /** Identifiers seen in messages but not linked to any person, with a display name and a count. */
  listUnresolved(): Promise<{ identifier: string; name: string | null; messages: number }[]>;

  /**
   * Every identifier seen in messages (as sender, recipient or forward origin), with a display name,
   * the number of messages it appears in, how many it sent and how many of those were automated.
   */
  listIdentifiers(): Promise<
    { identifier: string; name: string | null; messages: number; sent: number; automatedSent: number }[]
  >;

  /** Messages in key order, with their recipients (for inspection, exports and tests). */
  listMessages(options?: { offset?: number; limit?: number }): Promise<StoredMessage[]>;

  aggregateTies(options?: TieOptions): Promise<Tie[]>;
  personActivity(options?: Pick<TieOptions, 'from' | 'to'>): Promise<PersonActivity[]>;
  status(): Promise<StoreStatus>;
  /** Contacts (per direction and channel) and weekly rhythm of one person. */
  personMap(personId: string, range?: TimeRange): Promise<PersonMapData>;
  /** Stance per person and target (people with at least one mention). */
  stanceByPerson(range?: TimeRange): Promise<StanceRow[]>;
  /** Term counts per person (for keywords of people and groups). */
  termsByPerson(range?: TimeRange): Promise<TermRow[]>;
  /**
   * Human messages per conversation and sending person in `range` (messages without a conversation
   * left out), ordered by conversation then person. Trends track conversation groups with it.
   */
  conversationActivity(range?: TimeRange): Promise<ConversationActivityRow[]>;
  /** Messages with a positive hit on `topic`, oldest first, people resolved (campaign tracing). */
  topicMessages(topic: string, range?: TimeRange): Promise<TopicMessage[]>;

  /** Stores survey nominations; one already stored (same respondent, nominee, question) is a duplicate. */
  saveNominations(nominations: readonly Nomination[]): Promise<BatchResult>;
  /** Every stored nomination, by respondent, nominee and question. */
  listNominations(): Promise<Nomination[]>;
  /**
   * Fingerprint of the messages in `range` and the identity links of the identifiers they name (as
   * sender, recipient or forward origin), with each link's person kind. Trends compare it to reuse a
   * stored window analysis.
   */
  windowFingerprint(range: TimeRange): Promise<WindowFingerprint>;

  saveAnalysis(params: unknown, summary: unknown, rows: readonly AnalysisResultRow[]): Promise<number>;
  /**
   * The latest whole-period analysis run. Per-window runs (saved by trends, with a `window` in their
   * params) are skipped: they are listed by `listAnalysisRuns`.
   */
  latestAnalysis(): Promise<AnalysisRun | null>;
  analysisRows(runId: number, kind: string): Promise<AnalysisResultRow[]>;
  /** Every analysis run, oldest first (for trends). */
  listAnalysisRuns(): Promise<AnalysisRun[]>;

  /**
   * Removes every trace of these people (privacy opt-out): their people and identity rows, messages
   * sent from their identifiers, recipient rows naming them, survey nominations by or of them, and
   * analysis rows mentioning them.
   */
  purgePeople(personIds: readonly string[], identifiers: readonly string[]): Promise<PurgeResult>;
  /** Clears message bodies and subjects (text retention off); returns messages that had text. */
  clearMessageText(): Promise<number>;
  /**
   * Rewrites the store so deleted rows leave no trace in its files (run after a purge). A backend
   * that reclaims space itself may do nothing.
   */
  compact(): Promise<void>;
  /** Deletes message-level rows older than `ts` (retention), keeping analysis results. */
  purgeMessagesBefore(ts: number): Promise<number>;
}
