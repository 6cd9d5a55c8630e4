/**
 * User routes (admin): list, create, change (role, password, disabled) and remove accounts. Changes
 * end the user's sessions and are audited; passwords never appear in responses or the audit log.
 */
import { z } from 'zod';
import { addUser, listUsers, removeUser, ROLES, updateUser } from '../../privacy/index.js';
import type { AnyRouteDef, HandlerContext } from '../types.js';

const createBody = z.object({ username: z.string(), password: z.string(), role: z.enum(ROLES) });
const changeBody = z
  .object({
    role: z.enum(ROLES).optional(),
    password: z.string().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'expected at least one of role, password, disabled');
const userParams = z.object({ username: z.string().min(1).max(64) });

let exampleCounter = 0;
async function exampleUser(dir: string): Promise<string> {
  const username = `example-${process.pid}-${++exampleCounter}`;
  await addUser(dir, { username, password: 'example password 1', role: 'viewer' });
  return username;
}

export const userRoutes: AnyRouteDef[] = [
  {
    method: 'GET',
    url: '/api/users',
    access: 'admin',
    summary: 'List accounts',
    tags: ['admin'],
    handler: (ctx) => Promise.resolve({ items: listUsers(ctx.services.workspace.dir) }),
  },
  {
    method: 'POST',
    url: '/api/users',
    access: 'admin',
    summary: 'Create an account (argon2id password hash)',
    tags: ['admin'],
    body: createBody,
    example: () => ({
      body: {
        username: `new-${process.pid}-${++exampleCounter}`,
        password: 'a long password',
        role: 'viewer',
      },
    }),
    async handler(ctx: HandlerContext<unknown, unknown, z.infer<typeof createBody>>) {
      const user = await addUser(ctx.services.workspace.dir, ctx.body);
      ctx.audit('user-add', user.username, { role: user.role });
      void ctx.reply.status(201);
      return user;
    },
  },
  {
    method: 'PATCH',
    url: '/api/users/:username',
    access: 'admin',
    summary: "Change an account's role, password or disabled flag (ends its sessions)",
    tags: ['admin'],
    params: userParams,
    body: changeBody,
    example: async (s) => ({
      params: { username: await exampleUser(s.workspace.dir) },
      body: { role: 'analyst' },
    }),
    async handler(ctx: HandlerContext<unknown, z.infer<typeof userParams>, z.infer<typeof changeBody>>) {
      const user = await updateUser(ctx.services.workspace.dir, ctx.params.username, ctx.body);
      ctx.services.sessions.revokeUser(user.username);
      const { password, ...rest } = ctx.body;
      ctx.audit('user-change', user.username, { ...rest, passwordChanged: password !== undefined });
      return user;
    },
  },
  {
    method: 'DELETE',
    url: '/api/users/:username',
    access: 'admin',
    summary: 'Remove an account (the last admin cannot be removed)',
    tags: ['admin'],
    params: userParams,
    example: async (s) => ({ params: { username: await exampleUser(s.workspace.dir) } }),
    handler(ctx: HandlerContext<unknown, z.infer<typeof userParams>, unknown>) {
      removeUser(ctx.services.workspace.dir, ctx.params.username);
      ctx.services.sessions.revokeUser(ctx.params.username);
      ctx.audit('user-remove', ctx.params.username);
      return Promise.resolve({ ok: true });
    },
  },
];
