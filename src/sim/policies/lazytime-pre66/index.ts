/**
 * lazytime with pre-6.6 semantics (KERNEL.md C.7, D.4): a timestamp-only change in page_mkwrite
 * sets I_DIRTY_TIME (memory only, no journal handle). The on-disk inode is written at fsync (not
 * fdatasync / msync(MS_SYNC)), at any other I_DIRTY_SYNC change of the inode (e.g. block
 * allocation at writeback), and after dirtytime_expire (12 h; applied by the simulator).
 * sync(2)/syncfs and the final iput are not in the captures' event set.
 */
import { definePolicy, NO_DECISION, timestampWouldChange } from '../../policy.js';
import type { Decision } from '../../policy.js';

export const lazytimePre66Policy = definePolicy<null>({
  id: 'lazytime-pre66',
  label: 'lazytime (pre-6.6 semantics: c/mtime lazily written)',
  initialState: () => null,
  evolve: (state) => state,
  decide(_state, input): Decision {
    switch (input.kind) {
      case 'write_fault':
        return { timestamp: timestampWouldChange(input) ? 'lazy' : 'none' };
      case 'fsync':
        return { flushLazy: !input.datasync && input.lazyDirtySince >= 0 };
      case 'writeback':
        return { flushLazy: input.allocates && input.lazyDirtySince >= 0 };
      default:
        return NO_DECISION;
    }
  },
});
