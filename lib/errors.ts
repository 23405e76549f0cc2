// One error type for everything a domain function refuses. The code maps once to
// an HTTP status (route handlers) and to a socket error ack (realtime); the
// message is written for the person who will read it.
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;
  /** A finer, machine-readable reason within the code, e.g. NOT_YOUR_TURN. */
  readonly reason?: string;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fieldErrors?: FieldErrors; retryAfterSeconds?: number; reason?: string } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.reason = extra.reason;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A shape safe to send to a client: never a stack or an internal message. */
export type ErrorPayload = {
  code: ErrorCode | "INTERNAL";
  message: string;
  fieldErrors?: FieldErrors;
  reason?: string;
};

export function toErrorPayload(error: unknown): ErrorPayload {
  if (isAppError(error)) {
    const payload: ErrorPayload = { code: error.code, message: error.message };
    if (error.fieldErrors) payload.fieldErrors = error.fieldErrors;
    if (error.reason) payload.reason = error.reason;
    return payload;
  }
  return { code: "INTERNAL", message: "Something went wrong on our side. Please try again." };
}
