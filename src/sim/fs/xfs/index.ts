/**
 * XFS (fs/xfs/). `xfs_write_fault` (6.11+; `xfs_filemap_fault` before) -> `file_update_time`
 * -> `inode_needs_update_time` -> `xfs_vn_update_time`: its own transaction
 * (`xfs_trans_alloc(tr_fsyncts)`, `xfs_trans_log_inode(XFS_ILOG_TIMESTAMP)`,
 * `xfs_trans_commit`) into the CIL, traced as `xfs:xfs_update_time` + `xfs_trans_commit`, and no
 * `__mark_inode_dirty(I_DIRTY_SYNC)` (only I_DIRTY_PAGES from the folio dirtying). The update is
 * only made when the coarse clock moved (or, multigrain 6.13+, ctime was queried), exactly as on
 * ext4: the second store in one jiffy shows no xfs_update_time (scenario capture xfs_default).
 * Writeback goes through iomap (`iomap_writeback_folio` per folio): delalloc extents are
 * converted by `xfs_bmapi_convert_delalloc` (one transaction per extent,
 * `xfs_map_blocks_alloc`), unwritten ones at I/O completion by `xfs_iomap_write_unwritten` (one
 * per ioend). The CIL is pushed to the log in the background (space, or the log worker every
 * `fs.xfs.xfssyncd_centisecs`, 30 s) with no tracepoint in the capture set; `xfs_log_force`
 * shows only forced pushes (fsync).
 */
import type { FsFact, FsModel } from '../fs-model.js';
import { inoField, leadingDev, needsOneOf, unseenOf, writebackUnseen } from '../fs-model.js';

export const xfsModel: FsModel = {
  id: 'xfs',
  label: 'XFS (CIL log)',
  timestampCost: 'tsUpdateXfsUs',
  timestampMarksInodeDirty: false,
  walksFolioBuffers: false,
  stablePages: false,
  dax: true,
  noDaxReason: '',
  cowData: false,
  commitIntervalMs: 30000,
  fsyncCommits: true,
  writebackHandles: (extents) => 2 * extents,
  readEvent(e): FsFact | null {
    if (!e.name.startsWith('xfs_')) return null;
    const dev = leadingDev(e.raw);
    if (dev < 0) return null;
    if (e.name === 'xfs_update_time') return { kind: 'timestamp', dev, ino: inoField(e.raw) };
    if (e.name === 'xfs_trans_commit') return { kind: 'transaction', dev };
    return { kind: 'identity', dev };
  },
  unseen: (ev) =>
    unseenOf([
      [
        'timestampUpdates',
        needsOneOf(
          ev,
          ['xfs_update_time', 'ctime_ns_xchg'],
          'shows an XFS c/mtime update (XFS logs it without an I_DIRTY_SYNC inode dirtying)',
        ),
      ],
      [
        'inodeDirtySyncEvents',
        needsOneOf(ev, ['inode_dirtied'], 'shows I_DIRTY_SYNC (writeback_mark_inode_dirty)'),
      ],
      ['journalHandles', needsOneOf(ev, ['xfs_trans_commit'], 'counts XFS transactions')],
      [
        'journalCommits',
        'XFS pushes its CIL to the log in the background with no tracepoint in the capture set ' +
          '(xfs_log_force shows only forced pushes)',
      ],
      ['journalBlocksLogged', 'XFS log writes carry no per-commit block count tracepoint'],
      ['dataPagesWritten', writebackUnseen(ev, ['iomap_writeback'])],
      ['stablePageWaits', needsOneOf(ev, ['writeback_wait'], 'shows stable-page waits')],
    ]),
};
