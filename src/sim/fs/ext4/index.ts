/**
 * ext4 (fs/ext4/). `ext4_page_mkwrite` -> `file_update_time` -> `generic_update_time` ->
 * `__mark_inode_dirty(I_DIRTY_SYNC)` -> `ext4_dirty_inode`: a jbd2 handle of type 1 (INODE) that
 * logs the inode block, shown as `writeback_mark_inode_dirty flags=I_DIRTY_SYNC` and
 * `ext4_mark_inode_dirty caller ext4_dirty_inode` (the shared 6.18 captures). Writeback
 * (`ext4_writepages`, dioread_nolock by default since 5.6) maps delalloc blocks as unwritten
 * under one WRITE_PAGE handle per `mpage_map_and_submit_extent` round and converts them at I/O
 * completion under an EXT_CONVERT handle: about one of each per writepages call that
 * allocates. jbd2 commits every `commit=` seconds (5 by default, JBD2_DEFAULT_MAX_COMMIT_AGE).
 */
import type { Evidence, FsModel, ObservableFigure } from '../fs-model.js';
import { needsOneOf, unseenOf, writebackUnseen } from '../fs-model.js';

export const ext4Model: FsModel = {
  id: 'ext4',
  label: 'ext4 (jbd2)',
  timestampCost: 'tsUpdateUs',
  timestampMarksInodeDirty: true,
  walksFolioBuffers: true,
  stablePages: false,
  dax: true,
  noDaxReason: '',
  cowData: false,
  commitIntervalMs: 5000,
  fsyncCommits: true,
  writebackHandles: (extents) => (extents > 0 ? 2 : 0),
  // ext4's tracepoints have canonical kinds of their own (ingest/normalize): nothing generic.
  readEvent: () => null,
  unseen: (ev) => journalledUnseen(ev),
};

/**
 * What a capture of a filesystem that dirties inodes for timestamps and journals through jbd2
 * (ext4, and the generic model) cannot show: each figure needs its tracepoint.
 */
export function journalledUnseen(ev: Evidence): Partial<Record<ObservableFigure, string>> {
  return unseenOf([
    [
      'timestampUpdates',
      needsOneOf(
        ev,
        ['inode_dirtied', 'inode_marked_dirty', 'ctime_ns_xchg'],
        'shows a c/mtime update in a write fault',
      ),
    ],
    [
      'inodeDirtySyncEvents',
      needsOneOf(ev, ['inode_dirtied'], 'shows I_DIRTY_SYNC (writeback_mark_inode_dirty)'),
    ],
    ['journalHandles', needsOneOf(ev, ['journal_handle'], 'counts jbd2 handles')],
    ['journalCommits', needsOneOf(ev, ['journal_commit'], 'counts jbd2 commits')],
    ['journalBlocksLogged', needsOneOf(ev, ['journal_run_stats'], 'counts blocks logged')],
    ['dataPagesWritten', writebackUnseen(ev, ['writepages_result', 'iomap_writeback'])],
    ['stablePageWaits', needsOneOf(ev, ['writeback_wait'], 'shows stable-page waits')],
  ]);
}
