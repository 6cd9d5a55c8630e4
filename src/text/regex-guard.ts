/**
 * Regular-expression guard
 *
 * User dictionaries may contain regular expressions, and a pattern like `(а+)+б` backtracks
 * exponentially on a long line of "а". Such patterns are rejected at load time with a clear error;
 * what is accepted runs on at most `MAX_REGEX_INPUT` characters of a message.
 *
 * References:
 * - J. Davis et al., "The impact of regular expression denial of service (ReDoS) in practice",
 *   ESEC/FSE 2018 (nested quantifiers and quantified overlapping alternations are the main causes).
 *
 * Notes:
 * - The check is conservative: a repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) may not
 *   contain another quantifier or an alternation, and back-references are not allowed.
 */

/** Characters of a message a dictionary regex is run on at most. */
export const MAX_REGEX_INPUT = 20_000;

interface GroupState {
  quantified: boolean;
  alternation: boolean;
}

/** Length of a quantifier at `i` and whether it repeats (0 when there is none). */
function quantifierAt(p: string, i: number): { len: number; repeats: boolean } {
  const c = p[i];
  if (c === '*' || c === '+') return { len: p[i + 1] === '?' ? 2 : 1, repeats: true };
  if (c === '?') return { len: 1, repeats: false };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(p.slice(i));
    if (!m) return { len: 0, repeats: false };
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    return { len: m[0].length, repeats: max > 1 };
  }
  return { len: 0, repeats: false };
}

/** Index just past a `[...]` character class starting at `i`. */
function skipClass(p: string, i: number): number {
  let j = i + 1;
  while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
  return j + 1;
}

/**
 * Returns why a pattern is unsafe (or `undefined` when it is accepted).
 * @example
 * regexRisk('(а+)+б'); // 'nested quantifier: a repeated group contains a quantifier'
 */
export function regexRisk(pattern: string): string | undefined {
  const stack: GroupState[] = [{ quantified: false, alternation: false }];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      if (/[1-9k]/.test(pattern[i + 1] ?? '')) return 'back-references are not allowed';
      i += 2;
    } else if (c === '[') i = skipClass(pattern, i);
    else if (c === '(') {
      stack.push({ quantified: false, alternation: false });
      const m = /^\(\?(?:[:=!]|<[=!]|<[^>]*>)?/.exec(pattern.slice(i, i + 40));
      i += m ? m[0].length : 1;
      continue;
    } else if (c === ')') {
      const inner = stack.length > 1 ? (stack.pop() as GroupState) : undefined;
      const q = quantifierAt(pattern, i + 1);
      if (inner && q.repeats && inner.quantified)
        return 'nested quantifier: a repeated group contains a quantifier';
      if (inner && q.repeats && inner.alternation) return 'a repeated group contains an alternation (|)';
      const outer = stack[stack.length - 1];
      if (inner && (q.len > 0 || inner.quantified)) outer.quantified = true;
      if (inner?.alternation) outer.alternation = true;
      i += 1 + q.len;
      continue;
    } else {
      if (c === '|') stack[stack.length - 1].alternation = true;
      i++;
    }
    const q = quantifierAt(pattern, i);
    if (q.len > 0) {
      stack[stack.length - 1].quantified = true;
      i += q.len;
    }
  }
  return undefined;
}
