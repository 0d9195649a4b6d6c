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
   * @default unlimited (the budget decides)
   */
  readonly attempts?: number;
  /**
   * Longest total wait between attempts before giving up: long enough for a ClickHouse server
   * restart (a few seconds of 5 attempts was not). 0 = no retry.
   * @default 60000
   */
  readonly budgetMs?: number;
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
  /**
   * Told about each failed attempt that will be retried, with the wait so far and the budget
   * (for a progress line). @default none
   */
  readonly onRetry?: (
    error: unknown,
    attempt: number,
    delayMs: number,
    waited: { readonly ms: number; readonly budgetMs: number },
  ) => void;
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
  const attempts = Math.max(1, opts.attempts ?? Number.POSITIVE_INFINITY);
  const budgetMs = Math.max(0, opts.budgetMs ?? 60_000);
  const sleep = opts.sleep ?? defaultSleep;
  let delay = opts.initialDelayMs ?? 200;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const retriable = isReplayError(e) && e.retriable;
      if (!retriable) throw e;
      // The last wait is cut to what is left of the budget, so the whole budget is used.
      const wait = Math.min(delay, budgetMs - waited);
      if (attempt >= attempts || wait <= 0) {
        const over = attempt >= attempts ? '' : ` over ${(waited / 1000).toFixed(1)} s`;
        throw new ReplayError(
          'RPL_SINK',
          `${what} failed after ${attempt} attempts${over}: ${errorMessage(e)}`,
          {
            cause: e,
            retriable: true,
            details: isReplayError(e) ? e.details : {},
          },
        );
      }
      opts.onRetry?.(e, attempt, wait, { ms: waited, budgetMs });
      await sleep(wait);
      waited += wait;
      delay = Math.min(delay * 2, opts.maxDelayMs ?? 5000);
    }
  }
}
