/**
 * Mail addresses
 *
 * Parses address-list headers (`"Иванова М." <ivanova@ozersk.ru>, b@c.ru (Bob), Group: a@b;`) into
 * display names and normalized `email:` identifiers. Tolerant of the broken forms real archives hold
 * (unquoted commas in names, bare local parts, Exchange X.500 paths).
 */
import { normalizeIdentifier, type Participant } from '../../shared/message.js';
import { decodeEncodedWords } from './encoded-words.js';

/** Splits on commas that are outside quotes, angle brackets and comments. */
function splitList(value: string): string[] {
  const out: string[] = [];
  let depthParen = 0;
  let inQuote = false;
  let inAngle = false;
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && inQuote) {
      cur += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"' && depthParen === 0) inQuote = !inQuote;
    else if (!inQuote && c === '(') depthParen++;
    else if (!inQuote && c === ')' && depthParen > 0) depthParen--;
    else if (!inQuote && depthParen === 0 && c === '<') inAngle = true;
    else if (!inQuote && depthParen === 0 && c === '>') inAngle = false;
    if ((c === ',' || c === ';') && !inQuote && !inAngle && depthParen === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

function cleanName(name: string): string | undefined {
  const n = decodeEncodedWords(name.trim().replace(/^"|"$/g, '').replace(/\\(.)/g, '$1'))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'|'$/g, '');
  return n.length ? n : undefined;
}

/** Parses one mailbox; returns undefined for empty or address-less entries. */
export function parseMailbox(entry: string): Participant | undefined {
  let e = entry.trim();
  const group = /^[^"<]*:\s*/.exec(e);
  if (group && !e.slice(0, group[0].length).includes('@')) e = e.slice(group[0].length);
  if (!e) return undefined;
  const angle = /<([^>]*)>/.exec(e);
  let addr: string;
  let name: string | undefined;
  if (angle) {
    addr = (angle[1] ?? '').trim();
    name = cleanName(e.slice(0, angle.index) + e.slice(angle.index + angle[0].length));
  } else {
    const comment = /\(([^)]*)\)/.exec(e);
    name = comment ? cleanName(comment[1] ?? '') : undefined;
    // Mailing-list archives obfuscate addresses as "user at example.org".
    addr = e
      .replace(/\([^)]*\)/g, '')
      .trim()
      .replace(/^(\S+) at (\S+\.\S+)$/, '$1@$2');
    if (addr.includes(' ') && !addr.includes('@')) return undefined;
    if (addr.includes(' ')) addr = addr.split(/\s+/).find((t) => t.includes('@')) ?? addr;
  }
  addr = addr.replace(/^mailto:/i, '').replace(/^['"]|['"]$/g, '');
  if (!addr || /\s/.test(addr) || addr.length > 320) return undefined;
  const id = normalizeIdentifier('email', addr);
  return name && name.toLowerCase() !== addr.toLowerCase() ? { id, name } : { id };
}

/** Parses an address-list header value into participants, dropping duplicates. */
export function parseAddressList(value: string | undefined): Participant[] {
  if (!value) return [];
  const seen = new Set<string>();
  const out: Participant[] = [];
  for (const entry of splitList(value)) {
    const p = parseMailbox(entry);
    if (!p || seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(p);
  }
  return out;
}
