/** Errors a service throws on purpose; anything else is answered as INTERNAL. */
import type { ErrorBody, ErrorCode, ValidationIssue } from '../../src-shared/errors';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: ValidationIssue[]; details?: Record<string, string | number> } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

/**
 * Returned (not thrown) by a handler whose failure must still be recorded: a wrong PIN is
 * refused, yet the failed attempt and a lockout must be committed and audited.
 */
export class CommandFailure {
  constructor(readonly error: AppError) {}
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
