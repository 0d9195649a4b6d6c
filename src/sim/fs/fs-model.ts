/**
 * The filesystem model port: "how does this filesystem do it", beside the policy port's "what
 * would the kernel decide" (STYLE.md 17). The kernel crosses `mm/` with `fs/<name>/` through
 * `vm_operations_struct->page_mkwrite` and `address_space_operations->writepages`; the simulator
 * crosses a policy with the model of the file's filesystem the same way, at run time, per file.
 *
 * A model says
 * - what `->page_mkwrite` costs and logs: the cost parameter of a c/mtime update, whether that
 *   update goes through `__mark_inode_dirty(I_DIRTY_SYNC)` (ext4's `ext4_dirty_inode`) or its
 *   own transaction without one (XFS `xfs_vn_update_time`, btrfs `btrfs_update_time`);
 * - what writeback writes and journals: handles per writeback call that allocates, whether data
 *   is copy-on-write (btrfs: every writeback allocates a new extent), the journal's own commit
 *   interval;
 * - whether DAX exists (MAP_SYNC only applies there);
 * - which of its tracepoints prove what (`readEvent`), and which figures a capture cannot show
 *   on it (`unseen`): those are reported as unknown with the reason, never as 0.
 *
 * Models are plain data plus pure functions; they import only this file and `events/`.
 * docs/filesystems.md has the kernel references behind every rule.
 */
import type { GenericEvent, U64Id } from '../../events/index.js';
import { parseU64Id } from '../../events/index.js';

export const FS_IDS = ['ext4', 'xfs', 'btrfs', 'generic'] as const;
export type FsId = (typeof FS_IDS)[number];

/** Cost parameter names a model may charge (a subset of config's CostParamName). */
export type TimestampCostParam = 'tsUpdateUs' | 'tsUpdateXfsUs';

/**
 * What a filesystem's own tracepoint proves, in the model's terms. `dev` is -1 when the event
 * names the filesystem another way (btrfs prints its fsid, not a dev_t): the tracker joins it to
 * the file by inode.
 */
export type FsFact =
  /** A c/mtime update logged by the filesystem (xfs_update_time). */
  | { readonly kind: 'timestamp'; readonly dev: number; readonly ino: U64Id }
  /** One metadata transaction committed to the in-memory log (xfs_trans_commit). */
  | { readonly kind: 'transaction'; readonly dev: number }
  /**
   * The journal/log was written out: a btrfs transaction commit, an XFS log force. `captured`:
   * a commit the runs do not make on their own (btrfs space flushing's COMMIT_TRANS, an fsync
   * that fell back from the log tree), so they replay it at its instant; a timer commit (the
   * filesystem's own kthread) is not, as the runs model the timer. `fsid` names the filesystem
   * when `dev` is -1.
   */
  | {
      readonly kind: 'commit';
      readonly dev: number;
      readonly captured: boolean;
      readonly fsid: string;
    }
  /** One folio of the inode submitted for writeback (btrfs extent_writepage). */
  | {
      readonly kind: 'folio_written';
      readonly dev: number;
      readonly ino: U64Id;
      readonly index: U64Id;
      /** btrfs: the fsid the event printed ('' when none), so commits can be joined to the dev. */
      readonly fsid: string;
    }
  /** The event proves only that `dev` (or, with -1, an anonymous dev) is this filesystem. */
  | { readonly kind: 'identity'; readonly dev: number; readonly fsid?: string };

/**
 * What a capture contains, as far as the observed figures depend on it: canonical event kinds
 * (`page_dirtied`, `journal_handle`, ...) and, for generic events, their tracepoint names
 * (`xfs_update_time`, `extent_writepage`, ...). Presence anywhere in the capture counts: a
 * tracepoint that was enabled but never fired cannot be told from one that was not enabled,
 * and the ones used here fire at file creation or first writeback in practice.
 */
export type Evidence = ReadonlySet<string>;

/** Figures of legacy's observed column whose visibility depends on the filesystem. */
export const OBSERVABLE_FIGURES = [
  'timestampUpdates',
  'inodeDirtySyncEvents',
  'journalHandles',
  'journalCommits',
  'journalBlocksLogged',
  'dataPagesWritten',
  'stablePageWaits',
] as const;
export type ObservableFigure = (typeof OBSERVABLE_FIGURES)[number];

