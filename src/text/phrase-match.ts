/**
 * Phrase matching
 *
 * A phrase hits when its words occur in one sentence, in order (or in any order when the phrase is
 * unordered) with at most `maxGap` other words between neighbours. The scanner records an event per
 * word that can belong to a phrase; this resolves the events of one message.
 *
 * Notes:
 * - Ordered phrases count one hit per distinct start word; unordered ones at most one per sentence.
 * - A depth-first search over candidate positions (not a greedy pick) so that "a x a b" with gap 0
 *   still finds "a b".
 */
import type { CompiledPhrase } from './compile-markers.js';

/** Phrase-word events of one message, in token order (struct of arrays). */
export class PhraseEvents {
  phrase: number[] = [];
  elem: number[] = [];
  pos: number[] = [];
  sent: number[] = [];
  seg: number[] = [];

  clear(): void {
    this.seg.length = 0;
    this.phrase.length = 0;
    this.elem.length = 0;
    this.pos.length = 0;
    this.sent.length = 0;
  }

  push(phrase: number, elem: number, pos: number, sent: number, seg: number): void {
    this.seg.push(seg);
    this.phrase.push(phrase);
    this.elem.push(elem);
    this.pos.push(pos);
    this.sent.push(sent);
  }
}

/** A resolved phrase hit: the phrase, its sentence and the positions of its words. */
export interface PhraseHit {
  readonly phrase: number;
  readonly sentence: number;
  /** The sentence part (split at contrast words) of the phrase's first word. */
  readonly segment: number;
  readonly positions: readonly number[];
}

function chain(
  ev: PhraseEvents,
  ids: readonly number[],
  p: CompiledPhrase,
  from: number,
  elem: number,
  acc: number[],
): boolean {
  if (elem === p.size) return true;
  const prev = ev.pos[ids[from]];
  const sent = ev.sent[ids[from]];
  for (let k = from + 1; k < ids.length; k++) {
    const e = ids[k];
    const pos = ev.pos[e];
    if (ev.sent[e] !== sent || pos - prev - 1 > p.maxGap) break;
    if (ev.elem[e] !== elem || pos <= prev) continue;
    acc.push(pos);
    if (chain(ev, ids, p, k, elem + 1, acc)) return true;
    acc.pop();
  }
  return false;
}

function matchOrdered(
  ev: PhraseEvents,
  ids: readonly number[],
  p: CompiledPhrase,
  phrase: number,
  out: PhraseHit[],
): void {
  let lastStart = -1;
  for (let k = 0; k < ids.length; k++) {
    const e = ids[k];
    if (ev.elem[e] !== 0 || ev.pos[e] === lastStart) continue;
    const acc = [ev.pos[e]];
    if (chain(ev, ids, p, k, 1, acc)) {
      lastStart = ev.pos[e];
      out.push({ phrase, sentence: ev.sent[e], segment: ev.seg[e], positions: acc });
    }
  }
}

function matchUnordered(
  ev: PhraseEvents,
  ids: readonly number[],
  p: CompiledPhrase,
  phrase: number,
  out: PhraseHit[],
): void {
  const span = (p.size - 1) * (p.maxGap + 1);
  let doneSentence = -1;
  for (let k = 0; k < ids.length; k++) {
    const e = ids[k];
    const sent = ev.sent[e];
    if (sent === doneSentence) continue;
    const start = ev.pos[e];
    const found = new Map<number, number>();
    for (let j = k; j < ids.length; j++) {
      const f = ids[j];
      if (ev.sent[f] !== sent || ev.pos[f] - start > span) break;
      if (!found.has(ev.elem[f])) found.set(ev.elem[f], ev.pos[f]);
    }
    if (found.size === p.size) {
      doneSentence = sent;
      out.push({
        phrase,
        sentence: sent,
        segment: ev.seg[e],
        positions: [...found.values()].sort((a, b) => a - b),
      });
    }
  }
}

/** Resolves all phrase hits of one message. */
export function resolvePhrases(ev: PhraseEvents, phrases: readonly CompiledPhrase[]): PhraseHit[] {
  if (ev.phrase.length === 0) return [];
  const byPhrase = new Map<number, number[]>();
  for (let i = 0; i < ev.phrase.length; i++) {
    const id = ev.phrase[i];
    const list = byPhrase.get(id);
    if (list) list.push(i);
    else byPhrase.set(id, [i]);
  }
  const out: PhraseHit[] = [];
  for (const [id, ids] of byPhrase) {
    const p = phrases[id];
    if (p.ordered) matchOrdered(ev, ids, p, id, out);
    else matchUnordered(ev, ids, p, id, out);
  }
  return out;
}
