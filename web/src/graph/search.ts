/**
 * Person search
 *
 * Matches a query against labels and pseudonyms: case- and ё/е-insensitive, every word of the query
 * must start a word of the name (so "ив ан" finds "Иванова Анна"), best matches first.
 */

/** Lower case, ё → е, trimmed. */
export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').trim();
}

/** True when every query word is a prefix of some word of `name` (or a substring of an id). */
export function matchesName(query: string, name: string): boolean {
  const words = normalizeName(name).split(/[\s\-.,]+/);
  const parts = normalizeName(query).split(/\s+/).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((p) => words.some((w) => w.startsWith(p)) || normalizeName(name).includes(p));
}

export interface Searchable {
  readonly id: string;
  readonly label: string;
  readonly pseudonym?: string | undefined;
  readonly score: number;
}

/** Up to `limit` people matching `query`, highest score first. */
export function searchPeople<T extends Searchable>(people: readonly T[], query: string, limit = 8): T[] {
  if (!normalizeName(query)) return [];
  return people
    .filter((p) => matchesName(query, p.label) || matchesName(query, p.pseudonym ?? p.id))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
