/**
 * ext4 (fs/ext4/). `ext4_page_mkwrite` -> `file_update_time` -> `generic_update_time` ->
 * `__mark_inode_dirty(I_DIRTY_SYNC)` -> `ext4_dirty_inode`: a jbd2 handle of type 1 (INODE) that
 * logs the inode block, shown as `writeback_mark_inode_dirty flags=I_DIRTY_SYNC` and
 * `ext4_mark_inode_dirty caller ext4_dirty_inode` (the shared 6.18 captures). Writeback
 * (`ext4_writepages`, dioread_nolock by default since 5.6) maps delalloc blocks as unwritten
 * extent by extent: `ext4_do_writepages` starts one WRITE_PAGE handle per round of its loop,
 * and each round's `mpage_prepare_extent_to_map` gathers one run of contiguous dirty folios
 * whose blocks need mapping (a gap or an already mapped folio ends it), with its own io_end;
 * at I/O completion `ext4_convert_unwritten_extents` takes that io_end's reserved handle as an
 * EXT_CONVERT one. So a writeback that allocates journals two handles per such run, not per
 * call (steady capture: 728 WRITE_PAGE rounds, one per `ext4_da_write_folios_start`, and 724
 * EXT_CONVERT handles in 22 writepages calls). jbd2 commits every `commit=` seconds (5 by
 * default, JBD2_DEFAULT_MAX_COMMIT_AGE).
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
  writebackHandles: (extents) => 2 * extents,
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
