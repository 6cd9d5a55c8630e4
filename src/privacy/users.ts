/**
 * Local user accounts
 *
 * `users.json` in the workspace (mode 0600) holds accounts with argon2id password hashes and a role.
 * The file works with every store backend. The first admin is created by `sociogram user add`.
 *
 * Notes:
 * - argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane). A login for an unknown user still runs
 *   one verification so response time does not tell which usernames exist.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { InputError, InternalError, NotFoundError } from '../shared/errors.js';
import { ROLES, type Role } from './types.js';

export const USERS_FILE = 'users.json';
export const MIN_PASSWORD_LENGTH = 10;
const HASH_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const usernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/i, 'expected 2–64 letters, digits, ".", "_" or "-"');
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `expected at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024);

const userSchema = z.object({
  username: usernameSchema,
  role: z.enum(ROLES),
  passwordHash: z.string().startsWith('$argon2id$'),
  createdAt: z.string(),
  updatedAt: z.string(),
  disabled: z.boolean().default(false),
});
const usersFileSchema = z.object({ version: z.literal(1), users: z.array(userSchema) });

export type UserRecord = z.infer<typeof userSchema>;
/** A user as shown to admins: never the hash. */
export type UserInfo = Omit<UserRecord, 'passwordHash'>;

let dummyHash: Promise<string> | undefined;

function readUsers(dir: string): UserRecord[] {
  const file = join(dir, USERS_FILE);
  if (!existsSync(file)) return [];
  const parsed = usersFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new InputError(`privacy/users: ${USERS_FILE} is damaged: ${parsed.error.message}`);
  return parsed.data.users;
}

function writeUsers(dir: string, users: readonly UserRecord[]): void {
  const file = join(dir, USERS_FILE);
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify({ version: 1, users }, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, file);
}

function parseField<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new InputError(`privacy/users: invalid ${field}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  return r.data;
}

async function hashPassword(password: string): Promise<string> {
  const h = await hash(parseField(passwordSchema, password, 'password'), HASH_OPTIONS);
  if (!h.startsWith('$argon2id$'))
    throw new InternalError('privacy/users: argon2 did not produce an argon2id hash');
  return h;
}

function toInfo(u: UserRecord): UserInfo {
  return {
    username: u.username,
    role: u.role,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
    disabled: u.disabled,
  };
}

/** Lists accounts (without hashes). */
export function listUsers(dir: string): UserInfo[] {
  return readUsers(dir).map(toInfo);
}

/** Creates an account; the username must be new. */
export async function addUser(
  dir: string,
  input: { username: string; password: string; role: Role },
): Promise<UserInfo> {
  const username = parseField(usernameSchema, input.username, 'username');
  const users = readUsers(dir);
  if (users.some((u) => u.username === username)) {
    throw new InputError(`privacy/users: user "${username}" already exists`, { code: 'USER_EXISTS' });
  }
  const now = new Date().toISOString();
  const user: UserRecord = {
    username,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    createdAt: now,
    updatedAt: now,
    disabled: false,
  };
  writeUsers(dir, [...users, user]);
  return toInfo(user);
}

/** Changes role, password or the disabled flag of an account. */
export async function updateUser(
  dir: string,
  username: string,
  change: { role?: Role | undefined; password?: string | undefined; disabled?: boolean | undefined },
): Promise<UserInfo> {
  const users = readUsers(dir);
  const user = users.find((u) => u.username === username);
  if (!user) throw new NotFoundError(`privacy/users: no user "${username}"`);
  const next: UserRecord = {
    ...user,
    role: change.role ?? user.role,
    disabled: change.disabled ?? user.disabled,
    passwordHash: change.password !== undefined ? await hashPassword(change.password) : user.passwordHash,
    updatedAt: new Date().toISOString(),
  };
  assertAdminLeft(users.map((u) => (u === user ? next : u)));
  writeUsers(
    dir,
    users.map((u) => (u === user ? next : u)),
  );
  return toInfo(next);
}

/** Removes an account; the last active admin cannot be removed. */
export function removeUser(dir: string, username: string): void {
  const users = readUsers(dir);
  if (!users.some((u) => u.username === username))
    throw new NotFoundError(`privacy/users: no user "${username}"`);
  const rest = users.filter((u) => u.username !== username);
  assertAdminLeft(rest);
  writeUsers(dir, rest);
}

function assertAdminLeft(users: readonly UserRecord[]): void {
  if (!users.some((u) => u.role === 'admin' && !u.disabled)) {
    throw new InputError('privacy/users: at least one active admin must remain', { code: 'LAST_ADMIN' });
  }
}

/** Checks a password; returns the account when it matches and is active, otherwise null. */
export async function verifyLogin(dir: string, username: string, password: string): Promise<UserInfo | null> {
  const user = readUsers(dir).find((u) => u.username === username);
  if (!user) {
    dummyHash ??= hash('sociogram-dummy-password', HASH_OPTIONS);
    await verify(await dummyHash, password);
    return null;
  }
  const ok = await verify(user.passwordHash, password);
  return ok && !user.disabled ? toInfo(user) : null;
}
