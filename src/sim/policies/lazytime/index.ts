/**
 * lazytime, 6.6+ observed semantics (KERNEL.md C.7, D.4). Since 6.6
 * `inode_update_timestamps()` bumps i_version on every c/mtime change and
 * `generic_update_time()` then adds I_DIRTY_SYNC: a timestamp change from a write fault is
 * journalled exactly as without lazytime (observed on 6.18: flags=I_DIRTY_SYNC|I_DIRTY_TIME
 * followed by ext4_dirty_inode and a jbd2 handle). Only atime benefits.
 */
import { definePolicy, NO_DECISION, timestampWouldChange } from '../../policy.js';

export const lazytimePolicy = definePolicy<null>({
  id: 'lazytime',
  label: 'lazytime (6.6+ observed semantics: c/mtime still journalled)',
  initialState: () => null,
  evolve: (state) => state,
  decide: (_state, input) =>
    input.kind !== 'write_fault'
      ? NO_DECISION
      : { timestamp: timestampWouldChange(input) ? 'journal' : 'none' },
});
