/**
 * legacy: what current kernels do (KERNEL.md D.1). `->page_mkwrite` calls `file_update_time()`
 * in every write fault; the timestamp changes (a journalled inode update on ext4) only when the
 * coarse clock moved since the last change, or on 6.13+ when ctime was queried (multigrain).
 * A MAP_SYNC mapping (if the capture had one) on DAX syncs in the fault as the kernel would.
 */
import { currentKernelDecision, definePolicy } from '../../policy.js';

export const legacyPolicy = definePolicy<null>({
  id: 'legacy',
  label: 'legacy (timestamp update in page_mkwrite)',
  initialState: () => null,
  evolve: (state) => state,
  decide: (_state, input) => currentKernelDecision(input),
});
