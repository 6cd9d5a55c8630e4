/**
 * Text composition
 *
 * Turns topic phrases into concrete texts: fills placeholders with Ozersk places, streets, days and
 * numbers, picks the feminine or masculine verb ending, and builds mail greetings and signatures.
 */
import { pick, randomInt, type Rng } from '../shared/rng.js';
import { ruDate } from './calendar.js';
import { CIVIC_TOPICS } from './topics-civic.js';
import { GROUP_TOPICS } from './topics-groups.js';
import { SOCIAL_TOPICS, WORK_TOPICS } from './topics-work.js';
import type { Topic } from './topic.js';
import type { Person } from './types.js';

const PLACES = [
  'парке культуры и отдыха',
  'сквере у ДК «Маяк»',
  'набережной Иртяша',
  'бульваре Гайдара',
  'сквере Победы',
  'городском пляже',
  'парке «Дружба»',
  'дворе на Ленина, 40',
];
const STREETS = [
  'проспекте Ленина',
  'улице Октябрьской',
  'проспекте Победы',
  'улице Маяковского',
  'бульваре Луначарского',
  'улице Советской',
  'улице Блюхера',
  'улице Космонавтов',
];
const DAYS = ['в субботу', 'в пятницу', 'в среду', 'в эти выходные', 'в четверг', 'в следующую субботу'];
const TIMES = ['9:00', '10:00', '11:30', '14:00', '15:30', '17:30', '18:30'];

const ALL: ReadonlyMap<string, Topic> = new Map(
  [...CIVIC_TOPICS, ...GROUP_TOPICS, ...WORK_TOPICS, ...SOCIAL_TOPICS].map((t) => [t.id, t]),
);

export const CIVIC_IDS: readonly string[] = CIVIC_TOPICS.map((t) => t.id);
export const SOCIAL_IDS: readonly string[] = SOCIAL_TOPICS.map((t) => t.id);

/** The topic with this id; unknown ids fall back to general work requests. */
export function topicById(id: string): Topic {
  return ALL.get(id) ?? (ALL.get('request') as Topic);
}

const GENERIC_REPLIES = [
  'Спасибо!',
  'Поддерживаю',
  'Согласен{a}',
  '👍',
  'Хорошая идея',
  'Принято',
  'Отлично',
  'Понял{a}, спасибо',
];

/** Fills placeholders; `{a}` becomes the feminine ending for women. */
export function fill(rng: Rng, template: string, author: Person, now: number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'a':
        return author.sex === 'F' ? 'а' : '';
      case 'place':
        return pick(rng, PLACES);
      case 'street':
        return pick(rng, STREETS);
      case 'day':
        return pick(rng, DAYS);
      case 'time':
        return pick(rng, TIMES);
      case 'date':
        return ruDate(now + (3 + randomInt(rng, 20)) * 86_400_000);
      case 'num':
        return String(3 + randomInt(rng, 40));
      default:
        return key;
    }
  });
}

/** A post that starts a conversation on the topic. */
export function composePost(rng: Rng, topicId: string, author: Person, now: number): string {
  return fill(rng, pick(rng, topicById(topicId).posts), author, now);
}

/** A reply on the topic (sometimes a generic one). */
export function composeReply(rng: Rng, topicId: string, author: Person, now: number): string {
  const t = topicById(topicId);
  const source = rng() < 0.25 ? GENERIC_REPLIES : t.replies;
  return fill(rng, pick(rng, source), author, now);
}

/** A question addressed to someone trusted (civic topics carry their own questions). */
export function composeQuestion(rng: Rng, topicId: string, author: Person, now: number): string {
  const qs = topicById(topicId).questions ?? ['подскажи, пожалуйста, как лучше поступить?'];
  return fill(rng, pick(rng, qs), author, now);
}

/** A mail subject for the topic. */
export function composeSubject(rng: Rng, topicId: string, author: Person, now: number): string {
  return fill(rng, pick(rng, topicById(topicId).subjects), author, now);
}

/** `Имя Отчество` for formal address, or the first name between colleagues. */
export function addressName(to: Person, formal: boolean): string {
  return formal ? `${to.firstName} ${to.patronymic}` : to.firstName;
}

/** A mail greeting line. */
export function greeting(rng: Rng, to: Person | undefined, formal: boolean): string {
  if (!to) return pick(rng, ['Коллеги, добрый день!', 'Уважаемые коллеги!', 'Добрый день!', 'Всем привет!']);
  const name = addressName(to, formal);
  return pick(rng, [`${name}, добрый день!`, `${name}, здравствуйте!`, `Добрый день, ${name}!`]);
}

/** A signature block (`-- ` separator, name, position, phone). */
export function signature(rng: Rng, p: Person, departmentName: string): string {
  const closing = pick(rng, [
    'С уважением,',
    'С уважением,',
    'Спасибо,',
    'С уважением и наилучшими пожеланиями,',
  ]);
  const lines = [
    '-- ',
    closing,
    `${p.surname} ${p.firstName} ${p.patronymic}`,
    `${p.position}, ${departmentName}`,
  ];
  lines.push('Администрация Озерского городского округа', `тел. ${p.phones[0] ?? ''}`);
  return lines.join('\n');
}
