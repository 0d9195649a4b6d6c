/**
 * Exponential backoff for store statements. Only failures marked `retriable` (connection
 * refused or reset, timeouts, "too many parts", memory pressure) are retried; a syntax error or
 * a refused type is final on the first attempt. The last error is rethrown with the attempt
 * count in its message, so a user sees both what failed and that retrying did not help.
 */
import { ReplayError, errorMessage, isReplayError } from '../errors.js';

export interface RetryOptions {
  /**
   * Total attempts, the first included.
   * @default 5
   */
  readonly attempts?: number;
  /**
   * Delay before the second attempt, doubled for each further one.
   * @default 200
   */
  readonly initialDelayMs?: number;
  /**
   * Upper bound of one delay.
   * @default 5000
   */
  readonly maxDelayMs?: number;
  /** Waits `ms`; injectable so tests need not sleep. @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told about each failed attempt that will be retried. @default none */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

export async function retrying<T>(
  what: string,
  fn: () => Promise<T>,
  opts: RetryOptions = {},
): Promise<T> {
  const attempts = Math.max(1, opts.attempts ?? 5);
  const sleep = opts.sleep ?? defaultSleep;
  let delay = opts.initialDelayMs ?? 200;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const retriable = isReplayError(e) && e.retriable;
      if (!retriable) throw e;
      if (attempt >= attempts) {
        throw new ReplayError(
          'RPL_SINK',
          `${what} failed after ${attempt} attempts: ${errorMessage(e)}`,
          {
            cause: e,
            retriable: true,
            details: isReplayError(e) ? e.details : {},
          },
        );
      }
      opts.onRetry?.(e, attempt, delay);
      await sleep(delay);
      delay = Math.min(delay * 2, opts.maxDelayMs ?? 5000);
    }
  }
}
