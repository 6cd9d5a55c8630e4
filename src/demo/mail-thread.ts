/**
 * Mail threads
 *
 * The three moves every mail scenario is made of: start a message, reply to one (to the author or
 * to all, quoting it), and forward one to other people. Replies keep In-Reply-To/References.
 */
import { pick, randomInt, type Rng } from '../shared/rng.js';
import { replyDelay } from './calendar.js';
import { composePost, composeReply, composeSubject, greeting } from './compose.js';
import { addMail, person, recipientAddress, type MailContext } from './mail-context.js';
import { forwardBody, forwardSubject, replyBody, replySubject, rootBody } from './mail-body.js';
import type { Address, MailEvent, MailKind, Person } from './types.js';

const ATTACHMENTS: Readonly<Record<string, readonly string[]>> = {
  report: ['Отчёт за неделю.xlsx', 'Справка.docx', 'Мониторинг.xlsx'],
  instruction: ['Протокол совещания.pdf', 'Поручение.pdf'],
  request: ['Проект договора.docx', 'Служебная записка.docx', 'Проект письма.docx'],
  procurement: ['ТЗ.docx', 'Обоснование НМЦК.xlsx'],
  hr: ['Заявление на отпуск.pdf'],
  improvement: ['Схема сквера.pdf', 'Фото двора.jpg'],
  volunteers: ['Список адресов.xlsx'],
  subbotnik: ['Схема уборки.pdf'],
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
};

function maybeAttachment(rng: Rng, topic: string): MailEvent['attachment'] {
  const names = ATTACHMENTS[topic];
  if (!names || rng() >= 0.35) return undefined;
  const filename = pick(rng, names);
  const ext = filename.slice(filename.lastIndexOf('.') + 1);
  return {
    filename,
    contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
    size: 300 + randomInt(rng, 1200),
  };
}

function deptName(ctx: MailContext, p: Person): string {
  return ctx.deptById.get(p.departmentId)?.name ?? '';
}

export interface RootOptions {
  readonly sender: Person;
  readonly to: Address[];
  readonly cc?: Address[];
  readonly topic: string;
  readonly time: number;
  readonly kind?: MailKind;
  /** A single person being addressed, for the greeting. */
  readonly addressee?: Person;
  readonly text?: string;
}

/** Starts a message. */
export function sendRoot(ctx: MailContext, o: RootOptions): MailEvent {
  const { rng } = ctx;
  const text = o.text ?? composePost(rng, o.topic, o.sender, o.time);
  const formal =
    o.addressee !== undefined && (o.addressee.rank !== 'specialist' || o.addressee.birthYear < 1970);
  const greet = greeting(rng, o.addressee, formal);
  return addMail(ctx, {
    kind: o.kind ?? 'message',
    time: o.time,
    sender: o.sender,
    to: o.to,
    cc: o.cc ?? [],
    subject: composeSubject(rng, o.topic, o.sender, o.time),
    text,
    body: rootBody(rng, greet, text, o.sender, deptName(ctx, o.sender)),
    topic: o.topic,
    attachment: maybeAttachment(rng, o.topic),
  });
}

/** Replies to `parent`; reply-all keeps the other recipients in Cc. */
export function sendReply(
  ctx: MailContext,
  parent: MailEvent,
  replier: Person,
  replyAll: boolean,
  text?: string,
): MailEvent {
  const { rng } = ctx;
  const time = parent.time + replyDelay(rng, 90);
  const author = parent.senderId ? person(ctx, parent.senderId) : undefined;
  const to = author && author.id !== replier.id ? [recipientAddress(ctx, author)] : parent.to;
  const cc = replyAll
    ? parent.to
        .concat(parent.cc)
        .filter((a) => a.address !== replier.email)
        .slice(0, 12)
    : [];
  const own = text ?? composeReply(rng, parent.topic, replier, time);
  return addMail(ctx, {
    kind: 'reply',
    time,
    sender: replier,
    to,
    cc,
    subject: replySubject(parent.subject),
    text: own,
    body: replyBody(rng, own, replier, deptName(ctx, replier), parent),
    topic: parent.topic,
    parent,
  });
}

const FORWARD_COMMENTS = [
  'Коллеги, к сведению.',
  'Коллеги, к исполнению.',
  'Посмотрите, пожалуйста, интересно.',
  'Пересылаю, очень в тему!',
  'Поддержим? Подробности ниже.',
  'Для информации.',
];

/** Forwards `original` to `to` with a short comment. */
export function sendForward(
  ctx: MailContext,
  original: MailEvent,
  forwarder: Person,
  to: Address[],
): MailEvent {
  const { rng } = ctx;
  const time = original.time + replyDelay(rng, 240);
  const comment = pick(rng, FORWARD_COMMENTS);
  return addMail(ctx, {
    kind: 'forward',
    time,
    sender: forwarder,
    to,
    subject: forwardSubject(rng, original.subject),
    text: comment,
    body: forwardBody(comment, forwarder, original),
    topic: original.topic,
    parentSenderId: original.senderId,
    attachment: original.attachment,
  });
}
