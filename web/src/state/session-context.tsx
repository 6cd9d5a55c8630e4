/**
 * Session context
 *
 * Who is signed in and with which role, so pages can hide what a role may not open (the server still
 * enforces it). Holds the CSRF token for state-changing requests.
 */
import { createContext, useContext } from 'react';
import type { Role, Session } from '../api/schemas.js';

export interface SessionState {
  readonly session: Session;
  readonly logout: () => void;
}

export const SessionContext = createContext<SessionState | null>(null);

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

/** True when `role` has at least the rights of `min`. */
export function hasRole(role: Role, min: Role): boolean {
  return RANK[role] >= RANK[min];
}

/** The signed-in session; must be inside the signed-in part of the app. */
export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('web/session: useSession outside SessionContext');
  return value;
}
