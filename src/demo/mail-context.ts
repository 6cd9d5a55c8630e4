/**
 * Mail generation context
 *
 * Shared state and helpers of the mail scenarios: which address a person writes from or is written
 * to (personal mailbox, plus-addressing, odd case), display names, Message-IDs, mail clients and
 * charsets, list expansion, and `addMail`, which records one message.
 */
import { pick, randomInt, type Rng } from '../shared/rng.js';
import type { Calendar } from './calendar.js';
import { sanitizeForCharset } from './mime-text.js';
import type {
  Address,
  Charset,
  Department,
  MailEvent,
  MailKind,
  Org,
  Person,
  PersonId,
  TransferEncoding,
} from './types.js';

export interface MailContext {
  readonly rng: Rng;
  readonly org: Org;
  readonly cal: Calendar;
  readonly mails: MailEvent[];
  readonly lists: ReadonlyMap<string, readonly PersonId[]>;
  readonly deptById: ReadonlyMap<string, Department>;
  readonly byEmail: ReadonlyMap<string, PersonId>;
  seq: number;
}

const MAILERS = [
  'Microsoft Outlook 16.0',
  'Mozilla Thunderbird 115.8.0',
  'МойОфис Почта 2.8',
  'Roundcube Webmail/1.6.5',
];
const TAGS = ['work', 'sed', 'obrashcheniya', 'zakupki', 'otchet'];

/** Creates the context; list addresses map to their members. */
export function createMailContext(rng: Rng, org: Org, cal: Calendar): MailContext {
  const lists = new Map<string, PersonId[]>();
  lists.set(
    `all@${org.domain}`,
    org.people.map((p) => p.id),
  );
  for (const d of org.departments) lists.set(d.list, d.members);
  for (const g of org.groups) if (g.list) lists.set(g.list, g.members);
  const deptById = new Map(org.departments.map((d) => [d.id, d]));
  const byEmail = new Map(org.people.map((p) => [p.email, p.id]));
  return { rng, org, cal, mails: [], lists, deptById, byEmail, seq: 0 };
}

export function person(ctx: MailContext, id: PersonId): Person {
  return ctx.org.byId.get(id) as Person;
}

/** False once a leaver has gone silent. */
export function isActive(p: Person, t: number): boolean {
  return p.silentFrom === undefined || t < p.silentFrom;
}

/** Active and not on vacation at `t`. */
export function isAvailable(p: Person, t: number): boolean {
  return isActive(p, t) && (p.vacation === undefined || t < p.vacation[0] || t >= p.vacation[1]);
}

/** Outlook-style `Фамилия Имя Отчество` for some people, `Имя Фамилия` for others. */
export function displayName(p: Person): string {
  return p.index % 3 === 0 ? `${p.firstName} ${p.surname}` : `${p.surname} ${p.firstName} ${p.patronymic}`;
}

function quirked(rng: Rng, p: Person, address: string): string {
  if (p.addressQuirk === 'case' && rng() < 0.4) {
    return address.replace(/(^|[.@])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  if (p.addressQuirk === 'plus' && rng() < 0.4) {
    return address.replace('@', `+${TAGS[p.index % TAGS.length]}@`);
  }
  return address;
}

/** The address `p` writes from: usually corporate, sometimes the personal mailbox. */
export function senderAddress(ctx: MailContext, p: Person): Address {
  const personal = p.personalEmail !== undefined && ctx.rng() < p.personalShare;
  const address = personal ? (p.personalEmail as string) : quirked(ctx.rng, p, p.email);
  return { name: displayName(p), address };
}

/** The address others write to `p` at. */
export function recipientAddress(ctx: MailContext, p: Person): Address {
  return { name: displayName(p), address: quirked(ctx.rng, p, p.email) };
}

function charsetOf(rng: Rng, p: Person): Charset {
  if (p.index % 11 === 3) return rng() < 0.8 ? 'windows-1251' : 'utf-8';
  if (p.index % 29 === 7) return rng() < 0.8 ? 'koi8-r' : 'utf-8';
  return 'utf-8';
}

function transferOf(rng: Rng, charset: Charset): TransferEncoding {
  const r = rng();
  if (charset === 'koi8-r') return r < 0.6 ? '8bit' : 'base64';
  return r < 0.55 ? 'quoted-printable' : r < 0.8 ? 'base64' : '8bit';
}

export function newMessageId(ctx: MailContext, time: number, sender: Person | undefined): string {
  ctx.seq++;
  const host = sender && sender.index % 4 === 1 ? 'mail.ozersk.ru' : ctx.org.domain;
  return `<${time.toString(36)}.${ctx.seq.toString(36)}.${randomInt(ctx.rng, 1e9).toString(36)}@${host}>`;
}

/** Everyone a set of addresses reaches, lists expanded, the sender excluded. */
export function expand(
  ctx: MailContext,
  addresses: readonly Address[],
  senderId: PersonId | undefined,
): PersonId[] {
  const out = new Set<PersonId>();
  for (const a of addresses) {
    const list = ctx.lists.get(a.address);
    if (list) for (const id of list) out.add(id);
    else {
      const owner = ctx.byEmail.get(a.address.toLowerCase().replace(/\+[^@]*@/, '@'));
      if (owner) out.add(owner);
    }
  }
  if (senderId) out.delete(senderId);
  return [...out];
}

export interface MailDraft {
  readonly kind: MailKind;
  readonly time: number;
  readonly sender: Person;
  readonly to: Address[];
  readonly cc?: Address[];
  readonly subject: string;
  readonly text: string;
  readonly body: string;
  readonly topic: string;
  readonly parent?: MailEvent;
  readonly parentSenderId?: PersonId;
  readonly attachment?: MailEvent['attachment'];
  readonly recipientIds?: PersonId[];
}

/** Records one message from a draft and returns it. */
export function addMail(ctx: MailContext, d: MailDraft): MailEvent {
  const charset = charsetOf(ctx.rng, d.sender);
  const cc = d.cc ?? [];
  const mail: MailEvent = {
    kind: d.kind,
    messageId: newMessageId(ctx, d.time, d.sender),
    time: d.time,
    senderId: d.sender.id,
    from: senderAddress(ctx, d.sender),
    to: d.to,
    cc,
    recipientIds: d.recipientIds ?? expand(ctx, [...d.to, ...cc], d.sender.id),
    subject: sanitizeForCharset(d.subject, charset),
    body: sanitizeForCharset(d.body, charset),
    text: sanitizeForCharset(d.text, charset),
    topic: d.topic,
    inReplyTo: d.parent?.messageId,
    references: d.parent ? [...d.parent.references, d.parent.messageId].slice(-8) : [],
    parentSenderId: d.parentSenderId ?? d.parent?.senderId,
    attachment: d.attachment,
    charset,
    transfer: transferOf(ctx.rng, charset),
    mailer: MAILERS[d.sender.index % MAILERS.length],
  };
  ctx.mails.push(mail);
  return mail;
}

/** Poisson draw (Knuth; fine for the small rates used here). */
export function poisson(rng: Rng, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = rng(); p > limit; p *= rng()) k++;
  return k;
}

/** A random member of `ids` other than `not`, or undefined. */
export function pickOther(rng: Rng, ids: readonly PersonId[], not: PersonId): PersonId | undefined {
  if (ids.length === 0 || (ids.length === 1 && ids[0] === not)) return undefined;
  for (;;) {
    const id = pick(rng, ids);
    if (id !== not) return id;
  }
}
