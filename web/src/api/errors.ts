/**
 * API errors
 *
 * One error type for everything that can go wrong talking to the server: an HTTP status with the
 * server's error code, a network failure (status 0) or a response that does not match the contract.
 */

/** Why a request failed, as the UI needs to explain it. */
export type ApiErrorKind =
  'network' | 'unauthorized' | 'forbidden' | 'not-found' | 'invalid' | 'server' | 'contract';

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;
  readonly code: string | undefined;
  /** The server's Russian wording, when it gave one. */
  readonly messageRu: string | undefined;

  constructor(status: number, message: string, code?: string, kind?: ApiErrorKind, messageRu?: string) {
    super(message);
    this.messageRu = messageRu;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.kind = kind ?? kindOfStatus(status);
  }
}

/** Maps an HTTP status to what the user should do about it. */
export function kindOfStatus(status: number): ApiErrorKind {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

/** True for an `ApiError` (or anything thrown) of the given kind. */
export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind);
}
