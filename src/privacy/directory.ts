/**
 * People directory for masking
 *
 * Indexes people and identity links once per output batch: who is who, which departments are big
 * enough to name, and the set of raw strings (names, addresses, handles, person ids) that must never
 * appear in a pseudonymous output.
 */
import type { IdentityLink, Person, Store } from '../store/index.js';
import type { Directory } from './types.js';

/** Person kinds whose names are personal data (shared mailboxes and lists are named after units). */
const NAMED_KINDS = new Set(['staff', 'external']);

/** Builds the directory from people and identity links. */
export function createDirectory(people: readonly Person[], links: readonly IdentityLink[]): Directory {
  const byId = new Map<string, Person>();
  const departmentSizes = new Map<string, number>();
  const sensitive = new Set<string>();
  const nameTokens = new Set<string>();
  const addTokens = (text: string): void => {
    for (const t of text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[^\p{L}]+/u)) {
      if (t.length >= 3) nameTokens.add(t);
    }
  };
  for (const p of people) {
    byId.set(p.id, p);
    if (p.department) departmentSizes.set(p.department, (departmentSizes.get(p.department) ?? 0) + 1);
    sensitive.add(p.id);
    if (NAMED_KINDS.has(p.kind) && p.name.trim()) {
      sensitive.add(p.name.trim());
      addTokens(p.name);
    }
  }
  const identifiers = new Map<string, string[]>();
  for (const l of links) {
    const list = identifiers.get(l.personId) ?? [];
    list.push(l.identifier);
    identifiers.set(l.personId, list);
    sensitive.add(l.identifier);
    const value = l.identifier.slice(l.identifier.indexOf(':') + 1);
    if (value.length >= 3) sensitive.add(value);
    // Handles and display names spell names too (e.g. a chat name "alina kovalskaya").
    if (NAMED_KINDS.has(byId.get(l.personId)?.kind ?? '')) addTokens(value.split('@')[0]);
  }
  return { people: byId, identifiers, departmentSizes, sensitive, nameTokens };
}

/** Loads the directory from a store. */
export async function loadDirectory(store: Store): Promise<Directory> {
  const [people, links] = await Promise.all([store.listPeople(), store.listIdentities()]);
  return createDirectory(people, links);
}
