/**
 * Chat generation context
 *
 * Shared state of the chat scenarios: who is in which chat at a given moment (late joiners, the
 * planted group merge), who is still active, and `emit`, which records one message.
 */
import { pick, type Rng } from '../shared/rng.js';
import type { Calendar } from './calendar.js';
import type { Chat, ChatEvent, Org, Person, PersonId, PlantedChange, TextPart } from './types.js';

export interface ChatContext {
  readonly rng: Rng;
  readonly org: Org;
  readonly cal: Calendar;
  readonly chats: readonly Chat[];
  readonly byKey: ReadonlyMap<string, Chat>;
  readonly events: ChatEvent[];
  /** chatKey → personId → time the person joined (absent: member from the start). */
  readonly joinedAt: Map<string, Map<PersonId, number>>;
  readonly owner: PersonId;
  readonly change: PlantedChange | undefined;
  readonly changeTime: number;
  nextKey: number;
}

export function createChatContext(
  rng: Rng,
  org: Org,
  cal: Calendar,
  chats: readonly Chat[],
  owner: PersonId,
  change: PlantedChange | undefined,
  changeTime: number,
): ChatContext {
  return {
    rng,
    org,
    cal,
    chats,
    byKey: new Map(chats.map((c) => [c.key, c])),
    events: [],
    joinedAt: new Map(),
    owner,
    change,
    changeTime,
    nextKey: 0,
  };
}

export function chatPerson(ctx: ChatContext, id: PersonId): Person {
  return ctx.org.byId.get(id) as Person;
}

function mergedFrom(ctx: ChatContext, chat: Chat): Chat | undefined {
  if (!ctx.change || chat.groupId !== ctx.change.mergedGroups[1]) return undefined;
  return ctx.byKey.get(`grp-${ctx.change.mergedGroups[0]}`);
}

/** Members of `chat` at time `t` who can write (joined, not silent). */
export function membersAt(ctx: ChatContext, chat: Chat, t: number): PersonId[] {
  const joined = ctx.joinedAt.get(chat.key);
  let ids = chat.members.filter((id) => (joined?.get(id) ?? 0) <= t);
  const source = t >= ctx.changeTime ? mergedFrom(ctx, chat) : undefined;
  if (source) ids = [...new Set([...ids, ...source.members])];
  return ids.filter((id) => {
    const p = chatPerson(ctx, id);
    return p.silentFrom === undefined || t < p.silentFrom;
  });
}

/** Where a conversation started in `chat` at `t` actually happens (a merged group moves). */
export function routeChat(ctx: ChatContext, chat: Chat, t: number): Chat {
  if (!ctx.change || t < ctx.changeTime || chat.groupId !== ctx.change.mergedGroups[0]) return chat;
  return ctx.byKey.get(`grp-${ctx.change.mergedGroups[1]}`) ?? chat;
}

export interface EmitOptions {
  readonly chat: Chat;
  readonly time: number;
  readonly senderId: PersonId;
  readonly parts: TextPart[];
  readonly topic: string;
  readonly replyTo?: ChatEvent;
  readonly forwardedFromId?: PersonId;
  readonly photo?: { readonly width: number; readonly height: number };
}

/** Records a message; about 4% are edited a few minutes later. */
export function emit(ctx: ChatContext, o: EmitOptions): ChatEvent {
  const edited = ctx.rng() < 0.04 ? 60_000 + Math.floor(ctx.rng() * 540_000) : undefined;
  // NOTE: after a planted merge, late messages of the old chat land in the merged one (unthreaded).
  const chat = routeChat(ctx, o.chat, o.time);
  const ev: ChatEvent = {
    key: ctx.nextKey++,
    chatKey: chat.key,
    time: o.time,
    kind: 'message',
    senderId: o.senderId,
    replyTo: o.replyTo?.chatKey === chat.key ? o.replyTo.key : undefined,
    forwardedFromId: o.forwardedFromId,
    parts: o.parts,
    topic: o.topic,
    editedAfterMs: edited,
    photo: o.photo,
    action: undefined,
    actionMembers: [],
  };
  ctx.events.push(ev);
  return ev;
}

/** Records a service message (group created, members invited...). */
export function emitService(
  ctx: ChatContext,
  chat: Chat,
  time: number,
  actor: PersonId,
  action: NonNullable<ChatEvent['action']>,
  members: PersonId[],
): void {
  ctx.events.push({
    key: ctx.nextKey++,
    chatKey: chat.key,
    time,
    kind: 'service',
    senderId: actor,
    replyTo: undefined,
    forwardedFromId: undefined,
    parts: [],
    topic: 'service',
    editedAfterMs: undefined,
    photo: undefined,
    action,
    actionMembers: members,
  });
}

/** A mention of `p`: `@handle` when they have one, else a mention by name. */
export function mentionOf(p: Person): TextPart {
  return p.handle ? { kind: 'mention', personId: p.id } : { kind: 'mention_name', personId: p.id };
}

/** Picks a member other than `not`, preferring `prefer` when given and non-empty. */
export function pickMember(
  rng: Rng,
  ids: readonly PersonId[],
  not: PersonId,
  prefer?: readonly PersonId[],
): PersonId | undefined {
  const pool = prefer && prefer.length > 0 && rng() < 0.6 ? prefer : ids;
  const options = pool.filter((id) => id !== not);
  return options.length > 0 ? pick(rng, options) : undefined;
}
