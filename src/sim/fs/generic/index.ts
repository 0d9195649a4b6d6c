/**
 * Any other filesystem, or one the capture does not identify (no ext4, jbd2, XFS or btrfs
 * tracepoint names its device): the VFS defaults. `file_update_time` -> `generic_update_time`
 * dirties the inode with I_DIRTY_SYNC, as on ext4; the journal, if any, is modelled like jbd2,
 * and DAX is left to the device profile. What the capture shows is read from the generic
 * writeback tracepoints only.
 */
import type { FsModel } from '../fs-model.js';
import { ext4Model } from '../ext4/index.js';

export const genericModel: FsModel = {
  ...ext4Model,
  id: 'generic',
  label: 'unidentified filesystem (VFS defaults, journal modelled like jbd2)',
  // Nothing says this filesystem waits for stable pages or lacks DAX: the profile decides.
};
