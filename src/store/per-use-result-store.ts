/**
 * A result store that is open only while it is used: each call opens the underlying store,
 * runs, and closes it when no other call is in flight (concurrent calls share one opening).
 * For long-lived readers of the embedded store (`faultreplay dashboard`): chDB allows one
 * process per directory, and this lets a `run` or `query` in another process use the store
 * between two requests instead of failing on the engine's lock.
 */
import type { ResultStore } from './result-store.js';

export interface PerUseStoreOptions {
  readonly kind: ResultStore['kind'];
  readonly location: string;
  /** Opens (and migrates) the underlying store; called whenever none is open. */
  readonly open: () => Promise<ResultStore>;
}

export function createPerUseResultStore(opts: PerUseStoreOptions): ResultStore {
  let opening: Promise<ResultStore> | undefined;
  let inFlight = 0;

  async function use<T>(fn: (s: ResultStore) => Promise<T>): Promise<T> {
    inFlight++;
    try {
      opening ??= opts.open();
      const store = await opening;
      return await fn(store);
    } finally {
      if (--inFlight === 0 && opening !== undefined) {
        const closing = opening;
        opening = undefined;
        await closing.then(
          (s) => s.close(),
          () => undefined,
        );
      }
    }
  }

  return {
    kind: opts.kind,
    location: opts.location,
    migrate: () => use((s) => s.migrate()),
    storeRun: (r) => use((s) => s.storeRun(r)),
    storeRunParams: (p) => use((s) => s.storeRunParams(p)),
    query: (name, params) => use((s) => s.query(name, params)),
    schema: () => use((s) => s.schema()),
    latestRunId: () => use((s) => s.latestRunId()),
    // Nothing stays open between calls.
    close: () => Promise.resolve(),
  };
}
