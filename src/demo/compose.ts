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

/** Places as [with preposition, genitive, nominative]. */
const PLACES: readonly (readonly [string, string, string])[] = [
  ['в парке культуры и отдыха', 'парка культуры и отдыха', 'парк культуры и отдыха'],
  ['в сквере у ДК «Маяк»', 'сквера у ДК «Маяк»', 'сквер у ДК «Маяк»'],
  ['на набережной Иртяша', 'набережной Иртяша', 'набережная Иртяша'],
  ['на бульваре Гайдара', 'бульвара Гайдара', 'бульвар Гайдара'],
  ['в сквере Победы', 'сквера Победы', 'сквер Победы'],
  ['на городском пляже', 'городского пляжа', 'городской пляж'],
  ['в парке «Дружба»', 'парка «Дружба»', 'парк «Дружба»'],
  ['во дворе на Ленина, 40', 'двора на Ленина, 40', 'двор на Ленина, 40'],
];
/** Streets as [with preposition, genitive, accusative]. */
const STREETS: readonly (readonly [string, string, string])[] = [
  ['на проспекте Ленина', 'проспекта Ленина', 'проспект Ленина'],
  ['на улице Октябрьской', 'улицы Октябрьской', 'улицу Октябрьскую'],
  ['на проспекте Победы', 'проспекта Победы', 'проспект Победы'],
  ['на улице Маяковского', 'улицы Маяковского', 'улицу Маяковского'],
  ['на бульваре Луначарского', 'бульвара Луначарского', 'бульвар Луначарского'],
  ['на улице Советской', 'улицы Советской', 'улицу Советскую'],
  ['на улице Блюхера', 'улицы Блюхера', 'улицу Блюхера'],
  ['на улице Космонавтов', 'улицы Космонавтов', 'улицу Космонавтов'],
];
const PLACE_KEYS: Readonly<Record<string, number>> = { inPlace: 0, place: 1, Place: 2 };
const STREET_KEYS: Readonly<Record<string, number>> = { onStreet: 0, street: 1, streetA: 2, streetB: 2 };
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

const WORK_GENERIC = ['Спасибо!', 'Принято', 'Понял{a}, спасибо', 'Хорошо', 'Ок, спасибо'];

const GENERIC_REPLIES = [
  'Спасибо!',
  'Поддерживаю',
  '{agree}',
  '👍',
  'Хорошая идея',
  'Принято',
  'Отлично',
  'Понял{a}, спасибо',
];

/** Fills placeholders (see `topics-civic.ts`); `{a}` becomes the feminine ending for women. */
export function fill(rng: Rng, template: string, author: Person, now: number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'a':
        return author.sex === 'F' ? 'а' : '';
      case 'agree':
        return author.sex === 'F' ? 'Согласна' : 'Согласен';
      case 'inPlace':
      case 'place':
      case 'Place':
        return pick(rng, PLACES)[PLACE_KEYS[key]];
      case 'onStreet':
      case 'street':
      case 'streetA':
      case 'streetB':
        return pick(rng, STREETS)[STREET_KEYS[key]];
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
  const generic = t.kind === 'work' ? WORK_GENERIC : GENERIC_REPLIES;
  const source = rng() < 0.25 ? generic : t.replies;
  return fill(rng, pick(rng, source), author, now);
}

const ANSWERS = [
  'Да, всё в силе, сбор {day} в {time}. Приходи!',
  'Напиши мне в личку, всё расскажу подробно.',
  'Сейчас скину ссылку, там всё расписано по шагам.',
  'Я узнавал{a}: ответственный — дорожный отдел, писать лучше через обращение на сайте.',
  'Приноси ко мне в кабинет до {date}, я передам.',
  'На Госуслугах раздел «Голосования», там наш объект первым в списке.',
  'Можно, конечно! Чем больше народу, тем лучше.',
  'Уже выяснил{a}: сроки до {date}, подрядчик обещал успеть.',
];

/** An answer to a question someone asked (the one who knows answers, helpfully). */
export function composeAnswer(rng: Rng, author: Person, now: number): string {
  return fill(rng, pick(rng, ANSWERS), author, now);
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

/** Text following an @mention: `, ` and a lower-case first letter (unless it is an acronym). */
export function afterMention(text: string): string {
  const acronym = /^[A-ZА-ЯЁ]{2}/.test(text);
  return `, ${acronym ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
}
