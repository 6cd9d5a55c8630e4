/**
 * Mail bodies
 *
 * Lays out what people actually send: a greeting, the text and a signature; replies with the
 * client's attribution line and `> ` quoting (or Outlook's "-----Original Message-----" block);
 * forwards with a "Пересылаемое сообщение" or "Original Message" block quoting the original From.
 */
import { pick, type Rng } from '../shared/rng.js';
import { localIso, ruDate, ruTime } from './calendar.js';
import { signature } from './compose.js';
import type { Address, MailEvent, Person } from './types.js';

const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatAddress(a: Address): string {
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

function englishDate(t: number): string {
  const d = new Date(t + 5 * 3_600_000);
  const wd = WEEKDAYS_EN[d.getUTCDay()];
  return `${wd}, ${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()} at ${ruTime(t)}`;
}

/** Body of a new message: greeting, text, and (usually) a signature. */
export function rootBody(rng: Rng, greet: string, text: string, author: Person, deptName: string): string {
  const parts = [greet, '', text];
  if (rng() < 0.75) parts.push('', signature(rng, author, deptName));
  return parts.join('\n');
}

function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? '>' : `> ${l}`))
    .join('\n');
}

/** Body of a reply in the style of the author's mail client, quoting the parent's own text. */
export function replyBody(
  rng: Rng,
  text: string,
  author: Person,
  deptName: string,
  parent: MailEvent,
): string {
  const style = author.index % 4;
  const sig = rng() < 0.5 ? `\n\n${signature(rng, author, deptName)}` : '';
  const name = parent.from.name ?? parent.from.address;
  if (style === 0) {
    const header = [
      '-----Original Message-----',
      `From: ${formatAddress(parent.from)}`,
      `Sent: ${localIso(parent.time).replace('T', ' ')}`,
      `To: ${parent.to.map(formatAddress).join('; ')}`,
      `Subject: ${parent.subject}`,
    ].join('\n');
    return `${text}${sig}\n\n${header}\n\n${parent.text}`;
  }
  const attribution =
    style === 1
      ? `${ruDate(parent.time)} ${ruTime(parent.time)}, ${name} пишет:`
      : style === 2
        ? `On ${englishDate(parent.time)}, ${formatAddress(parent.from)} wrote:`
        : `${name} писал(а) ${ruDate(parent.time)}:`;
  return `${text}${sig}\n\n${attribution}\n${quoteLines(parent.text)}`;
}

/** Body of a forward: a comment, then the original with its headers. */
export function forwardBody(comment: string, author: Person, original: MailEvent): string {
  const from = formatAddress(original.from);
  const to = original.to.map(formatAddress).join(', ');
  if (author.index % 2 === 0) {
    const block = [
      '-------- Пересылаемое сообщение --------',
      `Тема: ${original.subject}`,
      `Дата: ${ruDate(original.time)} ${ruTime(original.time)}`,
      `От: ${from}`,
      `Кому: ${to}`,
    ].join('\n');
    return `${comment}\n\n${block}\n\n${original.text}\n\n-------- Конец пересылаемого сообщения --------`;
  }
  const block = [
    '-----Original Message-----',
    `From: ${from}`,
    `Sent: ${localIso(original.time).replace('T', ' ')}`,
    `To: ${to}`,
    `Subject: ${original.subject}`,
  ].join('\n');
  return `${comment}\n\n${block}\n\n${original.text}`;
}

/** `Re: ` once, however deep the thread. */
export function replySubject(subject: string): string {
  return /^(re|ответ):/i.test(subject) ? subject : `Re: ${subject}`;
}

/** A forward subject in one of the common client styles. */
export function forwardSubject(rng: Rng, subject: string): string {
  return `${pick(rng, ['Fwd: ', 'FW: ', 'Пересл.: '])}${subject.replace(/^(re|fwd?):\s*/i, '')}`;
}
