/**
 * API client
 *
 * `fetch` with the session cookie, the CSRF token on state-changing requests, JSON in and out, and a
 * zod schema at the boundary: every response is validated before a page sees it.
 */
import type { z } from 'zod';
import { ApiError } from './errors.js';

let csrfToken: string | undefined;

/** Remembers the CSRF token the session endpoint handed out; sent with POST/PUT/PATCH/DELETE. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  /** Raw body (e.g. an uploaded CSV) sent with this content type instead of JSON. */
  readonly raw?: { readonly text: string; readonly type: string };
  readonly signal?: AbortSignal;
}

function buildInit(options: RequestOptions): RequestInit {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (options.raw) {
    headers['content-type'] = options.raw.type;
    body = options.raw.text;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return { method, headers, body, credentials: 'same-origin', signal: options.signal };
}

/** The server's error body: `{ error: { code, message, messageRu } }` (a bare string is accepted too). */
async function readError(response: Response): Promise<ApiError> {
  let message = response.statusText || `HTTP ${response.status}`;
  let code: string | undefined;
  let messageRu: string | undefined;
  try {
    const data = (await response.json()) as { error?: unknown; message?: unknown };
    const error = data.error;
    if (error && typeof error === 'object') {
      const e = error as { code?: unknown; message?: unknown; messageRu?: unknown };
      if (typeof e.message === 'string') message = e.message;
      if (typeof e.code === 'string') code = e.code;
      if (typeof e.messageRu === 'string') messageRu = e.messageRu;
    } else if (typeof error === 'string') message = error;
    else if (typeof data.message === 'string') message = data.message;
  } catch {
    // NOTE: a non-JSON error body keeps the status text.
  }
  return new ApiError(response.status, message, code, undefined, messageRu);
}

/** Sends a request and returns the validated JSON body (`undefined` for 204). */
export async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, buildInit(options));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await readError(response);
  const data: unknown = response.status === 204 ? undefined : await response.json();
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new ApiError(response.status, `${path}: unexpected response at "${where}"`, 'CONTRACT', 'contract');
  }
  return parsed.data;
}
