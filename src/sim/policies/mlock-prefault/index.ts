/**
 * mlock-prefault: the pre-2.6.38 behaviour (KERNEL.md D.6): mlock / MAP_LOCKED / MAP_POPULATE on
 * a shared writable file mapping write-faults every page of the range at once: page_mkwrite runs
 * for each (timestamp, block reservation), every page is dirtied and written back even if never
 * modified, and later first writes do not fault until the next writeback. The simulator also
 * counts the pages a "skip page_mkwrite" variant would dirty without a block reservation (unsafe
 * per Dave Chinner: silent data loss on ENOSPC at writeback).
 */
import { currentKernelDecision, definePolicy } from '../../policy.js';

export const mlockPrefaultPolicy = definePolicy<null>({
  id: 'mlock-prefault',
  label: 'mlock/MAP_POPULATE pre-faults shared pages for write (pre-2.6.38)',
  initialState: () => null,
  evolve: (state) => state,
  decide: (_state, input) =>
    input.kind === 'mlock' ? { prefault: true } : currentKernelDecision(input),
});
