/**
 * Nominations of a workspace
 *
 * Reads the stored survey nominations and the latest analysis run and reports the nominated leaders
 * beside the computed ones, or re-ranks the computed leaders with nominations blended in.
 */
import type { Store } from '../store/index.js';
import { loadAnalysis } from './load.js';
import {
  blendWithNominations,
  compareNominations,
  nominationScores,
  type BlendedPerson,
  type NominationOverlap,
} from './nominations.js';
import type { PersonResult } from './types.js';

export interface NominatedLeader {
  readonly id: string;
  readonly label: string;
  readonly nominations: number;
  readonly pagerank: number;
  readonly nominatedRank: number;
  readonly computedRank: number;
}

export interface NominationReport {
  readonly runId: number;
  readonly survey: {
    readonly nominations: number;
    readonly respondents: number;
    readonly nominees: number;
    readonly staff: number;
    /** Respondents ÷ staff. */
    readonly responseRate: number;
    readonly questions: readonly { readonly question: string; readonly nominations: number }[];
  };
  readonly nominated: readonly NominatedLeader[];
  readonly overlap: NominationOverlap;
}

export async function workspaceNominations(
  store: Store,
  options: { readonly k: number; readonly question?: string | undefined },
): Promise<NominationReport> {
  const [analysis, nominations, people] = await Promise.all([
    loadAnalysis(store),
    store.listNominations(),
    store.listPeople(),
  ]);
  const ids = analysis.people.map((p) => p.id);
  const scores = nominationScores(nominations, ids, options);
  const byId = new Map(analysis.people.map((p) => [p.id, p]));
  const index = new Map(ids.map((id, i) => [id, i]));
  const questions = new Map<string, number>();
  for (const n of nominations) questions.set(n.question, (questions.get(n.question) ?? 0) + 1);
  const respondents = new Set(nominations.map((n) => n.respondent)).size;
  const staff = people.filter((p) => p.kind === 'staff').length;
  const nominated = scores.ranked
    .slice(0, options.k)
    .filter((id) => scores.inDegree[index.get(id)!] > 0)
    .map((id, r) => ({
      id,
      label: byId.get(id)?.label ?? id,
      nominations: scores.inDegree[index.get(id)!],
      pagerank: scores.pagerank[index.get(id)!],
      nominatedRank: r + 1,
      computedRank: byId.get(id)?.rank ?? ids.length + 1,
    }));
  return {
    runId: analysis.runId,
    survey: {
      nominations: nominations.length,
      respondents,
      nominees: new Set(nominations.map((n) => n.nominee)).size,
      staff,
      responseRate: staff ? respondents / staff : 0,
      questions: [...questions.entries()]
        .map(([question, count]) => ({ question, nominations: count }))
        .sort((a, b) => b.nominations - a.nominations || a.question.localeCompare(b.question)),
    },
    nominated,
    overlap: compareNominations(analysis.people, scores, options.k),
  };
}

/** The analysed people re-ranked with nominations blended in at weight `w`. */
export async function blendedLeaders(
  store: Store,
  w: number,
): Promise<{ runId: number; people: (PersonResult & { blend: BlendedPerson })[] }> {
  const [analysis, nominations] = await Promise.all([loadAnalysis(store), store.listNominations()]);
  const scores = nominationScores(
    nominations,
    analysis.people.map((p) => p.id),
  );
  const byId = new Map(analysis.people.map((p) => [p.id, p]));
  const people = blendWithNominations(analysis.people, scores, w).map((b) => ({
    ...byId.get(b.id)!,
    blend: b,
  }));
  return { runId: analysis.runId, people };
}
