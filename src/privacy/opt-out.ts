/**
 * Opt-out matching
 *
 * The opt-out list holds addresses (`ivanov@ozersk.ru` or `email:ivanov@ozersk.ru`), handles
 * (`@ivanov`, `telegram:ivanov`) and directory ids (`p0001`). The matcher answers for identifiers seen
 * at ingest and for person ids, and widens through identity links: opting out one address of a person
 * opts out the person and every other identifier of theirs.
 */
import { IDENTIFIER_KINDS, normalizeIdentifier, type IdentifierKind } from '../shared/message.js';
import type { IdentityLink } from '../store/index.js';

export interface OptOutMatcher {
  isOptedOut(identifierOrPersonId: string): boolean;
  bindIdentities(links: readonly IdentityLink[]): void;
  /** Person ids known to be opted out (after `bindIdentities`). */
  readonly personIds: ReadonlySet<string>;
  /** Normalized identifiers known to be opted out. */
  readonly identifiers: ReadonlySet<string>;
}

const HANDLE_KINDS = new Set<string>(['telegram', 'slack', 'whatsapp', 'mattermost', 'user']);

function isKind(kind: string): kind is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(kind);
}

/** Normalizes an identifier if it has a known `kind:` prefix; otherwise returns it trimmed. */
function normalizeIfIdentifier(value: string): string {
  const i = value.indexOf(':');
  const kind = i < 0 ? '' : value.slice(0, i).toLowerCase();
  return isKind(kind) ? normalizeIdentifier(kind, value.slice(i + 1)) : value.trim();
}

/** Builds a matcher from the configured opt-out entries. */
export function createOptOutMatcher(entries: readonly string[]): OptOutMatcher {
  const identifiers = new Set<string>();
  const handles = new Set<string>();
  const bare = new Set<string>();
  for (const raw of entries) {
    const v = raw.trim();
    if (!v) continue;
    if (/^[a-z]+:/i.test(v) && isKind(v.slice(0, v.indexOf(':')).toLowerCase())) {
      identifiers.add(normalizeIfIdentifier(v));
    } else if (v.includes('@') && !v.startsWith('@')) identifiers.add(normalizeIdentifier('email', v));
    else if (v.startsWith('@')) handles.add(v.slice(1).toLowerCase());
    else bare.add(v);
  }
  const personIds = new Set<string>(bare);
  const matchesId = (id: string): boolean => {
    if (identifiers.has(id)) return true;
    const i = id.indexOf(':');
    if (i < 0) return false;
    const value = id.slice(i + 1);
    return HANDLE_KINDS.has(id.slice(0, i)) && (handles.has(value) || bare.has(value));
  };
  return {
    personIds,
    identifiers,
    isOptedOut(v) {
      if (personIds.has(v)) return true;
      return v.includes(':') && matchesId(normalizeIfIdentifier(v));
    },
    bindIdentities(links) {
      for (const l of links) if (matchesId(l.identifier)) personIds.add(l.personId);
      for (const l of links) if (personIds.has(l.personId)) identifiers.add(l.identifier);
    },
  };
}
