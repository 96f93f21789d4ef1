/** The closed list of error codes every command may answer with, and the answer envelope. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED_OUT',
  'INSUFFICIENT_STOCK',
  'UNBALANCED',
  'READ_ONLY',
  'STORAGE_FULL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: ValidationIssue[];
  /** Machine-readable details a screen may show (e.g. when a lockout ends). */
  details?: Record<string, string | number>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED_OUT: 429,
  INSUFFICIENT_STOCK: 409,
  UNBALANCED: 400,
  READ_ONLY: 503,
  STORAGE_FULL: 507,
  INTERNAL: 500,
};
