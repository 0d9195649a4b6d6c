/**
 * Which tracepoints a capture enables, on which kernel, with which filter (KERNEL.md A.13).
 *
 * The capture set is data: one `CaptureEventSpec` per logical event, with its names in order of
 * preference (newest kernel name first). `selectEvents()` is pure: given the kernel's
 * `available_events` list, its release and the user's filters, it returns the concrete events
 * and filter expressions, so the same inputs always give the same selection (and unit tests can
 * feed the lists of older kernels). The renames it resolves:
 *
 *   writeback_dirty_folio        <- writeback_dirty_page          (folio series, 5.16)
 *   folio_wait_writeback         <- wait_on_page_writeback        (folio series, 5.16)
 *   ext4_da_write_folios_start   <- ext4_da_write_pages           (6.17, 6.16.y)
 *   xfs_write_fault/xfs_read_fault <- xfs_filemap_fault           (~6.13)
 *   iomap_writeback_folio        <- iomap_writepage               (2025 iomap writeback rework)
 *   timestamp:*                  only on 6.13+ (multigrain timestamps)
 */
import { ReplayError } from '../../src/errors.js';

/** Which filter an event takes: by task, by device (the field to compare), or none. */
export const FilterKind = {
  /** `common_pid == P || ...`: faults and syscalls fire for every process. */
  Pid: 'pid',
  /** `s_dev == <dev_t>` (filemap). */
  SDev: 's_dev',
  /** `dev == <dev_t>` (ext4, jbd2, xfs, iomap, timestamp, writeback inode class). */
  Dev: 'dev',
  /** `dev == <dev_t of the whole disk>` (block: requests carry the disk, not the partition). */
  DiskDev: 'disk_dev',
  /** `name == "<maj>:<min>"`, the bdi name (writeback events printed as `bdi %s:`). */
  Bdi: 'bdi',
  None: 'none',
} as const;
export type FilterKind = (typeof FilterKind)[keyof typeof FilterKind];

export interface CaptureEventSpec {
  /** `system:name` candidates, newest kernel's name first; the first available one is used. */
  readonly names: readonly string[];
  readonly filter: FilterKind;
  /** The replay cannot work without it (a warning is printed when the kernel lacks it). */
  readonly required?: boolean;
  /** Oldest kernel release (major, minor) where the event is meaningful. */
  readonly minKernel?: readonly [number, number];
}

const sys = (names: readonly string[]): CaptureEventSpec[] =>
  names.flatMap((n) => [
    { names: [`syscalls:sys_enter_${n}`], filter: FilterKind.Pid },
    { names: [`syscalls:sys_exit_${n}`], filter: FilterKind.Pid },
  ]);

const each = (
  system: string,
  names: readonly string[],
  filter: FilterKind,
  extra: Partial<CaptureEventSpec> = {},
): CaptureEventSpec[] => names.map((n) => ({ names: [`${system}:${n}`], filter, ...extra }));

