/**
 * Telegram chats
 *
 * The chats the export owner (an IT administrator who runs the organization's chats) can see:
 * one chat per department, one per interest group, cross-department project chats, an all-staff
 * announcements supergroup, and the owner's personal chats. Only people with Telegram are members.
 */
import { randomInt, shuffle, type Rng } from '../shared/rng.js';
import type { Chat, ChatKind, Org, Person, PersonId } from './types.js';

function chatType(kind: ChatKind, size: number): Chat['type'] {
  if (kind === 'personal') return 'personal_chat';
  return kind === 'news' || kind === 'group' || size > 30 ? 'private_supergroup' : 'private_group';
}

/** The export owner: an IT specialist who is not a planted role. */
export function chooseOwner(org: Org): Person {
  const it = org.departments.find((d) => d.slug === 'it');
  const pool = org.people.filter(
    (p) =>
      p.departmentId === it?.id &&
      p.hub === undefined &&
      !p.isLeader &&
      !p.isNoisy &&
      p.telegramId !== undefined,
  );
  return (
    pool[0] ?? (org.people.find((p) => p.telegramId !== undefined && !p.isLeader && !p.isNoisy) as Person)
  );
}

/** Builds the chat list (member lists include the owner). */
export function buildChats(rng: Rng, org: Org, owner: Person): Chat[] {
  const onTg = (ids: readonly PersonId[]): PersonId[] =>
    ids.filter((id) => org.byId.get(id)?.telegramId !== undefined);
  const chats: Chat[] = [];
  let nextId = 1_700_000_000 + randomInt(rng, 200_000_000);
  const add = (
    key: string,
    name: string,
    kind: ChatKind,
    topic: string,
    ids: readonly PersonId[],
    creator: PersonId,
    groupId?: string,
  ): void => {
    const members = [...new Set([...onTg(ids), owner.id])];
    nextId += 1 + randomInt(rng, 5_000_000);
    chats.push({
      key,
      tgId: nextId,
      name,
      type: chatType(kind, members.length),
      kind,
      topic,
      members,
      creatorId: members.includes(creator) ? creator : owner.id,
      groupId,
    });
  };
  for (const d of org.departments)
    add(`dept-${d.id}`, `${d.name} — рабочий чат`, 'department', 'work', d.members, d.head);
  for (const g of org.groups)
    add(
      `grp-${g.id}`,
      g.name,
      'group',
      g.topic,
      g.members,
      g.members.find((id) => org.byId.get(id)?.isLeader) ?? g.members[0] ?? owner.id,
      g.id,
    );
  for (const p of org.projects)
    add(`prj-${p.id}`, p.name, 'project', p.topic, p.members, p.members[0] ?? owner.id);
  const press = org.people.find((p) => p.hub === 'press') ?? owner;
  add(
    'news',
    'Администрация Озёрска — объявления',
    'news',
    'news',
    org.people.map((p) => p.id),
    press.id,
  );
  const itDept = org.departments.find((d) => d.id === owner.departmentId);
  const friends = shuffle(rng, [...(itDept?.members ?? []), ...owner.contacts]).filter(
    (id) => id !== owner.id,
  );
  for (const id of onTg([...new Set(friends)]).slice(0, 6 + randomInt(rng, 6))) {
    const other = org.byId.get(id) as Person;
    chats.push({
      key: `dm-${id}`,
      tgId: other.telegramId as number,
      name: other.tgName,
      type: 'personal_chat',
      kind: 'personal',
      topic: 'it',
      members: [owner.id, id],
      creatorId: owner.id,
      groupId: undefined,
    });
  }
  return chats;
}
