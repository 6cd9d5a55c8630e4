/**
 * Shared loads
 *
 * The person-level map and the full leaders list are used by several pages (overview, person, groups);
 * they are fetched once and kept for a minute so moving between pages does not refetch 5,000 people.
 */
import { api } from '../api/endpoints.js';

const TTL_MS = 60_000;

function memoize<T>(load: () => Promise<T>): { get: () => Promise<T>; clear: () => void } {
  let value: Promise<T> | null = null;
  let at = 0;
  return {
    get() {
      if (!value || Date.now() - at > TTL_MS) {
        at = Date.now();
        const p = load();
        value = p;
        p.catch(() => {
          if (value === p) value = null;
        });
      }
      return value;
    },
    clear() {
      value = null;
    },
  };
}

export const peopleMap = memoize(() => api.peopleMap());
export const leaders = memoize(() => api.leaders());

/** Drops cached data (after sign-out or a new analysis). */
export function clearSharedData(): void {
  peopleMap.clear();
  leaders.clear();
}
