/**
 * Server error handling
 *
 * The one place errors become HTTP responses: InputError and SourceFormatError (an unreadable
 * upload) → 400, UnauthenticatedError → 401,
 * PrivacyError → 403, NotFoundError → 404, rate limits → 429, anything else → 500 with no details.
 * Bodies are `{ error: { code, message, messageRu } }`.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, InputError, NotFoundError, PrivacyError, SourceFormatError } from '../shared/errors.js';

/** No valid session. HTTP 401. */
export class UnauthenticatedError extends AppError {
  constructor(
    message = 'server/auth: sign in first',
    code: 'UNAUTHENTICATED' | 'BAD_LOGIN' = 'UNAUTHENTICATED',
  ) {
    super(code, message);
  }
}

const RU: Record<string, string> = {
  INPUT: 'Неверный запрос',
  UNAUTHENTICATED: 'Требуется вход в систему',
  BAD_LOGIN: 'Неверное имя пользователя или пароль',
  FORBIDDEN: 'Недостаточно прав для этого действия',
  CSRF: 'Запрос отклонён: неверный или отсутствующий CSRF-токен',
  PRIVACY: 'Отказано политикой конфиденциальности',
  REIDENTIFY_DENIED: 'Раскрытие личности доступно только администратору',
  GROUP_TOO_SMALL: 'Группа меньше минимального размера и не показывается',
  LEAK: 'Ответ содержал бы персональные данные и был отклонён',
  NOT_FOUND: 'Не найдено',
  SOURCE_FORMAT: 'Файл не удалось прочитать: проверьте формат и заголовки столбцов',
  RATE_LIMIT: 'Слишком много запросов, повторите позже',
  JOB_RUNNING: 'Уже выполняется другая задача',
  INTERNAL: 'Внутренняя ошибка сервера',
};

function statusOf(err: unknown): number {
  if (err instanceof UnauthenticatedError) return 401;
  // An unreadable upload (an outcome file) is bad input too.
  if (err instanceof InputError || err instanceof SourceFormatError) return 400;
  if (err instanceof PrivacyError) return 403;
  if (err instanceof NotFoundError) return 404;
  const code = (err as FastifyError).statusCode;
  return typeof code === 'number' && code >= 400 && code < 500 ? code : 500;
}

function codeOf(err: unknown, status: number): string {
  if (err instanceof AppError) return err.code;
  if (status === 429) return 'RATE_LIMIT';
  if (status === 404) return 'NOT_FOUND';
  if (status < 500) return (err as FastifyError).code ?? 'INPUT';
  return 'INTERNAL';
}

/** Builds the error body for a status and code. */
export function errorBody(status: number, code: string, message: string): { error: Record<string, string> } {
  const ru = RU[code] ?? (status >= 500 ? RU.INTERNAL : status === 404 ? RU.NOT_FOUND : RU.INPUT);
  return { error: { code, message, messageRu: ru ?? message } };
}

/** The fastify error handler. */
export function handleError(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const status = statusOf(err);
  const code = codeOf(err, status);
  if (status >= 500) request.log.error({ err }, 'request failed');
  const message = status >= 500 ? 'internal server error' : (err as Error).message;
  void reply.status(status).send(errorBody(status, code, message));
}

/** The 404 handler for unknown routes. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .status(404)
    .send(errorBody(404, 'NOT_FOUND', `server: no route ${request.method} ${request.url.split('?')[0]}`));
}
