/**
 * Staff directory
 *
 * Loads the organization's staff list from CSV (UTF-8 with optional BOM, or a Cyrillic code page) or
 * XLSX: one row per person with id, name, department, position, manager, and `;`-separated e-mails,
 * phones and messenger handles. Headers may be in English or Russian. `level` (0 = head) is computed
 * from the manager links.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError, SourceFormatError } from '../shared/errors.js';
import { normalizeIdentifier, type IdentifierKind } from '../shared/message.js';
import { decodeText, detectDelimiter, splitRecord } from '../ingest/index.js';
import type { IdentityLink, Person } from '../store/index.js';
import { readXlsxRows } from './xlsx.js';
import type { Directory } from './types.js';

type Field =
  | 'id'
  | 'name'
  | 'department'
  | 'position'
  | 'manager_id'
  | 'emails'
  | 'phones'
  | 'telegram'
  | 'slack'
  | 'whatsapp'
  | 'mattermost'
  | 'sex';

const HEADER_ALIASES: Record<Field, readonly string[]> = {
  id: ['id', 'person_id', 'employee_id', 'табельный_номер', 'табельный', 'таб_номер', 'код', 'ид'],
  name: ['name', 'full_name', 'fullname', 'фио', 'имя', 'сотрудник', 'ф_и_о'],
  department: ['department', 'dept', 'division', 'отдел', 'подразделение', 'департамент', 'управление'],
  position: ['position', 'title', 'job_title', 'role', 'должность'],
  manager_id: [
    'manager_id',
    'manager',
    'boss',
    'руководитель',
    'начальник',
    'id_руководителя',
    'руководитель_id',
  ],
  emails: ['emails', 'email', 'e_mail', 'mail', 'почта', 'эл_почта', 'электронная_почта', 'адреса'],
  phones: ['phones', 'phone', 'mobile', 'телефон', 'телефоны', 'мобильный'],
  telegram: ['telegram', 'tg', 'телеграм', 'телеграмм'],
  slack: ['slack', 'слак'],
  whatsapp: ['whatsapp', 'ватсап'],
  mattermost: ['mattermost'],
  sex: ['sex', 'gender', 'пол'],
};

const LINK_KINDS: Partial<Record<Field, IdentifierKind>> = {
  emails: 'email',
  phones: 'phone',
  telegram: 'telegram',
  slack: 'slack',
  whatsapp: 'whatsapp',
  mattermost: 'mattermost',
};

function headerKey(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.\-/]+/g, '_');
}

function mapHeader(header: readonly string[], file: string): Map<Field, number> {
  const out = new Map<Field, number>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [Field, readonly string[]][]) {
      if (!out.has(field) && aliases.includes(k)) out.set(field, i);
    }
  });
  if (!out.has('name')) {
    throw new InputError(
      `identity/directory: ${file}: no name column (expected one of: ${HEADER_ALIASES.name.join(', ')}; found: ${header.join(', ')})`,
    );
  }
  return out;
}

function splitMulti(v: string | undefined): string[] {
  return (v ?? '')
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Computes hierarchy depth from manager links (heads and broken chains start at 0). */
export function computeLevels(people: readonly Person[]): Map<string, number> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const levels = new Map<string, number>();
  const levelOf = (id: string, guard: Set<string>): number => {
    const known = levels.get(id);
    if (known !== undefined) return known;
    const m = byId.get(id)?.managerId;
    if (!m || !byId.has(m) || guard.has(m) || m === id) return 0;
    guard.add(id);
    return levelOf(m, guard) + 1;
  };
  for (const p of people) levels.set(p.id, levelOf(p.id, new Set()));
  return levels;
}

/** Builds a directory from a header row and data rows. */
export function directoryFromRows(rows: readonly string[][], file: string): Directory {
  const [header, ...data] = rows;
  if (!header) throw new SourceFormatError({ file, line: 1 }, 'empty directory file');
  const cols = mapHeader(header, file);
  const get = (row: readonly string[], f: Field): string | undefined => {
    const i = cols.get(f);
    const v = i === undefined ? undefined : row[i]?.trim();
    return v ? v : undefined;
  };
  const people: Person[] = [];
  const links: IdentityLink[] = [];
  data.forEach((row, r) => {
    const name = get(row, 'name');
    if (!name) return;
    const id = get(row, 'id') ?? `row${r + 2}`;
    people.push({
      id,
      name,
      department: get(row, 'department'),
      position: get(row, 'position'),
      managerId: get(row, 'manager_id'),
      kind: 'staff',
      sex: get(row, 'sex'),
    });
    for (const [field, kind] of Object.entries(LINK_KINDS) as [Field, IdentifierKind][]) {
      for (const v of splitMulti(get(row, field)))
        links.push({ identifier: normalizeIdentifier(kind, v), personId: id, method: 'directory' });
    }
  });
  const levels = computeLevels(people);
  return { people: people.map((p) => ({ ...p, level: levels.get(p.id) ?? 0 })), links };
}

function csvRows(file: string): string[][] {
  const text = decodeText(readFileSync(file)).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  const lines = text.split(/\r?\n/);
  const delimiter = detectDelimiter(lines[0] ?? '');
  let pending = '';
  for (const line of lines) {
    pending = pending ? `${pending}\n${line}` : line;
    if ((pending.match(/"/g)?.length ?? 0) % 2 === 1) continue;
    if (pending.trim()) rows.push(splitRecord(pending, delimiter).fields);
    pending = '';
  }
  return rows;
}

/**
 * Loads a staff directory from a CSV or XLSX file.
 * @example
 * const { people, links } = await loadDirectory('staff.csv');
 */
export async function loadDirectory(file: string): Promise<Directory> {
  const ext = extname(file).toLowerCase();
  const rows = ext === '.xlsx' ? await readXlsxRows(file) : csvRows(file);
  return directoryFromRows(rows, file);
}
