/**
 * Hash routes
 *
 * The dashboard's pages live behind `#/...` so the static server needs no rewrite rules. `parseRoute`
 * turns a hash into a route; `hrefOf` turns a route back into a link.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { readonly page: 'overview' }
  | { readonly page: 'leaders' }
  | { readonly page: 'person'; readonly id: string }
  | { readonly page: 'groups' }
  | { readonly page: 'markers' }
  | { readonly page: 'campaigns' }
  | { readonly page: 'admin' };

export type PageName = Route['page'];

const SIMPLE: readonly PageName[] = ['leaders', 'groups', 'markers', 'campaigns', 'admin'];

/** Parses `#/people/P-1` → `{ page: 'person', id: 'P-1' }`; anything unknown is the overview. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, arg] = parts;
  if (head === 'people' && arg) return { page: 'person', id: decodeURIComponent(arg) };
  const simple = SIMPLE.find((p) => p === head);
  return simple ? ({ page: simple } as Route) : { page: 'overview' };
}

/** The link to a route. */
export function hrefOf(route: Route): string {
  if (route.page === 'person') return `#/people/${encodeURIComponent(route.id)}`;
  return route.page === 'overview' ? '#/' : `#/${route.page}`;
}

/** The link to a person's map. */
export function personHref(id: string): string {
  return hrefOf({ page: 'person', id });
}

/** The current route, updated on `hashchange`. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
