/**
 * Errors
 *
 * One small hierarchy for everything that crosses a stage boundary. The class says what the caller
 * should do; `code` is a stable string tests and surfaces (CLI exit codes, HTTP status) rely on.
 */

export type ErrorCode =
  'INPUT' | 'NOT_FOUND' | 'SOURCE_FORMAT' | 'PRIVACY' | 'INTERNAL' | (string & { readonly __brand?: never });

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Bad arguments or configuration: the user can fix it. CLI exit 2, HTTP 400. */
export class InputError extends AppError {
  constructor(message: string, options?: { cause?: unknown; code?: ErrorCode }) {
    super(options?.code ?? 'INPUT', message, options);
  }
}

/** A named thing does not exist. HTTP 404. */
export class NotFoundError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NOT_FOUND', message, options);
  }
}

/** Where in a source a problem sits: a file plus a byte offset, a line, or a record index. */
export interface SourcePosition {
  readonly file: string;
  readonly offset?: number;
  readonly line?: number;
  readonly record?: number;
}

/** Renders a position as `file:line` or `file@byte` for one-line error messages. */
export function formatPosition(pos: SourcePosition): string {
  if (pos.line !== undefined) return `${pos.file}:${pos.line}`;
  if (pos.offset !== undefined) return `${pos.file}@${pos.offset}`;
  if (pos.record !== undefined) return `${pos.file}#${pos.record}`;
  return pos.file;
}

/** An unreadable source or record. Carries the file and the byte/line position. */
export class SourceFormatError extends AppError {
  readonly position: SourcePosition;
  constructor(position: SourcePosition, message: string, options?: { cause?: unknown; code?: ErrorCode }) {
    super(options?.code ?? 'SOURCE_FORMAT', `${formatPosition(position)}: ${message}`, options);
    this.position = position;
  }
}

/** An operation refused by the privacy policy or by the caller's role. HTTP 403. */
export class PrivacyError extends AppError {
  constructor(message: string, options?: { cause?: unknown; code?: ErrorCode }) {
    super(options?.code ?? 'PRIVACY', message, options);
  }
}

/** A bug: an invariant broke. CLI exit 70 with a "please report" line. */
export class InternalError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INTERNAL', message, options);
  }
}

/** True when `err` is one of ours (as opposed to a thrown library error). */
export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
