/**
 * One closed list of error codes for the whole engine (platformatic `src/errors.ts`,
 * kafkajs `KafkaJSError { retriable }`). Foreign errors are translated at adapter edges and kept
 * as `cause`.
 */
export const errorCodes = [
  'RPL_PARSE',
  'RPL_CODEC',
  'RPL_LOG_IO',
  'RPL_SINK',
  'RPL_CONFIG',
  'RPL_POLICY',
  'RPL_INPUT',
  'RPL_CAPTURE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ReplayErrorOptions {
  readonly cause?: unknown;
  /** True when retrying the same operation may succeed (broker or server briefly away). */
  readonly retriable?: boolean;
  readonly details?: Readonly<Record<string, unknown>>;
}

export class ReplayError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: ReplayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReplayError';
    this.code = code;
    this.retriable = options.retriable ?? false;
    this.details = options.details ?? {};
  }
}

export function isReplayError(e: unknown): e is ReplayError {
  return e instanceof ReplayError;
}

/** A message for any thrown value, for CLI output. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
