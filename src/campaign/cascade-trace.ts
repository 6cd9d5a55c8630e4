/**
 * Campaign cascade tracing
 *
 * Follows the campaign's own message through the data: every message carrying the campaign's
 * markers (a topic hit) is linked to the earlier marked message it most plausibly came from — the
 * message it replies to, else (for a forward) the original author's latest marked message, else the
 * latest marked message its sender received or was @mentioned in. The links form trees; each tree's
 * root is a message nobody passed on to its sender. Trees rooted at an ambassador's message are that
 * ambassador's cascades, reported with size, depth (longest chain) and breadth (most messages at one
 * depth).
 *
 * References:
 * - J. Leskovec, L. Adamic, B. Huberman, "The dynamics of viral marketing", ACM TWEB 2007
 *   (cascade trees, depth and breadth).
 *
 * Notes:
 * - Links are inferred from time order and addressing, not proven: a person may have heard the
 *   message elsewhere. Messages in the same millisecond are ordered by key.
 * - Complexity O(messages + recipients) with hash maps (this is not a hot loop).
 */
import type { TopicMessage } from '../store/index.js';

export type LinkKind = 'root' | 'reply' | 'forward' | 'mention' | 'received';

export interface CascadeStats {
  /** Person id of the root message's sender ('' when unresolved). */
  readonly root: string;
  readonly rootKey: string;
  readonly messages: number;
  readonly depth: number;
  readonly breadth: number;
  /** Distinct people who sent or received a message of the cascade. */
  readonly people: number;
  readonly links: Readonly<Record<Exclude<LinkKind, 'root'>, number>>;
}

export interface AmbassadorCascades {
  readonly ambassador: string;
  readonly cascades: number;
  readonly messages: number;
  readonly maxDepth: number;
  readonly maxBreadth: number;
  /** People reached, summed over the ambassador's cascades. */
  readonly people: number;
}

export interface CascadeTrace {
  readonly messages: number;
  readonly cascades: readonly CascadeStats[];
  readonly byAmbassador: readonly AmbassadorCascades[];
  /** Marked messages in trees not rooted at an ambassador (formal channels, organic talk). */
  readonly otherMessages: number;
}

interface Node {
  readonly m: TopicMessage;
  readonly parent: number;
  readonly kind: LinkKind;
  readonly depth: number;
  readonly root: number;
}

function linkParents(messages: readonly TopicMessage[]): Node[] {
  const byKey = new Map<string, number>();
  const lastSent = new Map<string, number>();
  const lastReceived = new Map<string, { i: number; mention: boolean }>();
  const nodes: Node[] = [];
  messages.forEach((m, i) => {
    let parent = -1;
    let kind: LinkKind = 'root';
    const replyTo = m.inReplyTo ? byKey.get(m.inReplyTo) : undefined;
    const fromAuthor = m.forwardedFromPersonId ? lastSent.get(m.forwardedFromPersonId) : undefined;
    const heard = m.senderPersonId ? lastReceived.get(m.senderPersonId) : undefined;
    if (replyTo !== undefined) [parent, kind] = [replyTo, 'reply'];
    else if (m.isForward && fromAuthor !== undefined) [parent, kind] = [fromAuthor, 'forward'];
    else if (heard !== undefined) [parent, kind] = [heard.i, heard.mention ? 'mention' : 'received'];
    const p = parent >= 0 ? nodes[parent] : undefined;
    nodes.push({ m, parent, kind, depth: p ? p.depth + 1 : 0, root: p ? p.root : i });
    byKey.set(m.key, i);
    if (m.senderPersonId) lastSent.set(m.senderPersonId, i);
    for (const r of m.recipientPersonIds) lastReceived.set(r, { i, mention: false });
    for (const r of m.mentionPersonIds) lastReceived.set(r, { i, mention: true });
  });
  return nodes;
}

function statsOf(members: readonly Node[]): CascadeStats {
  const people = new Set<string>();
  const perDepth = new Map<number, number>();
  const links = { reply: 0, forward: 0, mention: 0, received: 0 };
  for (const n of members) {
    if (n.m.senderPersonId) people.add(n.m.senderPersonId);
    for (const r of n.m.recipientPersonIds) people.add(r);
    for (const r of n.m.mentionPersonIds) people.add(r);
    perDepth.set(n.depth, (perDepth.get(n.depth) ?? 0) + 1);
    if (n.kind !== 'root') links[n.kind]++;
  }
  const root = members[0];
  return {
    root: root.m.senderPersonId ?? '',
    rootKey: root.m.key,
    messages: members.length,
    depth: Math.max(...perDepth.keys()),
    breadth: Math.max(...perDepth.values()),
    people: people.size,
    links,
  };
}

/** Traces marked messages (oldest first, as `Store.topicMessages` returns them) into cascades. */
export function traceCascades(
  messages: readonly TopicMessage[],
  ambassadors: readonly string[],
): CascadeTrace {
  const sorted = [...messages].sort((a, b) => a.ts - b.ts || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const nodes = linkParents(sorted);
  const trees = new Map<number, Node[]>();
  for (const n of nodes) trees.set(n.root, [...(trees.get(n.root) ?? []), n]);
  const amb = new Set(ambassadors);
  const cascades = [...trees.values()].map(statsOf).sort((a, b) => b.messages - a.messages);
  const byAmbassador = ambassadors.map((a) => {
    const own = cascades.filter((c) => c.root === a);
    return {
      ambassador: a,
      cascades: own.length,
      messages: own.reduce((s, c) => s + c.messages, 0),
      maxDepth: own.reduce((s, c) => Math.max(s, c.depth), 0),
      maxBreadth: own.reduce((s, c) => Math.max(s, c.breadth), 0),
      people: own.reduce((s, c) => s + c.people, 0),
    };
  });
  const otherMessages = cascades.filter((c) => !amb.has(c.root)).reduce((s, c) => s + c.messages, 0);
  return { messages: sorted.length, cascades, byAmbassador, otherMessages };
}