/** The recommended capture set (KERNEL.md A.13), in the order the events are enabled. */
export const CAPTURE_SET: readonly CaptureEventSpec[] = [
  { names: ['exceptions:page_fault_user'], filter: FilterKind.Pid, required: true },
  { names: ['exceptions:page_fault_kernel'], filter: FilterKind.Pid },
  ...sys([
    'mmap',
    'munmap',
    'msync',
    'fsync',
    'fdatasync',
    'sync_file_range',
    'mlock',
    'mlock2',
    'mlockall',
    'munlock',
    'munlockall',
    'fallocate',
    // The target file's identity (fd -> mapping) and block state (O_TRUNC, ftruncate).
    'openat',
    'ftruncate',
  ]),
  ...each(
    'filemap',
    ['mm_filemap_fault', 'mm_filemap_map_pages', 'mm_filemap_add_to_page_cache'],
    FilterKind.SDev,
  ),
  {
    names: ['writeback:writeback_dirty_folio', 'writeback:writeback_dirty_page'],
    filter: FilterKind.Bdi,
    required: true,
  },
  ...each(
    'writeback',
    [
      'writeback_mark_inode_dirty',
      'writeback_dirty_inode_start',
      'writeback_dirty_inode',
      'writeback_start',
      'writeback_written',
      'writeback_queue_io',
      'writeback_single_inode_start',
      'writeback_single_inode',
      'writeback_write_inode',
    ],
    FilterKind.Bdi,
  ),
  {
    names: ['writeback:folio_wait_writeback', 'writeback:wait_on_page_writeback'],
    filter: FilterKind.Bdi,
  },
  ...each(
    'writeback',
    [
      'writeback_dirty_inode_enqueue',
      'writeback_lazytime',
      'writeback_lazytime_iput',
      'sb_mark_inode_writeback',
      'sb_clear_inode_writeback',
    ],
    FilterKind.Dev,
  ),
  ...each(
    'timestamp',
    ['ctime_ns_xchg', 'ctime_xchg_skip', 'fill_mg_cmtime', 'inode_set_ctime_to_ts'],
    FilterKind.Dev,
    { minKernel: [6, 13] },
  ),
  ...each('ext4', ['ext4_writepages', 'ext4_writepages_result'], FilterKind.Dev),
  {
    names: ['ext4:ext4_da_write_folios_start', 'ext4:ext4_da_write_pages'],
    filter: FilterKind.Dev,
  },
  { names: ['ext4:ext4_da_write_folios_end'], filter: FilterKind.Dev },
  ...each(
    'ext4',
    [
      'ext4_mark_inode_dirty',
      'ext4_sync_file_enter',
      'ext4_sync_file_exit',
      'ext4_journal_start_inode',
      'ext4_da_reserve_space',
    ],
    FilterKind.Dev,
  ),
  ...each(
    'jbd2',
    [
      'jbd2_start_commit',
      'jbd2_end_commit',
      'jbd2_run_stats',
      'jbd2_handle_start',
      'jbd2_handle_stats',
    ],
    FilterKind.Dev,
  ),
  { names: ['xfs:xfs_write_fault', 'xfs:xfs_filemap_fault'], filter: FilterKind.Dev },
  { names: ['xfs:xfs_read_fault'], filter: FilterKind.Dev },
  ...each(
    'xfs',
    [
      'xfs_update_time',
      'xfs_trans_alloc',
      'xfs_trans_commit',
      'xfs_iomap_alloc',
      'xfs_iomap_found',
      // writeback's block mapping (delalloc conversion), which xfs_iomap_* do not show
      'xfs_map_blocks_alloc',
      'xfs_map_blocks_found',
      'xfs_file_fsync',
      'xfs_log_force',
    ],
    FilterKind.Dev,
  ),
  { names: ['iomap:iomap_writeback_folio', 'iomap:iomap_writepage'], filter: FilterKind.Dev },
  { names: ['iomap:iomap_add_to_ioend'], filter: FilterKind.Dev },
  // btrfs writes back through its own extent code (no ext4/iomap event) and journals in
  // transactions. Its events name the filesystem by `fsid` (a u8[16] the filter language cannot
  // compare), not by dev_t, so they are enabled unfiltered; the inode number still ties them
  // to the target file.
  ...each(
    'btrfs',
    [
      'extent_writepage',
      'btrfs_writepage_end_io_hook',
      'btrfs_ordered_extent_add',
      'btrfs_ordered_extent_start',
      'btrfs_ordered_extent_remove',
      'btrfs_finish_ordered_extent',
      'btrfs_transaction_commit',
      'btrfs_sync_file',
      'btrfs_flush_space',
      'btrfs_trigger_flush',
    ],
    FilterKind.None,
  ),
  ...each(
    'fs_dax',
    [
      'dax_pte_fault',
      'dax_pte_fault_done',
      'dax_pmd_fault',
      'dax_pmd_fault_done',
      'dax_insert_pfn_mkwrite',
      'dax_writeback_range',
      'dax_writeback_one',
    ],
    FilterKind.Dev,
  ),
  ...each('block', ['block_rq_issue', 'block_rq_complete'], FilterKind.DiskDev),
];

/** A device to filter on: the filesystem's dev_t and the whole disk behind it. */
export interface DeviceFilter {
  /** Kernel dev_t (major << 20 | minor) of the filesystem's block device. */
  readonly dev: number;
  /** dev_t of the whole disk (equals `dev` unless `dev` is a partition). */
  readonly diskDev: number;
  /** The bdi name writeback events print: `maj:min` of the whole disk, `btrfs-N` on btrfs. */
  readonly bdiName: string;
  /** The filesystem type on the device (`xfs`, `btrfs`, ...), '' when not mounted / unknown. */
  readonly fsType?: string;
}

export interface SelectOptions {
  /** `system:name` lines of `available_events`. */
  readonly available: ReadonlySet<string>;
  /** `uname -r`, e.g. `6.18.44-fc-v769`. */
  readonly kernel: string;
  /** Task ids whose faults and syscalls are kept; empty (with no comms) = every task. */
  readonly pids?: readonly number[];
  /**
   * Task names (comm, max 15 chars; `*?[` make it a glob) whose faults and syscalls are kept,
   * in addition to `pids`. Threads share their process's comm unless they rename themselves, so
   * this is how to follow a multi-threaded program's threads created after the capture started.
   */
  readonly comms?: readonly string[];
  /**
   * Tasks to leave out of the faults and syscalls when no task filter is given: the capture
   * process itself, whose trace_pipe reads would otherwise trace themselves.
   */
  readonly excludePids?: readonly number[];
  readonly device?: DeviceFilter;
  /**
   * The fields an event has (from its `format` file), to check that a filter applies; undefined
   * when unknown (the table is trusted then).
   */
  readonly fieldsOf?: (event: string) => ReadonlySet<string> | undefined;
  /** An explicit event list (`--events a:b,c:d`) instead of the recommended set. */
  readonly explicit?: readonly string[];
}

