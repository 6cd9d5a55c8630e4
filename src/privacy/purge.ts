/**
 * Privacy purges
 *
 * Run by the analysis stage before each run (and by `sociogram privacy purge`): opted-out people are
 * removed from the existing data, message text is cleared when text retention is off, and message-level
 * rows older than the retention period are deleted (analysis results, the aggregates, stay).
 */
import type { PurgeResult, Store } from '../store/index.js';
import type { PrivacyPolicy } from './types.js';

const DAY_MS = 86_400_000;

/** Removes every trace of opted-out people from the store; returns what was removed. */
export async function purgeOptedOut(store: Store, policy: PrivacyPolicy): Promise<PurgeResult> {
  const links = await store.listIdentities();
  policy.bindIdentities(links);
  const people = (await store.listPeople()).filter((p) => policy.isOptedOut(p.id)).map((p) => p.id);
  // Listed identifiers that never got linked to a person (e.g. unresolved senders) go too.
  const identifiers = [
    ...links.filter((l) => policy.isOptedOut(l.identifier)).map((l) => l.identifier),
    ...policy.optedOut().identifiers,
  ];
  if (!people.length && !identifiers.length)
    return { people: 0, messages: 0, recipients: 0, analysisRows: 0 };
  return store.purgePeople(people, identifiers);
}

/** `purgeOptedOut`, then a compaction so the removed rows are gone from the database files too. */
export async function purgeOptedOutAndCompact(store: Store, policy: PrivacyPolicy): Promise<PurgeResult> {
  const r = await purgeOptedOut(store, policy);
  if (r.people + r.messages + r.recipients + r.analysisRows > 0) await store.compact();
  return r;
}

export interface RetentionResult {
  /** Messages whose body/subject were cleared because text retention is off. */
  readonly textCleared: number;
  /** Messages deleted because they were older than the retention period. */
  readonly expired: number;
  /** The cut-off (epoch ms) or null when no retention period is set. */
  readonly before: number | null;
}

/** Applies text retention and the retention period at time `now` (epoch ms). */
export async function purgeExpired(
  store: Store,
  policy: PrivacyPolicy,
  now: number = Date.now(),
): Promise<RetentionResult> {
  const textCleared = policy.config.retainText ? 0 : await store.clearMessageText();
  const days = policy.config.retentionDays;
  const before = days === null ? null : now - days * DAY_MS;
  const expired = before === null ? 0 : await store.purgeMessagesBefore(before);
  return { textCleared, expired, before };
}

/** Both purges, in the order the analysis run needs them. */
export async function applyPrivacyPurges(
  store: Store,
  policy: PrivacyPolicy,
  now: number = Date.now(),
): Promise<{ optOut: PurgeResult; retention: RetentionResult }> {
  const optOut = await purgeOptedOut(store, policy);
  const retention = await purgeExpired(store, policy, now);
  if (optOut.people + optOut.messages + optOut.recipients + retention.textCleared + retention.expired > 0) {
    await store.compact();
  }
  return { optOut, retention };
}
