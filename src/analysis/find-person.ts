/**
 * Find a person
 *
 * Resolves what an analyst types — a person id, a pseudonym, an e-mail address or handle, or a
 * name — to one analysed person.
 */
import { InputError, NotFoundError } from '../shared/errors.js';
import { normalizeIdentifier } from '../shared/message.js';
import type { IdentityLink } from '../store/index.js';
import type { PersonResult } from './types.js';

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

export function findPerson(
  query: string,
  people: readonly PersonResult[],
  links: readonly IdentityLink[],
  pseudonym: (id: string) => string,
): PersonResult {
  const q = query.trim();
  const byId = new Map(people.map((p) => [p.id, p]));
  const direct = byId.get(q) ?? people.find((p) => pseudonym(p.id) === q.toUpperCase());
  if (direct) return direct;
  const identifier = q.includes('@')
    ? normalizeIdentifier('email', q)
    : q.includes(':')
      ? q.toLowerCase()
      : null;
  const linked = identifier ? links.find((l) => l.identifier === identifier) : undefined;
  if (linked && byId.has(linked.personId)) return byId.get(linked.personId)!;
  const named = people.filter((p) => fold(p.label) === fold(q));
  if (named.length > 1) {
    throw new InputError(
      `analysis/find-person: "${q}" matches ${named.length} people (use an id or an address)`,
    );
  }
  if (named[0]) return named[0];
  throw new NotFoundError(`analysis/find-person: no analysed person matches "${q}"`);
}
