/**
 * Content terms
 *
 * The words and two-word phrases of a message, as lower-case surface forms without stop words,
 * numbers, addresses or links. They are kept per message instead of the text, so keywords of people,
 * groups and periods can be computed later without retaining message bodies.
 */
import { tokenize } from './tokenize.js';

/** At most this many distinct terms are kept per message (the most frequent). */
export const MAX_TERMS_PER_MESSAGE = 40;
const MIN_WORD_LENGTH = 3;

function isContentWord(word: string, stopwords: ReadonlySet<string>): boolean {
  return word.length >= MIN_WORD_LENGTH && !stopwords.has(word) && !/^\d+$/.test(word);
}

/** Creates the term extractor; `stopwords` are lower-case, ё folded to е. */
export function createTermExtractor(
  stopwords: ReadonlySet<string>,
): (text: string) => Record<string, number> {
  return (text) => {
    const counts = new Map<string, number>();
    let prev = '';
    let prevSentence = -1;
    for (const t of tokenize(text)) {
      if (t.kind !== 'word') {
        prev = '';
        continue;
      }
      const w = t.text.toLowerCase().replace(/ё/g, 'е');
      if (!isContentWord(w, stopwords)) {
        prev = '';
        continue;
      }
      counts.set(w, (counts.get(w) ?? 0) + 1);
      if (prev && prevSentence === t.sentence) {
        const bigram = `${prev} ${w}`;
        counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
      }
      prev = w;
      prevSentence = t.sentence;
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return Object.fromEntries(top.slice(0, MAX_TERMS_PER_MESSAGE));
  };
}
