/**
 * Demo generator types
 *
 * The in-memory model of the synthetic organization (people, departments, groups, chats) and of its
 * traffic (mail, chat and DLP events), plus the public options, manifest and ground-truth shapes.
 */

/** Options of `generateDemo`. */
export interface DemoOptions {
  /** Folder the files are written into (created if missing). */
  readonly outDir: string;
  /** Staff size; everything scales with it. Default 600. */
  readonly people?: number;
  /** Seed of the whole generation; same seed, byte-identical files. Default 42. */
  readonly seed?: number;
  /** Months of traffic from 2025-03-03. Default 3. */
  readonly months?: number;
  /** Plant a change in the 2nd month: a leader leaves and two interest groups merge. Default false. */
  readonly plantedChange?: boolean;
  /** Also write a nomination survey, `survey.csv` (its own random stream). Default false. */
  readonly survey?: boolean;
}

/** Options of the in-memory model builder (no output folder). */
export interface ModelOptions {
  readonly people: number;
  readonly seed: number;
  readonly months: number;
  readonly plantedChange: boolean;
}

export interface DemoManifest {
  readonly files: {
    readonly mbox: string;
    readonly telegram: string;
    readonly dlp: string;
    readonly directory: string;
    readonly groundTruth: string;
    /** Only when the `survey` option is on. */
    readonly survey?: string;
  };
  readonly csvMapping: {
    readonly timestamp: 'timestamp';
    readonly id: 'event_id';
    readonly sender: 'user';
    readonly recipients: 'recipients';
    readonly recipientSeparator: ';';
    readonly subject: 'subject';
    readonly channel: 'channel';
    readonly attachments: 'attachments';
    readonly size: 'size';
  };
  readonly counts: {
    readonly people: number;
    readonly departments: number;
    readonly emails: number;
    readonly chatMessages: number;
    readonly dlpEvents: number;
  };
}

export type PersonId = string;
export type Sex = 'M' | 'F';
export type Rank = 'chief' | 'deputy-chief' | 'head' | 'deputy-head' | 'specialist';
/** Formal broadcasting roles; a person with one of these is a formal hub. */
export type HubKind = 'chief' | 'deputy' | 'head' | 'secretary' | 'clerk' | 'press' | 'hr' | 'it' | 'union';

export interface Person {
  readonly id: PersonId;
  readonly index: number;
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic: string;
  readonly sex: Sex;
  readonly birthYear: number;
  departmentId: string;
  position: string;
  rank: Rank;
  managerId: PersonId | undefined;
  hub: HubKind | undefined;
  isLeader: boolean;
  isNoisy: boolean;
  /** A hobby-event organizer: many quick "+1" answers from everywhere, no civic influence. */
  isOrganizer: boolean;
  /** Corporate address, lower case. */
  email: string;
  /** A personal mailbox (mail.ru, yandex.ru...) the directory links, if any. */
  personalEmail: string | undefined;
  /** Share of this person's mail sent from the personal address. */
  personalShare: number;
  /** This person's address sometimes appears with a `+tag` or in different case. */
  addressQuirk: 'none' | 'plus' | 'case';
  phones: string[];
  telegramId: number | undefined;
  handle: string | undefined;
  /** Name shown in Telegram (may be a diminutive or Latin). */
  tgName: string;
  slack: string | undefined;
  /** Base activity (heavy-tailed): scales how often the person writes mail. */
  mailActivity: number;
  /** Base activity in chats. */
  chatActivity: number;
  /** How strongly others answer this person's messages (>1 draws more replies). */
  pull: number;
  /** Interest-group ids. */
  groups: string[];
  /** People this person knows outside their department (group and project co-members, friends). */
  contacts: PersonId[];
  /** A leader's following: the people (across departments) who answer them most. */
  followers: PersonId[];
  /** Time (UTC ms) from which the person is silent (a leaver), if any. */
  silentFrom: number | undefined;
  /** Vacation window [from, to) in UTC ms, during which mail gets an auto-reply. */
  vacation: [number, number] | undefined;
}

export interface Department {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  /** Mailing list of the department. */
  readonly list: string;
  head: PersonId;
  deputy: PersonId | undefined;
  /** The clerk or secretary who sends department-wide circulars. */
  clerk: PersonId | undefined;
  members: PersonId[];
}

export interface Group {
  readonly id: string;
  readonly name: string;
  readonly list: string | undefined;
  /** Topic family of the group's own talk. */
  readonly topic: string;
  members: PersonId[];
}

