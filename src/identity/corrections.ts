/**
 * Identity report and corrections file
 *
 * `identityReport` lists what resolution decided that an analyst should check: merges (people with
 * several identifiers, and name-based links) and unresolved identifiers (external contacts, detected
 * bots, lists and shared mailboxes). `writeCorrectionsFile` writes them as a CSV the analyst edits —
 * fill `person_id` to link an identifier to a person, or `kind` to mark it bot/list/shared/external —
 * and `readCorrectionsFile` reads it back for the next `resolveIdentities` run. Rows left blank are
 * ignored, so writing the file changes nothing until someone edits it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { InputError } from '../shared/errors.js';
import { splitRecord } from '../ingest/index.js';
import type { PersonKind, Store } from '../store/index.js';
import { normalizeRawIdentifier } from './resolve.js';
import type { Correction } from './types.js';

export const CORRECTIONS_FILE = 'identities.csv';
const HEADER = [
  'identifier',
  'person_id',
  'kind',
  'name',
  'current_person',
  'current_name',
  'method',
  'messages',
];
const KINDS: readonly PersonKind[] = ['staff', 'external', 'list', 'shared', 'bot'];

export interface ReportRow {
  readonly identifier: string;
  readonly personId: string;
  readonly personName: string;
  readonly kind: PersonKind;
  readonly method: string;
  readonly messages: number;
}

export interface IdentityReport {
  /** Links that merge identifiers into one person by name, or persons with several identifiers. */
  readonly merges: ReportRow[];
  /** Identifiers that belong to no staff member. */
  readonly unresolved: ReportRow[];
}

/** Builds the report from the store's current people and links. */
export async function identityReport(store: Store): Promise<IdentityReport> {
  const people = new Map((await store.listPeople()).map((p) => [p.id, p]));
  const counts = new Map((await store.listIdentifiers()).map((s) => [s.identifier, s.messages]));
  const links = await store.listIdentities();
  const perPerson = new Map<string, number>();
  for (const l of links)
    if (counts.has(l.identifier)) perPerson.set(l.personId, (perPerson.get(l.personId) ?? 0) + 1);
  const rows = links
    .filter((l) => counts.has(l.identifier))
    .map((l) => {
      const p = people.get(l.personId);
      return {
        identifier: l.identifier,
        personId: l.personId,
        personName: p?.name ?? '',
        kind: p?.kind ?? 'external',
        method: l.method,
        messages: counts.get(l.identifier) ?? 0,
      };
    });
  const byMessages = (a: ReportRow, b: ReportRow): number =>
    b.messages - a.messages || a.identifier.localeCompare(b.identifier);
  return {
    merges: rows
      .filter(
        (r) => r.kind === 'staff' && (r.method === 'name-match' || (perPerson.get(r.personId) ?? 0) > 1),
      )
      .sort(byMessages),
    unresolved: rows.filter((r) => r.kind !== 'staff').sort(byMessages),
  };
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the report as an editable corrections CSV, keeping the analyst's earlier decisions. */
export function writeCorrectionsFile(file: string, report: IdentityReport): void {
  const previous = existsSync(file) ? readCorrectionsFile(file) : [];
  const kept = new Map(previous.map((c) => [c.identifier, c]));
  const lines = [HEADER.join(',')];
  const seen = new Set<string>();
  for (const r of [...report.merges, ...report.unresolved]) {
    if (seen.has(r.identifier)) continue;
    seen.add(r.identifier);
    const c = kept.get(r.identifier);
    lines.push(
      [
        r.identifier,
        c?.personId ?? '',
        c?.kind ?? '',
        c?.name ?? '',
        r.personId,
        r.personName,
        r.method,
        r.messages,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  for (const c of previous) {
    if (!seen.has(c.identifier))
      lines.push(
        [c.identifier, c.personId ?? '', c.kind ?? '', c.name ?? '', '', '', '', 0].map(csvCell).join(','),
      );
  }
  writeFileSync(file, '\uFEFF' + lines.join('\n') + '\n');
}

/** Reads the corrections the analyst filled in (rows with neither person_id nor kind are ignored). */
export function readCorrectionsFile(file: string): Correction[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  const header = splitRecord(lines[0] ?? '', ',').fields.map((h) => h.trim().toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  if (col('identifier') < 0) throw new InputError(`identity/corrections: ${file}: no "identifier" column`);
  const out: Correction[] = [];
  lines.slice(1).forEach((line, i) => {
    const f = splitRecord(line, ',').fields;
    const get = (n: string): string => (col(n) >= 0 ? (f[col(n)] ?? '').trim() : '');
    const kind = get('kind').toLowerCase();
    if (kind && !KINDS.includes(kind as PersonKind)) {
      throw new InputError(
        `identity/corrections: ${file}:${i + 2}: invalid kind: ${kind} (expected one of ${KINDS.join(', ')})`,
      );
    }
    if (!get('person_id') && !kind) return;
    out.push({
      identifier: normalizeRawIdentifier(get('identifier')),
      personId: get('person_id') || undefined,
      kind: (kind || undefined) as PersonKind | undefined,
      name: get('name') || undefined,
    });
  });
  return out;
}
