/**
 * stablewait: stable pages everywhere (KERNEL.md D.5): a write fault on a folio under writeback
 * waits for the I/O to complete (`folio_wait_stable()` as if the device required stable writes,
 * or btrfs's unconditional wait). Otherwise as legacy.
 */
import { currentKernelDecision, definePolicy } from '../../policy.js';

export const stablewaitPolicy = definePolicy<null>({
  id: 'stablewait',
  label: 'stable pages (write faults wait for writeback I/O)',
  initialState: () => null,
  evolve: (state) => state,
  decide: (_state, input) =>
    input.kind !== 'write_fault'
      ? currentKernelDecision(input)
      : { ...currentKernelDecision(input), stableWait: input.underWriteback },
});
