/**
 * Organization structure
 *
 * Builds the staff of a municipal administration: the head's office (глава, deputies, приёмная),
 * departments with a head, a deputy head and a clerk where the unit is large enough, specialists,
 * and the formal hierarchy (`managerId`). Activity levels are heavy-tailed (Pareto).
 */
import { gaussian, pareto, randomInt, type Rng } from '../shared/rng.js';
import { chooseDepartments, departmentCount, type DepartmentSpec } from './departments.js';
import { randomName } from './names.js';
import type { Department, HubKind, Person, Rank, Sex } from './types.js';

interface Slot {
  readonly position: string;
  readonly rank: Rank;
  readonly hub: HubKind | undefined;
}

/** Splits `total` people over departments in proportion to noisy size weights (at least 4 each). */
function departmentSizes(rng: Rng, specs: readonly DepartmentSpec[], total: number): number[] {
  const weights = specs.map((s) => s.size * Math.exp(0.25 * gaussian(rng)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(4, Math.floor((w / sum) * total)));
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % sizes.length) {
    if (diff > 0) {
      sizes[i] = sizes[i] + 1;
      diff--;
    } else if (sizes[i] > 4) {
      sizes[i] = sizes[i] - 1;
      diff++;
    }
  }
  return sizes;
}

function officeSlots(size: number, deputies: number): Slot[] {
  const slots: Slot[] = [
    { position: 'Глава администрации Озерского городского округа', rank: 'chief', hub: 'chief' },
  ];
  for (let i = 0; i < deputies; i++) {
    slots.push({ position: 'Заместитель главы администрации', rank: 'deputy-chief', hub: 'deputy' });
  }
  slots.push({ position: 'Секретарь приёмной главы', rank: 'specialist', hub: 'secretary' });
  slots.push({ position: 'Секретарь приёмной главы', rank: 'specialist', hub: 'secretary' });
  while (slots.length < size) {
    slots.push({
      position: slots.length % 2 ? 'Помощник главы' : 'Референт',
      rank: 'specialist',
      hub: undefined,
    });
  }
  return slots;
}

function unitSlots(rng: Rng, spec: DepartmentSpec, size: number): Slot[] {
  const unit = spec.name.startsWith('Управление') ? 'управления' : 'отдела';
  const slots: Slot[] = [{ position: `Начальник ${unit}`, rank: 'head', hub: 'head' }];
  if (size >= 12)
    slots.push({ position: `Заместитель начальника ${unit}`, rank: 'deputy-head', hub: undefined });
  if (size >= 9 || spec.slug === 'affairs') {
    slots.push({ position: 'Делопроизводитель', rank: 'specialist', hub: 'clerk' });
  }
  const special: Partial<Record<string, Slot>> = {
    hr: { position: 'Специалист по кадрам', rank: 'specialist', hub: 'hr' },
    it: { position: 'Системный администратор', rank: 'specialist', hub: 'it' },
    press: { position: 'Пресс-секретарь', rank: 'specialist', hub: 'press' },
  };
  const extra = special[spec.slug];
  if (extra) slots.push(extra);
  while (slots.length < size) {
    const title = spec.titles[randomInt(rng, spec.titles.length)];
    slots.push({ position: title, rank: 'specialist', hub: undefined });
  }
  return slots;
}

function createPerson(rng: Rng, index: number, dept: Department, slot: Slot): Person {
  const sex: Sex = slot.rank === 'chief' ? 'M' : rng() < 0.64 ? 'F' : 'M';
  const name = randomName(rng, sex);
  const birthYear = 1961 + randomInt(rng, 42) - (slot.rank === 'specialist' ? 0 : 6);
  const youth = birthYear >= 1988 ? 1.6 : birthYear < 1970 ? 0.5 : 1;
  return {
    id: `p${String(index + 1).padStart(4, '0')}`,
    index,
    ...name,
    sex,
    birthYear,
    departmentId: dept.id,
    position: slot.position,
    rank: slot.rank,
    managerId: undefined,
    hub: slot.hub,
    isLeader: false,
    isNoisy: false,
    isOrganizer: false,
    email: '',
    personalEmail: undefined,
    personalShare: 0,
    addressQuirk: 'none',
    phones: [],
    telegramId: undefined,
    handle: undefined,
    tgName: '',
    slack: undefined,
    mailActivity: Math.min(8, pareto(rng, 0.5, 1.9)),
    chatActivity: Math.min(6, pareto(rng, 0.35, 1.7) * youth),
    pull: Math.exp(0.3 * gaussian(rng)),
    groups: [],
    contacts: [],
    followers: [],
    silentFrom: undefined,
    vacation: undefined,
  };
}

/** Links the formal hierarchy: deputies report to the chief, heads to deputies, staff to heads. */
function linkHierarchy(people: Person[], departments: Department[]): void {
  const office = departments[0];
  const chief = office.head;
  const deputies = people.filter((p) => p.rank === 'deputy-chief');
  for (const p of people) {
    const dept = departments.find((d) => d.id === p.departmentId) as Department;
    if (p.rank === 'chief') continue;
    if (dept === office) p.managerId = chief;
    else if (p.rank === 'head') {
      const curator = deputies[(departments.indexOf(dept) - 1) % Math.max(1, deputies.length)];
      p.managerId = curator?.id ?? chief;
    } else if (p.rank === 'deputy-head' || dept.deputy === undefined || p.index % 2 === 0) {
      p.managerId = dept.head;
    } else p.managerId = dept.deputy;
  }
}

/** Builds people and departments (without contacts, groups or planted roles). */
export function buildStructure(rng: Rng, total: number): { people: Person[]; departments: Department[] } {
  const specs = chooseDepartments(departmentCount(total));
  const sizes = departmentSizes(rng, specs, total);
  const deputies = Math.max(2, Math.min(5, Math.round(total / 150)));
  const grow = Math.max(0, deputies + 4 - sizes[0]);
  sizes[0] = sizes[0] + grow;
  const largest = sizes.indexOf(Math.max(...sizes.slice(1)));
  sizes[largest] = sizes[largest] - grow;
  const people: Person[] = [];
  const departments: Department[] = [];
  specs.forEach((spec, i) => {
    const id = `d${String(i + 1).padStart(2, '0')}`;
    const dept: Department = {
      id,
      name: spec.name,
      slug: spec.slug,
      list: `dept-${spec.slug}@ozersk.ru`,
      head: '',
      deputy: undefined,
      clerk: undefined,
      members: [],
    };
    const slots = i === 0 ? officeSlots(sizes[i], deputies) : unitSlots(rng, spec, sizes[i]);
    for (const slot of slots) {
      const p = createPerson(rng, people.length, dept, slot);
      people.push(p);
      dept.members.push(p.id);
      if (slot.rank === 'head' || slot.rank === 'chief') dept.head = p.id;
      if (slot.rank === 'deputy-head') dept.deputy = p.id;
      if (slot.hub === 'clerk' || (slot.hub === 'secretary' && dept.clerk === undefined)) dept.clerk = p.id;
    }
    departments.push(dept);
  });
  linkHierarchy(people, departments);
  return { people, departments };
}
