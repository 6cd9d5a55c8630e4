/**
 * Mattermost bulk-export adapter
 *
 * Reads a Mattermost bulk export (JSONL: a `version` line, then `team`, `channel`, `user`, `post`,
 * `direct_channel`, `direct_post` lines). Users with an e-mail address are identified by it;
 * channel audiences come from the users' channel memberships; replies nested in a post become
 * messages replying to it; `@username` mentions become mention recipients. Not seekable.
 */
import { normalizeIdentifier, type MessageInput, type Recipient } from '../../shared/message.js';
import { readLines } from '../input/lines.js';
import type { AdapterContext, AdapterInput, AdapterItem, Probe, SourceAdapter } from '../types.js';
import { mattermostLineSchema, type MattermostPost } from './mattermost-types.js';

interface State {
  readonly users: Map<string, string>;
  readonly members: Map<string, Set<string>>;
}

function uid(s: State, username: string | undefined): string | undefined {
  if (!username) return undefined;
  return s.users.get(username) ?? normalizeIdentifier('mattermost', username);
}

function mentionsIn(s: State, text: string): Recipient[] {
  const out: Recipient[] = [];
  for (const m of text.matchAll(/(?:^|\s)@([a-z0-9._-]+)/gi)) {
    const name = (m[1] ?? '').replace(/[.]+$/, '').toLowerCase();
    if (['all', 'channel', 'here'].includes(name)) continue;
    const id = uid(s, name);
    if (id) out.push({ id, role: 'mention' });
  }
  return out;
}

function buildMessage(
  s: State,
  p: { user?: string | undefined; message?: string | undefined; create_at?: number | undefined },
  where: {
    conversation: string;
    audience: readonly string[];
    parent?: { key: string; author: string } | undefined;
  },
  file: string,
  line: number,
): MessageInput | undefined {
  const sender = uid(s, p.user);
  if (!sender || p.create_at === undefined) return undefined;
  const recipients: Recipient[] = [];
  const seen = new Set<string>();
  const push = (r: Recipient): void => {
    if (r.id === sender || seen.has(`${r.role}|${r.id}`)) return;
    seen.add(`${r.role}|${r.id}`);
    recipients.push(r);
  };
  for (const a of where.audience) push({ id: a, role: 'member' });
  if (where.parent) push({ id: where.parent.author, role: 'reply' });
  for (const r of mentionsIn(s, p.message ?? '')) push(r);
  const key = `mattermost:${where.conversation}:${p.create_at}:${p.user ?? ''}`;
  return {
    key,
    source: { file, line },
    channel: 'chat',
    conversation: `mattermost:${where.conversation}`,
    timestamp: p.create_at,
    sender: { id: sender, name: p.user },
    recipients,
    threadKey: where.parent?.key ?? key,
    inReplyTo: where.parent?.key,
    text: p.message ?? '',
  };
}

function* postItems(
  s: State,
  post: MattermostPost,
  conversation: string,
  audience: readonly string[],
  file: string,
  line: number,
): Generator<AdapterItem> {
  const root = buildMessage(s, post, { conversation, audience }, file, line);
  if (!root) {
    yield {
      kind: 'skip',
      source: { file, line },
      reason: 'missing-sender',
      detail: 'post without user or create_at',
      resume: 0,
    };
    return;
  }
  yield { kind: 'message', message: root, resume: 0 };
  for (const r of post.replies ?? []) {
    const reply = buildMessage(
      s,
      r,
      { conversation, audience, parent: { key: root.key, author: root.sender.id } },
      file,
      line,
    );
    if (reply) yield { kind: 'message', message: reply, resume: 0 };
  }
}

async function* readMattermost(input: AdapterInput, ctx: AdapterContext): AsyncGenerator<AdapterItem> {
  const file = input.files[0];
  if (!file) return;
  const s: State = { users: new Map(), members: new Map() };
  for await (const l of readLines(file.stream(0), ctx.limits.maxLineBytes)) {
    const text = l.bytes.toString('utf8').trim();
    if (!text) continue;
    const source = { file: file.path, line: l.number };
    let parsed;
    try {
      parsed = mattermostLineSchema.safeParse(JSON.parse(text));
    } catch (err) {
      yield {
        kind: 'skip',
        source,
        reason: 'invalid-json',
        detail: (err as Error).message.slice(0, 200),
        resume: 0,
      };
      continue;
    }
    if (!parsed.success) {
      yield {
        kind: 'skip',
        source,
        reason: 'invalid-record',
        detail: parsed.error.issues[0]?.message ?? 'not a bulk-export line',
        resume: 0,
      };
      continue;
    }
    const rec = parsed.data;
    if (rec.type === 'user' && rec.user) {
      const u = rec.user;
      const id = u.email?.includes('@')
        ? normalizeIdentifier('email', u.email)
        : normalizeIdentifier('mattermost', u.username);
      s.users.set(u.username.toLowerCase(), id);
      s.users.set(u.username, id);
      for (const t of u.teams ?? []) {
        for (const c of t.channels ?? []) {
          const key = `${t.name}/${c.name}`;
          const set = s.members.get(key) ?? new Set<string>();
          set.add(id);
          s.members.set(key, set);
        }
      }
    } else if (rec.type === 'post' && rec.post) {
      const conv = `${rec.post.team ?? ''}/${rec.post.channel ?? ''}`;
      yield* postItems(s, rec.post, conv, [...(s.members.get(conv) ?? [])], file.path, l.number);
    } else if (rec.type === 'direct_post' && rec.direct_post) {
      const members = (rec.direct_post.channel_members ?? []).map((m) => uid(s, m) ?? m);
      const conv = `dm/${[...(rec.direct_post.channel_members ?? [])].sort().join(',')}`;
      yield* postItems(s, rec.direct_post, conv, members, file.path, l.number);
    }
  }
}

function detectMattermost(probe: Probe): number {
  const first = probe.text.split('\n', 1)[0] ?? '';
  return /"type"\s*:\s*"version"/.test(first) && /"version"\s*:\s*\d/.test(first) ? 0.95 : 0;
}

export const mattermostAdapter: SourceAdapter = {
  name: 'mattermost',
  input: 'file',
  seekable: false,
  detect: detectMattermost,
  read: (input, ctx) => readMattermost(input, ctx),
};
