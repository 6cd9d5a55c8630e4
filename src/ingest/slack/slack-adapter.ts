/**
 * Slack export adapter
 *
 * Reads a standard Slack workspace export (a folder or .zip): `users.json` maps user ids to names and
 * e-mail addresses (a user with an address is identified by it, so Slack activity joins the same
 * person's mail), `channels.json`/`groups.json`/`mpims.json` give each conversation's members (the
 * audience), and `<channel>/<YYYY-MM-DD>.json` hold the messages. Threads become replies, `<@U…>`
 * mentions become mention recipients, join/leave/topic events are kept as automated. Not seekable.
 */
import { normalizeIdentifier, type MessageInput, type Recipient } from '../../shared/message.js';
import { SourceFormatError } from '../../shared/errors.js';
import { readJsonDocument } from '../input/json-document.js';
import type { AdapterContext, AdapterInput, AdapterItem, ByteSource, SourceAdapter } from '../types.js';
import { slackChannelSchema, slackMessageSchema, slackUserSchema, type SlackMessage } from './slack-types.js';

const SERVICE = /^(channel_|group_|bot_add|bot_remove|pinned_item|unpinned_item|tombstone|reminder_add)/;

interface Workspace {
  readonly users: Map<string, { id: string; name: string | undefined }>;
  readonly channels: Map<string, { id: string; members: string[] }>;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

async function readList(file: ByteSource | undefined, ctx: AdapterContext): Promise<unknown[]> {
  if (!file) return [];
  const doc = await readJsonDocument(file, ctx.limits.maxJsonBytes);
  return Array.isArray(doc) ? (doc as unknown[]) : [];
}

async function loadWorkspace(files: readonly ByteSource[], ctx: AdapterContext): Promise<Workspace> {
  const find = (name: string): ByteSource | undefined => files.find((f) => baseName(f.path) === name);
  const users = new Map<string, { id: string; name: string | undefined }>();
  for (const raw of await readList(find('users.json'), ctx)) {
    const u = slackUserSchema.safeParse(raw);
    if (!u.success) continue;
    const email = u.data.profile?.email;
    const id =
      email && email.includes('@') && !u.data.is_bot
        ? normalizeIdentifier('email', email)
        : normalizeIdentifier('slack', u.data.id);
    users.set(u.data.id, { id, name: u.data.real_name || u.data.profile?.real_name || u.data.name });
  }
  const channels = new Map<string, { id: string; members: string[] }>();
  for (const list of ['channels.json', 'groups.json', 'mpims.json', 'dms.json']) {
    for (const raw of await readList(find(list), ctx)) {
      const c = slackChannelSchema.safeParse(raw);
      if (c.success) channels.set(c.data.name ?? c.data.id, { id: c.data.id, members: c.data.members ?? [] });
    }
  }
  return { users, channels };
}

interface ChannelState {
  readonly name: string;
  readonly id: string;
  readonly audience: string[];
  /** ts → author identifier, for thread replies. */
  readonly authors: Map<string, string>;
}

function userId(ws: Workspace, uid: string | undefined): string | undefined {
  if (!uid) return undefined;
  return ws.users.get(uid)?.id ?? normalizeIdentifier('slack', uid);
}

function mentions(ws: Workspace, text: string): Recipient[] {
  const out: Recipient[] = [];
  for (const m of text.matchAll(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g)) {
    const id = userId(ws, m[1]);
    if (id) out.push({ id, role: 'mention' });
  }
  return out;
}

/** Slack markup to plain text: user mentions become names, links their labels. */
function plainText(ws: Workspace, text: string): string {
  return text
    .replace(
      /<@([A-Z0-9]+)(?:\|([^>]*))?>/g,
      (_m, id: string, label?: string) => `@${label ?? ws.users.get(id)?.name ?? id}`,
    )
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<!(channel|here|everyone)>/g, '@$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function toMessage(
  ws: Workspace,
  ch: ChannelState,
  m: SlackMessage,
  file: string,
  record: number,
): MessageInput | undefined {
  const author = m.subtype === 'file_comment' ? m.comment?.user : m.user;
  const sender = userId(ws, author) ?? (m.bot_id ? normalizeIdentifier('slack', m.bot_id) : undefined);
  if (!sender) return undefined;
  const seconds = Number(m.ts);
  if (!Number.isFinite(seconds)) return undefined;
  const text = m.subtype === 'file_comment' ? (m.comment?.comment ?? m.text ?? '') : (m.text ?? '');
  const recipients: Recipient[] = [];
  const seen = new Set<string>([sender]);
  const push = (r: Recipient): void => {
    if (seen.has(`${r.role}|${r.id}`) || r.id === sender) return;
    seen.add(`${r.role}|${r.id}`);
    recipients.push(r);
  };
  for (const a of ch.audience) push({ id: a, role: 'member' });
  const isReply = m.thread_ts !== undefined && m.thread_ts !== m.ts;
  const parent = isReply ? (userId(ws, m.parent_user_id) ?? ch.authors.get(m.thread_ts ?? '')) : undefined;
  if (parent) push({ id: parent, role: 'reply' });
  for (const r of mentions(ws, text)) push(r);
  const name = (author ? ws.users.get(author)?.name : undefined) ?? m.username;
  return {
    key: `slack:${ch.id}:${m.ts}`,
    source: { file, record },
    channel: 'chat',
    conversation: `slack:${ch.name}`,
    timestamp: Math.round(seconds * 1000),
    sender: name ? { id: sender, name } : { id: sender },
    recipients,
    threadKey: `slack:${ch.id}:${m.thread_ts ?? m.ts}`,
    inReplyTo: isReply ? `slack:${ch.id}:${m.thread_ts ?? ''}` : undefined,
    text: plainText(ws, text),
    attachmentCount: (m.files?.length ?? 0) + (m.file ? 1 : 0),
    isAutomated: SERVICE.test(m.subtype ?? '') || m.subtype === 'bot_message',
  };
}

async function* readSlack(input: AdapterInput, ctx: AdapterContext): AsyncGenerator<AdapterItem> {
  const ws = await loadWorkspace(input.files, ctx);
  const states = new Map<string, ChannelState>();
  for (const file of input.files) {
    const m = /([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/.exec(file.path);
    if (!m) continue;
    const name = m[1] ?? '';
    let ch = states.get(name);
    if (!ch) {
      const info = ws.channels.get(name);
      ch = {
        name,
        id: info?.id ?? name,
        audience: (info?.members ?? []).map((u) => userId(ws, u) ?? u),
        authors: new Map(),
      };
      states.set(name, ch);
    }
    let day: unknown;
    try {
      day = await readJsonDocument(file, ctx.limits.maxJsonBytes);
    } catch (err) {
      if (!(err instanceof SourceFormatError)) throw err;
      yield { kind: 'skip', source: err.position, reason: 'invalid-json', detail: err.message, resume: 0 };
      continue;
    }
    const list = Array.isArray(day) ? day : [];
    for (let i = 0; i < list.length; i++) {
      const parsed = slackMessageSchema.safeParse(list[i]);
      const source = { file: file.path, record: i };
      if (!parsed.success) {
        yield {
          kind: 'skip',
          source,
          reason: 'invalid-message',
          detail: parsed.error.issues[0]?.message ?? 'not a message',
          resume: 0,
        };
        continue;
      }
      const msg = toMessage(ws, ch, parsed.data, file.path, i);
      if (!msg) {
        yield {
          kind: 'skip',
          source,
          reason: 'missing-sender',
          detail: `message ${parsed.data.ts} has no user`,
          resume: 0,
        };
        continue;
      }
      ch.authors.set(parsed.data.ts, msg.sender.id);
      yield { kind: 'message', message: msg, resume: 0 };
    }
  }
}

export const slackAdapter: SourceAdapter = {
  name: 'slack',
  input: 'tree',
  seekable: false,
  detect: () => 0,
  read: (input, ctx) => readSlack(input, ctx),
};
