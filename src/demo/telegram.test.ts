// The Telegram export validated against a zod schema of the Telegram Desktop JSON format.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateDemo, type DemoManifest } from './index.js';

const entity = z.union([
  z.object({ type: z.literal('plain'), text: z.string() }).strict(),
  z.object({ type: z.literal('mention'), text: z.string().regex(/^@\w{5,32}$/) }).strict(),
  z.object({ type: z.literal('mention_name'), text: z.string().min(1), user_id: z.number().int() }).strict(),
]);
const text = z.union([z.string(), z.array(z.union([z.string(), entity]))]);
const local = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
const unix = z.string().regex(/^\d{10}$/);
const userId = z.string().regex(/^user\d+$/);

const message = z
  .object({
    id: z.number().int().positive(),
    type: z.literal('message'),
    date: local,
    date_unixtime: unix,
    edited: local.optional(),
    edited_unixtime: unix.optional(),
    from: z.string().min(1),
    from_id: userId,
    forwarded_from: z.string().min(1).optional(),
    reply_to_message_id: z.number().int().positive().optional(),
    photo: z
      .string()
      .regex(/^photos\/photo_\d+@\d\d-\d\d-\d{4}_\d\d-\d\d-\d\d\.jpg$/)
      .optional(),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    text,
    text_entities: z.array(entity),
  })
  .strict();
const service = z
  .object({
    id: z.number().int().positive(),
    type: z.literal('service'),
    date: local,
    date_unixtime: unix,
    actor: z.string().min(1),
    actor_id: userId,
    action: z.enum(['create_group', 'invite_members', 'edit_group_title', 'pin_message']),
    title: z.string().optional(),
    members: z.array(z.string()).optional(),
    text: z.literal(''),
    text_entities: z.array(entity).length(0),
  })
  .strict();
const exportSchema = z.object({
  about: z.string(),
  personal_information: z.object({
    user_id: z.number().int(),
    first_name: z.string(),
    last_name: z.string(),
    phone_number: z.string(),
    username: z.string(),
    bio: z.string(),
  }),
  chats: z.object({
    about: z.string(),
    list: z.array(
      z.object({
        name: z.string().min(1),
        type: z.enum(['private_group', 'private_supergroup', 'personal_chat']),
        id: z.number().int().positive(),
        messages: z.array(z.union([message, service])),
      }),
    ),
  }),
});
type Export = z.infer<typeof exportSchema>;

let root: string;
let manifest: DemoManifest;
let data: Export;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sociogram-tg-'));
  manifest = await generateDemo({ outDir: root, people: 120, seed: 5 });
  data = exportSchema.parse(JSON.parse(await readFile(manifest.files.telegram, 'utf8')));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('Telegram Desktop export', () => {
  it('validates against the export schema and counts every message', () => {
    const total = data.chats.list.reduce((n, c) => n + c.messages.length, 0);
    expect(total).toBe(manifest.counts.chatMessages);
    expect(new Set(data.chats.list.map((c) => c.type))).toEqual(
      new Set(['private_group', 'private_supergroup', 'personal_chat']),
    );
  });

  it('has increasing ids and replies that point to earlier messages of the same chat', () => {
    for (const chat of data.chats.list) {
      const seen = new Set<number>();
      let last = 0;
      for (const m of chat.messages) {
        expect(m.id).toBeGreaterThan(last);
        last = m.id;
        if (m.type === 'message' && m.reply_to_message_id !== undefined)
          expect(seen.has(m.reply_to_message_id)).toBe(true);
        seen.add(m.id);
      }
    }
  });

  it('keeps date (Ozersk local time) and date_unixtime consistent', () => {
    for (const m of data.chats.list.flatMap((c) => c.messages).slice(0, 500)) {
      const utc = Date.parse(`${m.date}+05:00`) / 1000;
      expect(String(utc)).toBe(m.date_unixtime);
    }
  });

  it('contains group chats with replies, forwards, edits, mentions and service messages', () => {
    const all = data.chats.list.flatMap((c) => c.messages);
    const msgs = all.filter((m) => m.type === 'message');
    expect(data.chats.list.filter((c) => c.type !== 'personal_chat').length).toBeGreaterThanOrEqual(8);
    expect(msgs.filter((m) => m.reply_to_message_id !== undefined).length).toBeGreaterThan(msgs.length * 0.3);
    expect(msgs.some((m) => m.forwarded_from !== undefined)).toBe(true);
    expect(msgs.some((m) => m.edited !== undefined)).toBe(true);
    expect(msgs.some((m) => m.photo !== undefined && m.width !== undefined)).toBe(true);
    const types = new Set(msgs.flatMap((m) => m.text_entities.map((e) => e.type)));
    expect(types).toEqual(new Set(['plain', 'mention', 'mention_name']));
    const actions = new Set(all.flatMap((m) => (m.type === 'service' ? [m.action] : [])));
    expect(actions.has('create_group') && actions.has('invite_members')).toBe(true);
  });

  it('writes text entities that spell the text', () => {
    for (const m of data.chats.list.flatMap((c) => c.messages)) {
      if (m.type !== 'message') continue;
      const joined = m.text_entities.map((e) => e.text).join('');
      const flat =
        typeof m.text === 'string'
          ? m.text
          : m.text.map((p) => (typeof p === 'string' ? p : p.text)).join('');
      expect(flat).toBe(joined);
    }
  });
});
