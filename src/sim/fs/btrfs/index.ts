/**
 * btrfs (fs/btrfs/). `btrfs_page_mkwrite` reserves data and metadata space (which may flush
 * delalloc and wait: faults can stall for tens of ms), waits for writeback and ordered extents
 * of the folio, then `file_update_time` -> `btrfs_update_time` -> `btrfs_dirty_inode`: a
 * transaction join and a delayed-inode update, with no `__mark_inode_dirty(I_DIRTY_SYNC)`; only
 * `timestamp:ctime_ns_xchg` (6.13+, btrfs is multigrain) shows the update. Writeback
 * (`btrfs_writepages` -> `extent_writepage` per folio) allocates a new extent for every page of
 * a datacow file (copy-on-write), creates ordered extents and, at their completion, joins a
 * transaction to insert file extent items and checksums (one per ordered extent); nodatacow
 * (`chattr +C`) files are written in place. It emits no ext4/iomap event, and btrfs prints its
 * fsid, not a dev_t: the tracker joins its events to the file by inode. Transactions commit
 * every `commit=` seconds (30 by default, BTRFS_DEFAULT_COMMIT_INTERVAL: the transaction
 * kthread), when space reservation flushes to its COMMIT_TRANS state (`flush_space` in
 * space-info.c, run from a kworker: on a small or full filesystem this is most commits), or
 * when an fsync cannot use the log tree (`btrfs_sync_file` falls back to
 * `btrfs_commit_transaction`). An fsync that can writes the subvolume's log tree
 * (`btrfs_sync_log`) and commits nothing. Only the kthread's commits are modelled; the others
 * are replayed where the capture shows them. btrfs has no DAX.
 */
import type { FsFact, FsModel } from '../fs-model.js';
import { needsOneOf, unseenOf, writebackUnseen } from '../fs-model.js';
import type { U64Id } from '../../../events/index.js';
import { parseU64Id } from '../../../events/index.js';

export const btrfsModel: FsModel = {
  id: 'btrfs',
  label: 'btrfs (copy-on-write data, transactions)',
  timestampCost: 'tsUpdateUs',
  timestampMarksInodeDirty: false,
  walksFolioBuffers: false,
  stablePages: true,
  dax: false,
  noDaxReason:
    'btrfs has no DAX: mmap(MAP_SYNC) fails there (EOPNOTSUPP), so mapsync does not apply',
  cowData: true,
  commitIntervalMs: 30000,
  fsyncCommits: false,
  writebackHandles: (extents) => extents,
  readEvent(e, comm): FsFact | null {
    const name = e.name;
    if (name === 'extent_writepage') {
      const ino = field(e.raw, 'ino');
      const index = field(e.raw, 'page_index');
      if (ino < 0 || index < 0) return null;
      return { kind: 'folio_written', dev: -1, ino, index, fsid: fsidOf(e.raw) };
    }
    if (name === 'btrfs_transaction_commit') {
      // The kthread is created as "btrfs-transaction"; comm keeps 15 characters (TASK_COMM_LEN).
      const timer = comm.startsWith('btrfs-transacti');
      return { kind: 'commit', dev: -1, captured: !timer, fsid: fsidOf(e.raw) };
    }
    if (name.startsWith('btrfs_')) return { kind: 'identity', dev: -1, fsid: fsidOf(e.raw) };
    return null;
  },
  unseen: (ev) =>
    unseenOf([
      [
        'timestampUpdates',
        needsOneOf(
          ev,
          ['ctime_ns_xchg'],
          'alone shows a btrfs c/mtime update (btrfs_update_time dirties no inode with I_DIRTY_SYNC)',
        ),
      ],
      [
        'inodeDirtySyncEvents',
        needsOneOf(ev, ['inode_dirtied'], 'shows I_DIRTY_SYNC (writeback_mark_inode_dirty)'),
      ],
      ['journalHandles', 'btrfs has no tracepoint per transaction join'],
      [
        'journalCommits',
        needsOneOf(ev, ['btrfs_transaction_commit'], 'counts btrfs transaction commits'),
      ],
      ['journalBlocksLogged', 'btrfs commits carry no block count tracepoint'],
      ['dataPagesWritten', writebackUnseen(ev, ['extent_writepage'])],
      ['stablePageWaits', needsOneOf(ev, ['writeback_wait'], 'shows stable-page waits')],
    ]),
};

/** The fsid every btrfs tracepoint prints first (`TP_printk("%pU: ...")`), or ''. */
function fsidOf(raw: string): string {
  const colon = raw.indexOf(':');
  return colon === 36 ? raw.slice(0, 36) : '';
}

/** The decimal value of ` name=` in a btrfs payload, exact (64-bit inode numbers), or -1. */
function field(raw: string, name: string): U64Id {
  const at = raw.indexOf(` ${name}=`);
  if (at < 0) return -1;
  const m = /^\d+/.exec(raw.slice(at + name.length + 2));
  return m === null ? -1 : parseU64Id(m[0]);
}
