/**
 * mapsync: DAX + MAP_SYNC (Jan Kara, "dax, ext4: Synchronous page faults", 4.15; KERNEL.md C.8,
 * D.3), as if the application had mapped its files with MAP_SHARED_VALIDATE|MAP_SYNC on a DAX
 * filesystem. Stores go straight to media (no page-cache writeback); a write fault whose block
 * mapping is not yet durable runs fdatasync on the fault range before the PTE is installed:
 * holes (allocating writes), **unwritten extents** (a fallocated file: ext4 converts and zeroes
 * the extent inside the fault, a metadata change that must be committed, so a preallocated-by-
 * fallocate file pays the sync on every first write of a block just like an empty file; only
 * blocks that were already written are free), and any earlier uncommitted allocation.
 * The timestamp update stays in the fault (ext4_dax_huge_fault calls file_update_time) and does
 * not by itself force the sync (datasync semantics).
 */
import {
  blockMappingNotDurable,
  definePolicy,
  NO_DECISION,
  timestampWouldChange,
} from '../../policy.js';

export const mapsyncPolicy = definePolicy<null>({
  id: 'mapsync',
  label: 'MAP_SYNC on DAX (fdatasync in faults over non-durable blocks)',
  traits: { dax: true },
  initialState: () => null,
  evolve: (state) => state,
  decide: (_state, input) =>
    input.kind !== 'write_fault'
      ? NO_DECISION
      : {
          timestamp: timestampWouldChange(input) ? 'journal' : 'none',
          fdatasync: blockMappingNotDurable(input),
        },
});