export interface Org {
  readonly people: Person[];
  readonly byId: ReadonlyMap<PersonId, Person>;
  readonly departments: Department[];
  readonly groups: Group[];
  /** Project working groups across departments (chat only). */
  readonly projects: { id: string; name: string; topic: string; members: PersonId[] }[];
  readonly domain: string;
}

export interface Address {
  readonly name?: string;
  readonly address: string;
}

export type MailKind = 'message' | 'reply' | 'forward' | 'broadcast' | 'auto-reply' | 'bounce';
export type Charset = 'utf-8' | 'windows-1251' | 'koi8-r';
export type TransferEncoding = 'quoted-printable' | 'base64' | '8bit';

export interface MailEvent {
  readonly kind: MailKind;
  readonly messageId: string;
  readonly time: number;
  /** Author; undefined for MAILER-DAEMON. */
  readonly senderId: PersonId | undefined;
  readonly from: Address;
  readonly to: Address[];
  readonly cc: Address[];
  /** Everyone the message reached, with lists expanded. */
  readonly recipientIds: PersonId[];
  readonly subject: string;
  /** The full body as sent (greeting, text, signature, quoted or forwarded parts). */
  readonly body: string;
  /** The author's own words only (what a reply would quote). */
  readonly text: string;
  readonly topic: string;
  readonly inReplyTo: string | undefined;
  readonly references: string[];
  /** Author of the forwarded or replied-to message. */
  readonly parentSenderId: PersonId | undefined;
  readonly attachment: { filename: string; contentType: string; size: number } | undefined;
  readonly charset: Charset;
  readonly transfer: TransferEncoding;
  readonly mailer: string;
}

export type ChatKind = 'department' | 'group' | 'project' | 'news' | 'personal';

export interface Chat {
  readonly key: string;
  readonly tgId: number;
  readonly name: string;
  readonly type: 'private_group' | 'private_supergroup' | 'personal_chat';
  readonly kind: ChatKind;
  readonly topic: string;
  /** Members at the start. */
  readonly members: PersonId[];
  readonly creatorId: PersonId;
  readonly groupId: string | undefined;
}

export type TextPart =
  | { readonly kind: 'plain'; readonly text: string }
  | { readonly kind: 'mention'; readonly personId: PersonId }
  | { readonly kind: 'mention_name'; readonly personId: PersonId };

export interface ChatEvent {
  readonly key: number;
  readonly chatKey: string;
  readonly time: number;
  readonly kind: 'message' | 'service';
  readonly senderId: PersonId;
  /** Key of the event replied to (same chat). */
  readonly replyTo: number | undefined;
  /** Original author of a forwarded message. */
  readonly forwardedFromId: PersonId | undefined;
  readonly parts: TextPart[];
  readonly topic: string;
  readonly editedAfterMs: number | undefined;
  /** A photo attached to the message (the text is its caption). */
  readonly photo: { readonly width: number; readonly height: number } | undefined;
  readonly action: 'create_group' | 'invite_members' | 'edit_group_title' | 'pin_message' | undefined;
  readonly actionMembers: PersonId[];
}

export interface DlpEvent {
  readonly time: number;
  readonly userId: PersonId;
  readonly channel: 'email' | 'web-mail' | 'messenger' | 'usb' | 'print' | 'cloud';
  readonly action: 'send' | 'copy' | 'print' | 'upload' | 'block';
  readonly recipients: string[];
  readonly subject: string;
  readonly attachments: string[];
  readonly size: number;
}

export interface PlantedChange {
  readonly month: number;
  /** Local date (YYYY-MM-DD) the change takes effect. */
  readonly date: string;
  readonly leaverId: PersonId;
  readonly mergedGroups: [string, string];
}

export interface GroundTruth {
  readonly seed: number;
  readonly people: number;
  readonly period: { readonly from: string; readonly to: string };
  readonly leaders: PersonId[];
  readonly formalHubs: PersonId[];
  readonly noisy: PersonId[];
  readonly organizers: PersonId[];
  readonly lists: string[];
  readonly groups: { id: string; name: string; list?: string; members: PersonId[] }[];
  readonly departments: { id: string; name: string; head: PersonId; members: PersonId[] }[];
  readonly change?: PlantedChange;
}

/** The whole generated world, before it is written to files. */
export interface DemoModel {
  readonly options: ModelOptions;
  readonly start: number;
  readonly end: number;
  readonly org: Org;
  readonly owner: PersonId;
  readonly chats: Chat[];
  readonly mails: MailEvent[];
  readonly chatEvents: ChatEvent[];
  readonly dlp: DlpEvent[];
  readonly change: PlantedChange | undefined;
}
