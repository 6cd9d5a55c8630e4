/**
 * Presenting an output
 *
 * The walker behind `PrivacyPolicy.presentOutput`. It works on any JSON-shaped result (leaders,
 * communities, edges, campaign plans), so new stages are covered without new code:
 * - a string equal to a person id becomes that person's pseudonym (or stays, when identified);
 * - an object with `id`/`personId`/`source`/`target` naming an opted-out person is dropped, and so is
 *   an opted-out id in a list or as a record key: they never appear, not even as an anonymous node;
 * - in a person object (`id` is a person id) `name`/`label` become the pseudonym, and `position`,
 *   `identifiers`, `addresses`, `email` and a department smaller than k are removed;
 * - an object with a numeric `size` (a group, a department, a campaign reach row) under k is dropped;
 *   where it lists `members`, its size is recounted after opt-outs;
 * - `keywords`/`terms` lose entries with a word of a person's name, handle or address (phrases too).
 * A pseudonymous result is then checked by the leak guard.
 */
import type { PrivacyConfig } from '../shared/config.js';
import { assertPseudonymous } from './leak-guard.js';
import type { OutputContext, PresentedOutput } from './types.js';

interface WalkState {
  readonly ctx: OutputContext;
  readonly config: PrivacyConfig;
  readonly pseudonym: (id: string) => string;
  readonly isOptedOut: (id: string) => boolean;
  suppressed: number;
}

const REF_KEYS = ['id', 'personId', 'source', 'target'] as const;
const NAME_KEYS = new Set(['name', 'label', 'fullName']);
const IDENTIFYING_KEYS = new Set(['position', 'identifiers', 'addresses', 'address', 'email', 'handles']);
const KEYWORD_KEYS = new Set(['keywords', 'terms']);

function isPersonId(s: WalkState, v: unknown): v is string {
  return typeof v === 'string' && s.ctx.directory.people.has(v);
}

function isDropped(s: WalkState, v: unknown): boolean {
  if (typeof v === 'string') return isPersonId(s, v) && s.isOptedOut(v);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  for (const k of REF_KEYS) {
    const ref = o[k];
    if (typeof ref === 'string' && (ref.includes(':') || isPersonId(s, ref)) && s.isOptedOut(ref))
      return true;
  }
  return false;
}

function isSmallGroup(s: WalkState, v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.size === 'number' && !isPersonId(s, o.id) && o.size < s.config.minGroupSize;
}

function walkArray(s: WalkState, arr: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const v of arr) {
    if (isDropped(s, v)) continue;
    const w = walk(s, v, undefined);
    if (isSmallGroup(s, w)) {
      s.suppressed++;
      continue;
    }
    out.push(w);
  }
  return out;
}

function personField(s: WalkState, personId: string, key: string, v: unknown): unknown {
  if (s.ctx.identified) return key === 'label' && typeof v === 'string' ? v : walk(s, v, key);
  if (NAME_KEYS.has(key)) return s.pseudonym(personId);
  if (IDENTIFYING_KEYS.has(key)) return undefined;
  if (key === 'department') {
    const size = typeof v === 'string' ? (s.ctx.directory.departmentSizes.get(v) ?? 0) : 0;
    return size >= s.config.minGroupSize ? v : undefined;
  }
  return walk(s, v, key);
}

function walkObject(s: WalkState, o: Record<string, unknown>): Record<string, unknown> {
  const personId = isPersonId(s, o.id) ? o.id : null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (isPersonId(s, k) && s.isOptedOut(k)) continue;
    const key = isPersonId(s, k) && !s.ctx.identified ? s.pseudonym(k) : k;
    const w = personId !== null ? personField(s, personId, k, v) : walk(s, v, k);
    if (w !== undefined) out[key] = w;
  }
  if (Array.isArray(out.members) && typeof out.size === 'number') out.size = out.members.length;
  return out;
}

function walk(s: WalkState, v: unknown, key: string | undefined): unknown {
  if (typeof v === 'string') return isPersonId(s, v) && !s.ctx.identified ? s.pseudonym(v) : v;
  if (Array.isArray(v)) {
    const arr = walkArray(s, v);
    return key !== undefined && KEYWORD_KEYS.has(key) && !s.ctx.identified ? dropNameWords(s, arr) : arr;
  }
  if (v && typeof v === 'object') return walkObject(s, v as Record<string, unknown>);
  return v;
}

/** Keywords and phrases lose any entry with a word of someone's name (or that is an identifier). */
function dropNameWords(s: WalkState, arr: unknown[]): unknown[] {
  const { nameTokens, sensitive } = s.ctx.directory;
  const named = (w: string): boolean =>
    sensitive.has(w.trim()) ||
    w
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[^\p{L}]+/u)
      .some((t) => nameTokens.has(t));
  return arr.filter((w) => typeof w !== 'string' || !named(w));
}

/** Presents any JSON-shaped value through the policy (see the file header for the rules). */
export function presentValue<T>(
  deps: Omit<WalkState, 'ctx' | 'suppressed'>,
  value: T,
  ctx: OutputContext,
): PresentedOutput<T> {
  const state: WalkState = { ...deps, ctx, suppressed: 0 };
  const data = walk(state, value, undefined) as T;
  if (!ctx.identified) assertPseudonymous(data, ctx.directory);
  return { data, suppressedGroups: state.suppressed, identified: ctx.identified };
}
