/**
 * Department catalog
 *
 * The structural units of a Russian municipal administration, in the order they are created: the
 * first is the head's office (глава, deputies, приёмная); smaller organizations take a prefix.
 */

export interface DepartmentSpec {
  readonly name: string;
  readonly slug: string;
  /** Relative size weight. */
  readonly size: number;
  /** Specialist position titles typical of the unit. */
  readonly titles: readonly string[];
}

const GENERIC = ['Главный специалист', 'Ведущий специалист', 'Специалист 1 категории', 'Консультант'];

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  { name: 'Аппарат главы администрации', slug: 'office', size: 0.6, titles: ['Помощник главы', 'Референт'] },
  { name: 'Управление делами', slug: 'affairs', size: 1, titles: ['Делопроизводитель', ...GENERIC] },
  {
    name: 'Финансовое управление',
    slug: 'finance',
    size: 1.6,
    titles: ['Экономист', 'Бухгалтер', ...GENERIC],
  },
  { name: 'Управление экономики', slug: 'economy', size: 1.1, titles: ['Экономист', ...GENERIC] },
  { name: 'Управление ЖКХ', slug: 'housing', size: 1.5, titles: ['Инженер', ...GENERIC] },
  {
    name: 'Управление капитального строительства и благоустройства',
    slug: 'building',
    size: 1.4,
    titles: ['Инженер-сметчик', 'Инженер', ...GENERIC],
  },
  { name: 'Управление образования', slug: 'education', size: 1.5, titles: ['Методист', ...GENERIC] },
  { name: 'Управление культуры', slug: 'culture', size: 1, titles: ['Методист', ...GENERIC] },
  {
    name: 'Управление социальной защиты населения',
    slug: 'social',
    size: 1.6,
    titles: ['Специалист по социальной работе', ...GENERIC],
  },
  {
    name: 'Управление имущественных отношений',
    slug: 'property',
    size: 1.1,
    titles: ['Юрисконсульт', ...GENERIC],
  },
  {
    name: 'Управление архитектуры и градостроительства',
    slug: 'architecture',
    size: 1,
    titles: ['Архитектор', 'Инженер', ...GENERIC],
  },
  { name: 'Правовое управление', slug: 'legal', size: 0.8, titles: ['Юрисконсульт', ...GENERIC] },
  {
    name: 'Отдел кадров и муниципальной службы',
    slug: 'hr',
    size: 0.6,
    titles: ['Специалист по кадрам', ...GENERIC],
  },
  {
    name: 'Отдел бухгалтерского учёта и отчётности',
    slug: 'accounting',
    size: 0.8,
    titles: ['Бухгалтер', 'Главный бухгалтер'],
  },
  {
    name: 'Отдел информационных технологий',
    slug: 'it',
    size: 0.7,
    titles: ['Инженер-программист', 'Системный администратор'],
  },
  {
    name: 'Отдел информационной политики',
    slug: 'press',
    size: 0.5,
    titles: ['Пресс-секретарь', 'Редактор сайта', ...GENERIC],
  },
  { name: 'Отдел по работе с обращениями граждан', slug: 'appeals', size: 0.6, titles: GENERIC },
  {
    name: 'Отдел транспорта и дорожного хозяйства',
    slug: 'roads',
    size: 0.8,
    titles: ['Инженер', ...GENERIC],
  },
  {
    name: 'Отдел по физической культуре и спорту',
    slug: 'sport',
    size: 0.6,
    titles: ['Инструктор-методист', ...GENERIC],
  },
  { name: 'Отдел по делам молодёжи', slug: 'youth', size: 0.5, titles: GENERIC },
  { name: 'Отдел экологии и природопользования', slug: 'ecology', size: 0.5, titles: ['Эколог', ...GENERIC] },
  { name: 'Отдел ГО и ЧС', slug: 'emergency', size: 0.6, titles: ['Инженер', ...GENERIC] },
  {
    name: 'Отдел муниципального заказа',
    slug: 'procurement',
    size: 0.6,
    titles: ['Контрактный управляющий', ...GENERIC],
  },
  { name: 'Архивный отдел', slug: 'archive', size: 0.5, titles: ['Архивист', ...GENERIC] },
  { name: 'Отдел ЗАГС', slug: 'registry', size: 0.6, titles: GENERIC },
  { name: 'Контрольно-ревизионный отдел', slug: 'audit', size: 0.5, titles: ['Ревизор', ...GENERIC] },
];

/** How many departments an organization of `people` staff has (about 24 people each, 4..26). */
export function departmentCount(people: number): number {
  return Math.max(4, Math.min(DEPARTMENTS.length, Math.round(people / 24)));
}

/** The specs of the first `count` departments, always keeping the office, affairs, HR and IT. */
export function chooseDepartments(count: number): DepartmentSpec[] {
  const must = new Set(['office', 'affairs', 'hr', 'it', 'press']);
  const chosen = DEPARTMENTS.filter((d) => must.has(d.slug));
  for (const d of DEPARTMENTS) {
    if (chosen.length >= count) break;
    if (!must.has(d.slug)) chosen.push(d);
  }
  return chosen.slice(0, Math.max(count, must.size));
}
