/**
 * pagefork: Tux3 page forking (Daniel Phillips, 2015; KERNEL.md D.5): a write fault on a folio
 * under writeback gets a copy of the folio and goes on; the old folio is freed at I/O completion.
 * Cost: a page allocation and copy per 4 KiB, one extra folio of memory until the I/O ends.
 */
import { currentKernelDecision, definePolicy } from '../../policy.js';

export const pageforkPolicy = definePolicy<null>({
  id: 'pagefork',
  label: 'page forking (copy the folio under writeback, no wait)',
  initialState: () => null,
  evolve: (state) => state,
  decide: (_state, input) =>
    input.kind !== 'write_fault'
      ? currentKernelDecision(input)
      : // The copy replaces the wait even where the filesystem needs stable pages (btrfs).
        { ...currentKernelDecision(input), pageCopy: input.underWriteback, stableWait: false },
});
