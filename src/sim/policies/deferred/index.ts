/**
 * deferred: Andy Lutomirski's "mm: Track mappings that have been written via ptes" (2013 v3/v4,
 * KERNEL.md D.2). page_mkwrite does no timestamp work. When PTE dirty bits move to the page
 * (folio_mkclean at writeback, zap at munmap, the MS_ASYNC PTE scan) the mapping gets AS_CMTIME,
 * and the next flush point (writepages, msync, munmap, fsync) does one timestamp update at the
 * flush time, so mtime >= the last write reference at every msync (SuS compliant).
 *
 * State: the files written through PTEs since their last flush (AS_CMTIME pending).
 */
import { blockMappingNotDurable, definePolicy, NO_DECISION } from '../../policy.js';
import type { Decision, SimInput } from '../../policy.js';

type State = ReadonlySet<string>;

function pending(state: State, input: SimInput): boolean {
  return state.has(input.file);
}

export const deferredPolicy = definePolicy<State>({
  id: 'deferred',
  label: 'deferred cmtime (Lutomirski 2013: update at writeback/msync/munmap/fsync)',
  initialState: () => new Set<string>(),
  decide(state, input): Decision {
    switch (input.kind) {
      case 'write_fault':
        return {
          timestamp: 'none',
          fdatasync: input.vmSync && input.dax && blockMappingNotDurable(input),
        };
      case 'writeback':
        return { timestamp: pending(state, input) || input.dirtyPages > 0 ? 'journal' : 'none' };
      case 'msync':
        return {
          ptScan: (input.flags & 1) !== 0,
          timestamp: pending(state, input) || input.mayHaveWrites ? 'journal' : 'none',
        };
      case 'munmap':
        return { timestamp: pending(state, input) || input.mayHaveWrites ? 'journal' : 'none' };
      case 'fsync':
        return { timestamp: pending(state, input) ? 'journal' : 'none' };
      case 'mlock':
        return NO_DECISION;
    }
  },
  evolve(state, input): State {
    const has = state.has(input.file);
    if (input.kind === 'write_fault') {
      if (has) return state;
      const next = new Set(state);
      next.add(input.file);
      return next;
    }
    if (input.kind === 'mlock' || !has) return state;
    const next = new Set(state);
    next.delete(input.file);
    return next;
  },
});