export interface SelectedEvent {
  /** `system:name`. */
  readonly event: string;
  /** Filter expression to write to `events/<system>/<name>/filter`, or '' for none. */
  readonly filter: string;
  readonly kind: FilterKind;
}

export interface EventSelection {
  readonly events: readonly SelectedEvent[];
  /** Logical events of the set this kernel does not have (all candidate names missing). */
  readonly missing: readonly string[];
  /** Human-readable notes (missing required events, filters dropped for lack of a field). */
  readonly warnings: readonly string[];
}

/** `6.18.44-fc-v769` -> [6, 18, 44]; unknown parts are 0. */
export function parseKernelRelease(release: string): readonly [number, number, number] {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(release);
  if (m === null) return [0, 0, 0];
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

function atLeast(release: string, min: readonly [number, number]): boolean {
  const [maj, minor] = parseKernelRelease(release);
  if (maj === 0) return true; // unknown release: trust available_events
  return maj > min[0] || (maj === min[0] && minor >= min[1]);
}

/** `common_pid == 1 || comm == "x" || comm ~ "db*"`. */
export function taskFilter(pids: readonly number[], comms: readonly string[] = []): string {
  return [
    ...pids.map((p) => `common_pid == ${p}`),
    ...comms.map((c) => (/[*?[]/.test(c) ? `comm ~ "${c}"` : `comm == "${c}"`)),
  ].join(' || ');
}

function deviceFilter(kind: FilterKind, device: DeviceFilter): { field: string; expr: string } {
  switch (kind) {
    case FilterKind.SDev:
      return { field: 's_dev', expr: `s_dev == ${device.dev}` };
    case FilterKind.Dev:
      return { field: 'dev', expr: `dev == ${device.dev}` };
    case FilterKind.DiskDev:
      return { field: 'dev', expr: `dev == ${device.diskDev}` };
    case FilterKind.Bdi:
      return { field: 'name', expr: `name == "${device.bdiName}"` };
    default:
      return { field: '', expr: '' };
  }
}

const EVENT_NAME = /^[A-Za-z0-9_]+:[A-Za-z0-9_]+$/;

/** Parses `--events a:b,c:d` (or `auto`); throws RPL_CONFIG naming the bad entry. */
export function parseEventList(value: string): readonly string[] | 'auto' {
  if (value === 'auto') return 'auto';
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0) throw new ReplayError('RPL_CONFIG', '--events: empty event list');
  for (const n of names) {
    if (!EVENT_NAME.test(n)) {
      throw new ReplayError(
        'RPL_CONFIG',
        `--events: '${n}' is not a 'system:event' name (e.g. writeback:writeback_dirty_folio)`,
      );
    }
  }
  return names;
}

/**
 * Picks the events to enable. With `explicit`, each listed event is used if available (missing
 * ones are reported); its filter kind comes from the capture set when the event is in it.
 */
export function selectEvents(opts: SelectOptions): EventSelection {
  const pids = opts.pids ?? [];
  const comms = opts.comms ?? [];
  const exclude = opts.excludePids ?? [];
  const events: SelectedEvent[] = [];
  const missing: string[] = [];
  const warnings: string[] = [];
  const kindOf = new Map<string, FilterKind>();
  for (const spec of CAPTURE_SET) for (const n of spec.names) kindOf.set(n, spec.filter);

  const add = (event: string, kind: FilterKind): void => {
    let filter = '';
    if (kind === FilterKind.Pid) {
      if (pids.length > 0 || comms.length > 0) filter = taskFilter(pids, comms);
      else if (exclude.length > 0) filter = exclude.map((p) => `common_pid != ${p}`).join(' && ');
    } else if (kind !== FilterKind.None && opts.device !== undefined) {
      const { field, expr } = deviceFilter(kind, opts.device);
      const fields = opts.fieldsOf?.(event);
      if (fields !== undefined && !fields.has(field)) {
        warnings.push(`${event} has no '${field}' field on this kernel: not filtered by device`);
      } else {
        filter = expr;
      }
    }
    events.push({ event, filter, kind });
  };

  if (opts.explicit !== undefined) {
    for (const name of opts.explicit) {
      if (!opts.available.has(name)) {
        missing.push(name);
        warnings.push(`${name} is not in available_events on this kernel: skipped`);
        continue;
      }
      add(name, kindOf.get(name) ?? FilterKind.None);
    }
    return { events, missing, warnings };
  }

  for (const spec of CAPTURE_SET) {
    const primary = spec.names[0] ?? '';
    if (spec.minKernel !== undefined && !atLeast(opts.kernel, spec.minKernel)) continue;
    const name = spec.names.find((n) => opts.available.has(n));
    if (name === undefined) {
      missing.push(primary);
      if (spec.required === true) {
        warnings.push(
          `required event ${spec.names.join(' / ')} is not available on this kernel: ` +
            'the replay will lack it',
        );
      }
      continue;
    }
    add(name, spec.filter);
  }
  return { events, missing, warnings };
}