export interface FsModel {
  readonly id: FsId;
  readonly label: string;
  /** Cost parameter of one c/mtime update inside `->page_mkwrite`. */
  readonly timestampCost: TimestampCostParam;
  /**
   * The update dirties the inode through `__mark_inode_dirty(I_DIRTY_SYNC)` (ext4, generic
   * `generic_update_time`), so `writeback_mark_inode_dirty flags=I_DIRTY_SYNC` shows it; XFS and
   * btrfs log it in their own transaction and show no such event.
   */
  readonly timestampMarksInodeDirty: boolean;
  /** page_mkwrite waits for a folio under writeback (stable pages), whatever the device. */
  readonly stablePages: boolean;
  /**
   * `->page_mkwrite` walks every block of the folio (ext4's buffer heads), so a write fault on
   * a page of an already dirty large folio costs folioBufferWalkUs per order of the folio.
   */
  readonly walksFolioBuffers: boolean;
  /** DAX exists for regular files, so MAP_SYNC mappings can be made. */
  readonly dax: boolean;
  /** Why MAP_SYNC / DAX cannot apply on this filesystem, when `dax` is false. */
  readonly noDaxReason: string;
  /**
   * Data writeback allocates new blocks for every page it writes (copy-on-write), not only for
   * holes, delalloc and unwritten extents.
   */
  readonly cowData: boolean;
  /** The journal commits (or the log is pushed) on its own after this long, ms. */
  readonly commitIntervalMs: number;
  /**
   * An fsync / msync(MS_SYNC) that must make the inode's metadata durable commits the journal
   * transaction (jbd2, the XFS log force). false: it writes a per-subvolume log tree instead
   * (btrfs `btrfs_sync_log`), and a transaction commit happens only when that falls back to
   * one, which the capture shows as a commit by the syncing task.
   */
  readonly fsyncCommits: boolean;
  /**
   * Metadata handles (jbd2 handles, XFS/btrfs transactions) one writeback call opens when it
   * allocates or converts blocks in `extents` separate extents (0: none).
   */
  writebackHandles(extents: number): number;
  /**
   * Reads one of this filesystem's own tracepoints (a generic event; `comm` the task that
   * emitted it), or null if not its own.
   */
  readEvent(e: GenericEvent, comm: string): FsFact | null;
  /** Figures the capture cannot show on this filesystem, each with the reason. */
  unseen(evidence: Evidence): Partial<Record<ObservableFigure, string>>;
}

/**
 * `dev 7:4 ino 0x83 ...` (XFS, iomap and most `fs/` tracepoints print `MAJOR(dev):MINOR(dev)`):
 * the kernel dev_t (major << 20 | minor), or -1 when the payload does not start that way.
 */
export function leadingDev(raw: string): number {
  const m = /^dev (\d+)[:,](\d+)/.exec(raw);
  if (m === null) return -1;
  return Number(m[1]) * 2 ** 20 + Number(m[2]);
}

/** The value after ` ino ` (hex with 0x, else decimal), exact, or -1. */
export function inoField(raw: string): U64Id {
  const m = /\bino[ =](0x[0-9a-f]+|\d+)/.exec(raw);
  if (m === null) return -1;
  return parseU64Id(m[1]!);
}

/** Evidence of a capture that recorded every event there is (`unseen` asks only `has`). */
class EveryEvent extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/**
 * What the filesystem never shows, whatever the capture enabled: the figures its model still
 * cannot see given every event (XFS journal commits: the CIL push has no tracepoint in the
 * capture set), each with the reason. A capture that merely lacks an event is not one.
 */
export function blindSpots(model: FsModel): Partial<Record<ObservableFigure, string>> {
  return model.unseen(new EveryEvent());
}

/** The figures among `rules` whose reason is not null: a model's `unseen` answer. */
export function unseenOf(
  rules: readonly (readonly [ObservableFigure, string | null])[],
): Partial<Record<ObservableFigure, string>> {
  const out: Partial<Record<ObservableFigure, string>> = {};
  for (const [figure, reason] of rules) if (reason !== null) out[figure] = reason;
  return out;
}

/** A reason text for a figure that needs one of `events` and the capture has none of them. */
export function needsOneOf(
  evidence: Evidence,
  events: readonly string[],
  what: string,
): string | null {
  for (const e of events) if (evidence.has(e)) return null;
  return `the capture has no ${events.join(' / ')} event, which ${what}`;
}

/**
 * Evidence the tracker adds when the capture shows writeback happening for the followed files
 * (a flusher's writeback_start, an msync(MS_SYNC) or fsync of theirs, a folio re-dirtied after an
 * unseen cleaning). Without it, 0 pages written is what the trace shows, not a blind spot.
 */
export const WRITEBACK_ACTIVITY = 'writeback activity';

/** Pages written cannot be counted: writeback happened and no event counting it is present. */
export function writebackUnseen(ev: Evidence, events: readonly string[]): string | null {
  if (!ev.has(WRITEBACK_ACTIVITY)) return null;
  return needsOneOf(ev, events, 'counts pages written back, while the capture shows writeback');
}
