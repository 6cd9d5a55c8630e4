/**
 * Communication map of one person
 *
 * The ego view an analyst defends a name with: strongest contacts (direction, weight, channels),
 * spheres reached (departments and groups), topic mix, stance with counts, weekly rhythm, and what
 * changed between the last period and the one before.
 */
import type { ContactRow, Person, Store } from '../store/index.js';
import type { LoadedAnalysis } from './load.js';
import type { PersonResult, StanceSummary } from './types.js';

const DAY_MS = 86_400_000;

export interface MapContact {
  readonly personId: string;
  readonly department?: string | undefined;
  readonly community?: number | undefined;
  readonly outWeight: number;
  readonly inWeight: number;
  readonly messages: number;
  /** Channel → messages with this contact. */
  readonly channels: Readonly<Record<string, number>>;
}

export interface PersonMap {
  readonly person: PersonResult;
  readonly contacts: readonly MapContact[];
  /** Department → share of the person's tie weight. */
  readonly departments: Readonly<Record<string, number>>;
  /** Community id → share of the person's tie weight. */
  readonly groups: Readonly<Record<string, number>>;
  /** Topic id → share of the person's topic hits. */
  readonly topics: Readonly<Record<string, number>>;
  readonly stance: Readonly<Record<string, StanceSummary>>;
  /** 7 × 24 counts: rhythm[weekday - 1][hour]. */
  readonly rhythm: readonly (readonly number[])[];
  readonly change: PeriodChange | null;
}

export interface PeriodChange {
  readonly periodDays: number;
  readonly current: {
    readonly from: number;
    readonly to: number;
    readonly contacts: number;
    readonly weight: number;
  };
  readonly previous: {
    readonly from: number;
    readonly to: number;
    readonly contacts: number;
    readonly weight: number;
  };
  readonly newContacts: readonly string[];
  readonly lostContacts: readonly string[];
}

function mergeContacts(
  rows: readonly ContactRow[],
  people: ReadonlyMap<string, Person>,
  analysis: LoadedAnalysis,
): MapContact[] {
  const community = new Map(analysis.people.map((p) => [p.id, p.community]));
  const byId = new Map<
    string,
    { out: number; in: number; messages: number; channels: Record<string, number> }
  >();
  for (const r of rows) {
    const c = byId.get(r.personId) ?? { out: 0, in: 0, messages: 0, channels: {} };
    if (r.direction === 'out') c.out += r.weight;
    else c.in += r.weight;
    c.messages += r.messages;
    c.channels[r.channel] = (c.channels[r.channel] ?? 0) + r.messages;
    byId.set(r.personId, c);
  }
  return [...byId.entries()]
    .map(([personId, c]) => ({
      personId,
      department: people.get(personId)?.department,
      community: community.get(personId),
      outWeight: c.out,
      inWeight: c.in,
      messages: c.messages,
      channels: c.channels,
    }))
    .sort(
      (a, b) => b.outWeight + b.inWeight - (a.outWeight + a.inWeight) || a.personId.localeCompare(b.personId),
    );
}

function shares(entries: Iterable<[string, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  let total = 0;
  for (const [k, v] of entries) {
    out[k] = (out[k] ?? 0) + v;
    total += v;
  }
  for (const k of Object.keys(out)) out[k] = total > 0 ? out[k] / total : 0;
  return out;
}

async function periodChange(store: Store, personId: string, to: number, days: number): Promise<PeriodChange> {
  const span = days * DAY_MS;
  const cur = { from: to - span + 1, to };
  const prev = { from: to - 2 * span + 1, to: to - span };
  const [a, b] = await Promise.all([store.personMap(personId, cur), store.personMap(personId, prev)]);
  const sum = (rows: readonly ContactRow[]): number => rows.reduce((s, r) => s + r.weight, 0);
  const ids = (rows: readonly ContactRow[]): Set<string> => new Set(rows.map((r) => r.personId));
  const now = ids(a.contacts);
  const before = ids(b.contacts);
  return {
    periodDays: days,
    current: { ...cur, contacts: now.size, weight: sum(a.contacts) },
    previous: { ...prev, contacts: before.size, weight: sum(b.contacts) },
    newContacts: [...now].filter((id) => !before.has(id)).sort(),
    lostContacts: [...before].filter((id) => !now.has(id)).sort(),
  };
}

/** Builds the communication map of `personId` from the store and the latest analysis. */
export async function buildPersonMap(
  store: Store,
  analysis: LoadedAnalysis,
  person: PersonResult,
  options: { topContacts?: number; periodDays?: number } = {},
): Promise<PersonMap> {
  const [data, people] = await Promise.all([store.personMap(person.id), store.listPeople()]);
  const directory = new Map(people.map((p) => [p.id, p]));
  const contacts = mergeContacts(data.contacts, directory, analysis);
  const rhythm = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const r of data.rhythm) rhythm[r.weekday - 1][r.hour] = r.messages;
  const weightOf = (c: MapContact): number => c.outWeight + c.inWeight;
  const period = analysis.summary.period;
  return {
    person,
    contacts: contacts.slice(0, options.topContacts ?? 15),
    departments: shares(contacts.map((c) => [c.department ?? '—', weightOf(c)])),
    groups: shares(contacts.map((c) => [String(c.community ?? '—'), weightOf(c)])),
    topics: shares(Object.entries(person.topics ?? {})),
    stance: person.stance ?? {},
    rhythm,
    change: period ? await periodChange(store, person.id, period.to, options.periodDays ?? 30) : null,
  };
}
