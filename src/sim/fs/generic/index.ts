/**
 * Any other filesystem, or one the capture does not identify (no ext4, jbd2, XFS or btrfs
 * tracepoint names its device): the VFS defaults. `file_update_time` -> `generic_update_time`
 * dirties the inode with I_DIRTY_SYNC, as on ext4; the journal, if any, is modelled like jbd2,
 * and DAX is left to the device profile. What the capture shows is read from the generic
 * writeback tracepoints only.
 */
import type { FsModel } from '../fs-model.js';
import { journalledUnseen } from '../ext4/index.js';

export const genericModel: FsModel = {
  id: 'generic',
  label: 'unidentified filesystem (VFS defaults, journal modelled like jbd2)',
  timestampCost: 'tsUpdateUs',
  timestampMarksInodeDirty: true,
  stablePages: false,
  dax: true,
  noDaxReason: '',
  cowData: false,
  commitIntervalMs: 5000,
  writebackHandles: (extents) => (extents > 0 ? 2 : 0),
  readEvent: () => null,
  unseen: (ev) => journalledUnseen(ev),
};
