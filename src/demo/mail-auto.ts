/**
 * Automated mail
 *
 * Vacation auto-replies (once per correspondent, `Auto-Submitted: auto-replied` in the file) and
 * delivery reports from MAILER-DAEMON for mistyped addresses. Analysis must ignore both.
 */
import { randomInt } from '../shared/rng.js';
import { ruDate } from './calendar.js';
import { addMail, newMessageId, person, recipientAddress, type MailContext } from './mail-context.js';
import { replySubject } from './mail-body.js';
import type { MailEvent, Person } from './types.js';

function autoReply(ctx: MailContext, mail: MailEvent, away: Person): void {
  const vacation = away.vacation as [number, number];
  const back = ruDate(vacation[1]);
  const dept = ctx.deptById.get(away.departmentId);
  const deputy = dept && dept.head !== away.id ? person(ctx, dept.head) : undefined;
  const text = [
    'Здравствуйте!',
    '',
    `Я нахожусь в отпуске до ${back}. Ваше письмо будет прочитано после моего возвращения.`,
    deputy
      ? `По срочным вопросам обращайтесь к ${deputy.surname} ${deputy.firstName} ${deputy.patronymic}.`
      : '',
  ].join('\n');
  const sender = person(ctx, mail.senderId as string);
  addMail(ctx, {
    kind: 'auto-reply',
    time: mail.time + 30_000 + randomInt(ctx.rng, 60_000),
    sender: away,
    to: [recipientAddress(ctx, sender)],
    subject: `Автоответ: ${replySubject(mail.subject).replace(/^Re: /, '')}`,
    text,
    body: text,
    topic: 'auto',
    parent: mail,
  });
}

function typo(address: string): string {
  const at = address.indexOf('@');
  const local = address.slice(0, at);
  const i = Math.max(1, local.length - 2);
  return `${local.slice(0, i)}${local.charAt(i + 1)}${local.charAt(i)}${local.slice(i + 2)}${address.slice(at)}`;
}

function bounce(ctx: MailContext, mail: MailEvent): MailEvent {
  const wrong = typo((mail.to[0] as { address: string }).address.toLowerCase());
  mail.to.push({ address: wrong });
  const time = mail.time + 5_000 + randomInt(ctx.rng, 20_000);
  const text = [
    'This is the mail system at host mail.ozersk.ru.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    `<${wrong}>: host mail.ozersk.ru said: 550 5.1.1 <${wrong}>:`,
    '    Recipient address rejected: User unknown in local recipient table',
  ].join('\n');
  return {
    kind: 'bounce',
    messageId: newMessageId(ctx, time, undefined),
    time,
    senderId: undefined,
    from: { name: 'Mail Delivery System', address: 'MAILER-DAEMON@mail.ozersk.ru' },
    to: [mail.from],
    cc: [],
    recipientIds: mail.senderId ? [mail.senderId] : [],
    subject: 'Undelivered Mail Returned to Sender',
    body: text,
    text,
    topic: 'auto',
    inReplyTo: undefined,
    references: [],
    parentSenderId: mail.senderId,
    attachment: undefined,
    charset: 'utf-8',
    transfer: '8bit',
    mailer: '',
  };
}

/** Adds auto-replies for mail reaching people on vacation, and a few bounces. */
export function generateAutomatedMail(ctx: MailContext): void {
  const answered = new Set<string>();
  const originals = ctx.mails.filter((m) => m.kind === 'message' || m.kind === 'reply');
  for (const mail of originals) {
    for (const a of mail.to) {
      const id = ctx.byEmail.get(a.address.toLowerCase().replace(/\+[^@]*@/, '@'));
      const away = id === undefined ? undefined : person(ctx, id);
      if (!away?.vacation || mail.time < away.vacation[0] || mail.time >= away.vacation[1]) continue;
      const key = `${away.id}>${mail.senderId ?? ''}`;
      if (answered.has(key)) continue;
      answered.add(key);
      autoReply(ctx, mail, away);
    }
  }
  for (const mail of originals) {
    if (mail.kind === 'message' && mail.to.length > 0 && ctx.rng() < 0.004) ctx.mails.push(bounce(ctx, mail));
  }
}
