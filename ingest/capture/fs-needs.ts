/**
 * Which tracepoints the replay of each filesystem needs, so that `faultreplay capture` can warn
 * when a capture lacks them (an explicit `--events` list, or a kernel without them). What each
 * one proves was checked on the 6.18 captures of test/fixtures/fs (README there): XFS and btrfs
 * update timestamps in `page_mkwrite` without an `I_DIRTY_SYNC` dirtying, btrfs writes back
 * through its own extent code (no ext4/iomap event), and a large folio is only visible in
 * `mm_filemap_add_to_page_cache order=`.
 */

export interface FsNeed {
  /** `system:name` candidates (newest kernel's first); any one of them satisfies the need. */
  readonly names: readonly string[];
  /** What the replay loses without it. */
  readonly why: string;
}

const COMMON: readonly FsNeed[] = [
  { names: ['exceptions:page_fault_user'], why: 'write faults' },
  {
    names: ['writeback:writeback_dirty_folio', 'writeback:writeback_dirty_page'],
    why: 'page dirtyings',
  },
  { names: ['filemap:mm_filemap_add_to_page_cache'], why: 'folio sizes (large folios)' },
];

/** Per filesystem type (as /proc/self/mountinfo names it). */
export const FS_NEEDS: Readonly<Record<string, readonly FsNeed[]>> = {
  ext4: [
    ...COMMON,
    { names: ['ext4:ext4_writepages_result'], why: 'pages written' },
    { names: ['jbd2:jbd2_handle_start'], why: 'journal handles' },
    {
      names: ['writeback:writeback_mark_inode_dirty'],
      why: 'timestamp updates (I_DIRTY_SYNC dirtyings)',
    },
  ],
  xfs: [
    ...COMMON,
    { names: ['xfs:xfs_write_fault', 'xfs:xfs_filemap_fault'], why: 'page_mkwrite calls' },
    {
      names: ['xfs:xfs_update_time'],
      why: 'timestamp updates (XFS logs them without I_DIRTY_SYNC)',
    },
    {
      names: ['iomap:iomap_writeback_folio', 'iomap:iomap_writepage'],
      why: 'pages written (one line per folio)',
    },
    { names: ['xfs:xfs_trans_commit'], why: 'transactions' },
  ],
  btrfs: [
    ...COMMON,
    { names: ['btrfs:extent_writepage'], why: 'pages written (btrfs has no ext4/iomap event)' },
    { names: ['btrfs:btrfs_ordered_extent_add'], why: 'ordered extents (written ranges)' },
    { names: ['btrfs:btrfs_transaction_commit'], why: 'transactions' },
    {
      names: ['timestamp:ctime_ns_xchg'],
      why: 'timestamp updates (btrfs_update_time has no tracepoint; 6.13+ only)',
    },
  ],
};

/**
 * Warnings for the needs of `fsType` that none of `enabled` meets; one line each, naming the
 * filesystem, the missing event and what the replay loses. An unknown type gets the common needs.
 */
export function missingFsEvents(fsType: string, enabled: readonly string[]): string[] {
  const have = new Set(enabled);
  const needs = FS_NEEDS[fsType] ?? COMMON;
  const label = fsType === '' ? 'this capture' : fsType;
  return needs
    .filter((n) => !n.names.some((name) => have.has(name)))
    .map((n) => `${label} needs ${n.names.join(' / ')} (${n.why}): not recorded`);
}
