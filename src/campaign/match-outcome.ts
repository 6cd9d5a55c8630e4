/**
 * Outcome matching
 *
 * Resolves outcome rows to people through the identity layer: person id first, then the normalized
 * e-mail and phone looked up among the store's identity links, then the name (case-, ё- and
 * word-order-insensitive) among the directory. Unmatched rows, ambiguous names, rows whose
 * identifiers point at different people, and duplicate participations are counted in `Diagnostics`.
 *
 * Notes:
 * - A person who appears twice counts once, at their earliest valid timestamp.
 * - Names are matched only when exactly one person carries that name; initials are not expanded.
 */
import type { Diagnostics } from '../shared/diagnostics.js';
import type { OutcomeRow, OutcomeTable } from './outcome-file.js';
import type { CampaignPerson } from './types.js';

export interface IdentityLinkLike {
  readonly identifier: string;
  readonly personId: string;
}

export interface Participation {
  readonly personId: string;
  /** Earliest valid timestamp seen for the person, or null. */
  readonly timestamp: number | null;
  readonly method: 'id' | 'email' | 'phone' | 'name';
}

export interface MatchResult {
  readonly file: string;
  readonly rows: number;
  readonly matchedRows: number;
  readonly unmatchedRows: number;
  readonly duplicates: number;
  readonly participants: readonly Participation[];
}

/** Name key: lower case, ё → е, letters only, words sorted (so "Иванов Иван" = "Иван Иванов"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

export interface MatchDirectory {
  readonly byIdentifier: ReadonlyMap<string, string>;
  readonly byId: ReadonlySet<string>;
  /** Name key → person ids carrying it. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
}

/** Lookup tables for matching, from the directory and the store's identity links. */
export function createMatchDirectory(
  people: readonly CampaignPerson[],
  links: readonly IdentityLinkLike[],
): MatchDirectory {
  const byName = new Map<string, string[]>();
  for (const p of people) {
    if (!p.name) continue;
    const key = nameKey(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p.id]);
  }
  return {
    byIdentifier: new Map(links.map((l) => [l.identifier, l.personId])),
    byId: new Set(people.map((p) => p.id)),
    byName,
  };
}

type Candidate = { personId: string; method: Participation['method'] };

function candidates(row: OutcomeRow, dir: MatchDirectory): Candidate[] {
  const found: Candidate[] = [];
  if (row.id && dir.byId.has(row.id)) found.push({ personId: row.id, method: 'id' });
  const email = row.email ? dir.byIdentifier.get(row.email) : undefined;
  if (email) found.push({ personId: email, method: 'email' });
  const phone = row.phone ? dir.byIdentifier.get(row.phone) : undefined;
  if (phone) found.push({ personId: phone, method: 'phone' });
  const named = row.name ? dir.byName.get(nameKey(row.name)) : undefined;
  if (named?.length === 1) found.push({ personId: named[0], method: 'name' });
  return found;
}

/** Matches an outcome table to people; problems go to `diag`. */
export function matchOutcome(table: OutcomeTable, dir: MatchDirectory, diag: Diagnostics): MatchResult {
  const byPerson = new Map<string, Participation>();
  let matchedRows = 0;
  let duplicates = 0;
  for (const row of table.rows) {
    const pos = { file: table.file, line: row.line };
    const found = candidates(row, dir);
    if (found.length === 0) {
      const ambiguous = row.name ? (dir.byName.get(nameKey(row.name))?.length ?? 0) > 1 : false;
      if (ambiguous) diag.report('ambiguous-name', pos, 'several people share this name');
      else diag.report('unmatched', pos, 'no such person');
      continue;
    }
    if (new Set(found.map((f) => f.personId)).size > 1) {
      diag.report(
        'conflicting-identifiers',
        pos,
        `identifiers point at different people; using the ${found[0].method}`,
      );
    }
    matchedRows++;
    const { personId, method } = found[0];
    const prev = byPerson.get(personId);
    if (!prev) {
      byPerson.set(personId, { personId, timestamp: row.timestamp, method });
      continue;
    }
    duplicates++;
    diag.report('duplicate', pos, 'person already counted');
    if (row.timestamp !== null && (prev.timestamp === null || row.timestamp < prev.timestamp)) {
      byPerson.set(personId, { ...prev, timestamp: row.timestamp });
    }
  }
  return {
    file: table.file,
    rows: table.rows.length,
    matchedRows,
    unmatchedRows: table.rows.length - matchedRows,
    duplicates,
    participants: [...byPerson.values()],
  };
}
