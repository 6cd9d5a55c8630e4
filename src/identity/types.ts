/**
 * Identity types
 *
 * What identity resolution reads (a staff directory, analyst corrections) and what it reports: how
 * every identifier seen in messages was linked to a person, and what is still uncertain.
 */
import type { IdentityLink, Person, PersonKind } from '../store/index.js';

/** A loaded staff directory: people and the identifiers it assigns them. */
export interface Directory {
  readonly people: Person[];
  readonly links: IdentityLink[];
}

/** One analyst correction from the corrections file. */
export interface Correction {
  readonly identifier: string;
  /** Link the identifier to this person id (a directory id, or a new id for an outside contact). */
  readonly personId?: string | undefined;
  /** Force the kind of the person the identifier belongs to. */
  readonly kind?: PersonKind | undefined;
  readonly name?: string | undefined;
}

export interface ResolveOptions {
  readonly directory?: Directory | undefined;
  readonly corrections?: readonly Correction[] | undefined;
  /** The organization's own mail domains; other domains are external. */
  readonly domains?: readonly string[] | undefined;
}

export interface ResolveSummary {
  readonly identifiers: number;
  readonly byMethod: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, number>>;
}

/** An identifier as seen in messages, with what the store knows about it. */
export interface SeenIdentifier {
  readonly identifier: string;
  readonly name: string | null;
  readonly messages: number;
  readonly sent: number;
  readonly automatedSent: number;
}
