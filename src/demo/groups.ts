/**
 * Interest groups and projects
 *
 * Informal communities that cut across departments (volunteers, sport, parents, veterans' council,
 * trade union...) and cross-department project working groups. Membership is drawn across the whole
 * staff; planted leaders belong to several groups at once.
 */
import { randomInt, shuffle, type Rng } from '../shared/rng.js';
import type { Group, Person } from './types.js';

interface GroupSpec {
  readonly id: string;
  readonly name: string;
  readonly list?: string;
  readonly topic: string;
  /** Share of staff in the group. */
  readonly share: number;
  readonly eligible: (p: Person) => boolean;
}

const ANY = (): boolean => true;

export const GROUP_SPECS: readonly GroupSpec[] = [
  {
    id: 'g-union',
    name: 'Профсоюзная организация',
    list: 'profkom@ozersk.ru',
    topic: 'union',
    share: 0.13,
    eligible: ANY,
  },
  {
    id: 'g-volunteers',
    name: 'Волонтёры «Добрые руки»',
    list: 'volunteers@ozersk.ru',
    topic: 'volunteers',
    share: 0.07,
    eligible: ANY,
  },
  {
    id: 'g-sport',
    name: 'Спортклуб администрации',
    topic: 'sport',
    share: 0.07,
    eligible: (p) => p.birthYear >= 1970,
  },
  {
    id: 'g-parents',
    name: 'Родительский комитет',
    topic: 'parents',
    share: 0.06,
    eligible: (p) => p.birthYear >= 1977 && p.birthYear <= 1996,
  },
  {
    id: 'g-veterans',
    name: 'Совет ветеранов',
    list: 'veterans@ozersk.ru',
    topic: 'veterans',
    share: 0.04,
    eligible: (p) => p.birthYear < 1972,
  },
  { id: 'g-eco', name: 'Экоактив «Зелёный Озёрск»', topic: 'ecology', share: 0.05, eligible: ANY },
  {
    id: 'g-garden',
    name: 'Дачники Озёрска',
    topic: 'garden',
    share: 0.05,
    eligible: (p) => p.birthYear < 1985,
  },
  {
    id: 'g-youth',
    name: 'Молодёжный совет',
    topic: 'youth',
    share: 0.04,
    eligible: (p) => p.birthYear >= 1990,
  },
  { id: 'g-photo', name: 'Фотоклуб «Иртяш»', topic: 'photo', share: 0.03, eligible: ANY },
  { id: 'g-books', name: 'Книжный клуб', topic: 'books', share: 0.03, eligible: ANY },
];

const PROJECTS: readonly { name: string; topic: string }[] = [
  { name: 'РГ: благоустройство набережной', topic: 'improvement' },
  { name: 'Штаб: голосование за объекты благоустройства', topic: 'voting' },
  { name: 'Подготовка к отопительному сезону', topic: 'housing' },
  { name: 'Оргкомитет Дня города', topic: 'improvement' },
  { name: 'Паводок-2025', topic: 'roads' },
  { name: 'Проект «Цифровой МФЦ»', topic: 'work' },
];

/** How many interest groups an organization of `people` staff has (4..10). */
export function groupCount(people: number): number {
  return Math.max(4, Math.min(GROUP_SPECS.length, Math.round(people / 60)));
}

/**
 * Fills interest groups: leaders join 3–4 groups each, then each group is topped up with random
 * eligible staff from all departments until it reaches its share.
 */
export function buildGroups(rng: Rng, people: readonly Person[], leaders: readonly Person[]): Group[] {
  const specs = GROUP_SPECS.slice(0, groupCount(people.length));
  const groups: Group[] = specs.map((s) => ({
    id: s.id,
    name: s.name,
    list: s.list,
    topic: s.topic,
    members: [],
  }));
  const join = (g: Group, p: Person): void => {
    if (g.members.includes(p.id)) return;
    g.members.push(p.id);
    p.groups.push(g.id);
  };
  for (const leader of leaders) {
    const open = groups.filter((_, i) => specs[i].eligible(leader));
    const k = Math.min(open.length, 3 + randomInt(rng, 2));
    for (const g of shuffle(rng, open).slice(0, k)) join(g, leader);
  }
  groups.forEach((g, i) => {
    const spec = specs[i];
    const target = Math.max(6, Math.round(spec.share * people.length));
    const pool = shuffle(
      rng,
      people.filter((p) => spec.eligible(p) && !p.isLeader),
    );
    for (const p of pool) {
      if (g.members.length >= target) break;
      join(g, p);
    }
  });
  return groups;
}

/** Cross-department project working groups: managers of the relevant units plus specialists. */
export function buildProjects(
  rng: Rng,
  people: readonly Person[],
): { id: string; name: string; topic: string; members: string[] }[] {
  const count = Math.max(2, Math.min(PROJECTS.length, Math.round(people.length / 100)));
  const managers = people.filter((p) => p.rank === 'head' || p.rank === 'deputy-head');
  const staff = people.filter((p) => p.rank === 'specialist' && p.hub === undefined);
  return PROJECTS.slice(0, count).map((spec, i) => {
    const size = 8 + randomInt(rng, 8);
    const members = new Set<string>();
    for (const m of shuffle(rng, [...managers]).slice(0, Math.ceil(size / 3))) members.add(m.id);
    for (const s of shuffle(rng, [...staff])) {
      if (members.size >= size) break;
      members.add(s.id);
    }
    return { id: `prj-${i + 1}`, name: spec.name, topic: spec.topic, members: [...members] };
  });
}
