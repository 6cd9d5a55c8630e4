/**
 * Name index
 *
 * Finds the one directory person a display name refers to, across Cyrillic and Latin spellings,
 * name orders and initials ("Иванова М.И.", "Maria Ivanova", "M. Ivanova"). A name that fits more
 * than one person matches nobody: a wrong merge is worse than an unresolved address.
 */
import type { Person } from '../store/index.js';
import { nameKeys, nameTokens } from './transliterate.js';

export interface NameIndex {
  /** The id of the only person whose name fits `display`, or undefined. */
  match(display: string): string | undefined;
}

/** True when two token lists share a surname-like token and a compatible second token. */
export function namesCompatible(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    if (ai.length < 2) continue;
    const k = b.indexOf(ai);
    if (k < 0) continue;
    for (let j = 0; j < a.length; j++) {
      if (j === i) continue;
      const aj = a[j];
      for (let l = 0; l < b.length; l++) {
        if (l === k) continue;
        const bl = b[l];
        if (aj && bl && (aj.startsWith(bl) || bl.startsWith(aj))) return true;
      }
    }
  }
  return false;
}

export function createNameIndex(people: readonly Person[]): NameIndex {
  const byKey = new Map<string, Set<string>>();
  const tokens = new Map<string, string[]>();
  for (const p of people) {
    if (p.kind !== 'staff') continue;
    tokens.set(p.id, nameTokens(p.name));
    for (const k of nameKeys(p.name)) {
      const set = byKey.get(k) ?? new Set<string>();
      set.add(p.id);
      byKey.set(k, set);
    }
  }
  return {
    match(display: string): string | undefined {
      const cleaned = display.replace(/\[[^\]]*\]|\([^)]*\)|<[^>]*>|"/g, ' ').replace(/\/.*$/, '');
      const t = nameTokens(cleaned);
      const candidates = new Set<string>();
      for (const k of nameKeys(cleaned)) for (const id of byKey.get(k) ?? []) candidates.add(id);
      const fits = [...candidates].filter((id) => namesCompatible(t, tokens.get(id) ?? []));
      return fits.length === 1 ? fits[0] : undefined;
    },
  };
}
