/**
 * Identity resolution
 *
 * Links every identifier seen in messages to a person, in order of trust: the analyst's corrections
 * file, the staff directory (addresses are compared normalized: case and plus-tags ignored), then a
 * display-name match across Cyrillic and Latin spellings. What is left becomes an external contact,
 * or a bot, list or shared mailbox person when it is recognizably not a person. Re-running with a
 * corrected directory or corrections file re-links everything (the result is order-independent).
 */
import { normalizeIdentifier } from '../shared/message.js';
import type { IdentityLink, Person, PersonKind, Store } from '../store/index.js';
import { classifyIdentifier } from './classify.js';
import { createNameIndex } from './name-index.js';
import type { ResolveOptions, ResolveSummary, SeenIdentifier } from './types.js';

interface Resolution {
  readonly personId: string;
  readonly method: string;
}

function displayValue(identifier: string): string {
  return identifier.slice(identifier.indexOf(':') + 1);
}

/** The person id used for an identifier that belongs to no directory person. */
export function outsidePersonId(identifier: string): string {
  return `ext:${identifier}`;
}

/**
 * Resolves every identifier in the store to a person and writes people and links.
 * @example
 * await resolveIdentities(store, { directory: await loadDirectory('staff.csv') });
 */
export async function resolveIdentities(store: Store, options: ResolveOptions = {}): Promise<ResolveSummary> {
  const directory = options.directory ?? { people: [], links: [] };
  const staff = new Map<string, Person>(directory.people.map((p) => [p.id, p]));
  for (const p of await store.listPeople()) if (p.kind === 'staff' && !staff.has(p.id)) staff.set(p.id, p);
  const exact = new Map<string, string>();
  for (const l of directory.links) exact.set(l.identifier, l.personId);
  for (const l of await store.listIdentities())
    if (l.method === 'directory' && !exact.has(l.identifier)) exact.set(l.identifier, l.personId);
  const corrections = new Map((options.corrections ?? []).map((c) => [c.identifier, c]));
  const names = createNameIndex([...staff.values()]);
  const people = new Map<string, Person>(staff);
  const links: IdentityLink[] = [...directory.links];
  const byMethod: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const seen = await store.listIdentifiers();
  for (const s of seen) {
    const r = resolveOne(s, { exact, corrections, names, people });
    links.push({ identifier: s.identifier, personId: r.personId, method: r.method });
    byMethod[r.method] = (byMethod[r.method] ?? 0) + 1;
    const kind = people.get(r.personId)?.kind ?? 'external';
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  await store.upsertPeople([...people.values()]);
  await store.upsertIdentities(links);
  return { identifiers: seen.length, byMethod, byKind };
}

interface Context {
  readonly exact: ReadonlyMap<string, string>;
  readonly corrections: ReadonlyMap<
    string,
    { personId?: string | undefined; kind?: PersonKind | undefined; name?: string | undefined }
  >;
  readonly names: ReturnType<typeof createNameIndex>;
  readonly people: Map<string, Person>;
}

function resolveOne(s: SeenIdentifier, ctx: Context): Resolution {
  const c = ctx.corrections.get(s.identifier);
  if (c?.personId) {
    if (!ctx.people.has(c.personId)) {
      ctx.people.set(c.personId, {
        id: c.personId,
        name: c.name ?? s.name ?? displayValue(s.identifier),
        kind: c.kind ?? 'external',
      });
    }
    return { personId: c.personId, method: 'alias-file' };
  }
  if (!c?.kind) {
    const direct = ctx.exact.get(s.identifier);
    if (direct && ctx.people.has(direct)) return { personId: direct, method: 'directory' };
    const nameId = s.identifier.startsWith('name:') ? displayValue(s.identifier) : s.name;
    const byName = nameId ? ctx.names.match(nameId) : undefined;
    if (byName) return { personId: byName, method: 'name-match' };
  }
  const kind: PersonKind = c?.kind ?? classifyIdentifier(s) ?? 'external';
  const id = outsidePersonId(s.identifier);
  const name = c?.name ?? s.name ?? displayValue(s.identifier);
  ctx.people.set(id, { id, name, kind });
  return {
    personId: id,
    method: c?.kind ? 'alias-file' : kind === 'external' ? 'external' : `detected-${kind}`,
  };
}

/** Normalizes a raw identifier typed by an analyst (`Ivanova@Ozersk.ru` → `email:ivanova@ozersk.ru`). */
export function normalizeRawIdentifier(raw: string): string {
  const v = raw.trim();
  const m = /^(email|telegram|slack|whatsapp|mattermost|phone|user|name):(.+)$/.exec(v);
  if (m) return normalizeIdentifier(m[1] as 'email', m[2] ?? '');
  if (v.includes('@') && !v.startsWith('@')) return normalizeIdentifier('email', v);
  if (/^\+?[\d\s()-]{7,}$/.test(v)) return normalizeIdentifier('phone', v);
  return normalizeIdentifier('name', v);
}
