/**
 * Journal work on a followed file's device that no modelled path makes, replayed as the trace
 * shows it (`journal_other` inputs). The runs re-derive the handles of the mapping's own work:
 * the timestamp update inside a write fault, and the handles of its writeback (ext4 WRITE_PAGE
 * and EXT_CONVERT, XFS delalloc and unwritten conversions). Everything else the kernel journals
 * on that device is the same under every policy, so it is passed through: creating the file
 * (`__ext4_new_inode` under a DIR handle, `xfs_trans_alloc_icreate`), truncating or
 * fallocating it, `ext4_sample_last_mounted` at the first open, XFS trimming post-EOF blocks at
 * close (`xfs_free_eofblocks`), the timestamp updates of `write(2)`, other tasks' handles. The
 * device's handles are what the observed column counts (from the start of the capture), so
 * without these legacy fell short of it by the file's creation and setup (ext4-fault512-sparse:
 * 1 of 6 handles). jbd2_handle_stats says how many blocks each such handle added to the running
 * transaction (`dirtied_blocks`): they are logged at its commit (file creation: 4 of the
 * commit's 5 blocks in ext4-kupdate-commit5).
 *
 * Work before the device's first followed file is registered is kept (bounded) and handed over
 * when it is; the inputs go to that first followed file of the device.
 */
import type { FileRef } from '../inputs.js';
import type { TrackerState } from './state.js';

/** EXT4_HT_WRITE_PAGE and EXT4_HT_EXT_CONVERT: ext4's writeback handles (fs/ext4/ext4_jbd2.h). */
const EXT4_WRITEBACK_HANDLE_TYPES = new Set([2, 11]);
/** Pending work per device before it has a followed file (bounded like the file facts). */
const PENDING_LIMIT = 4096;

/**
 * An ext4 handle started (`jbd2_handle_start`): `inFault` when the task is inside a write-fault
 * episode (its timestamp update, modelled). An unmodelled one is remembered for its stats.
 */
export function ext4HandleStarted(
  st: TrackerState,
  pid: number,
  t: number,
  dev: number,
  type: number,
  inFault: boolean,
): void {
  const modelled = inFault || (EXT4_WRITEBACK_HANDLE_TYPES.has(type) && st.fileDevs.has(dev));
  if (modelled) return;
  st.unmodelledHandles.set(pid, dev);
  passThrough(st, dev, { t, handles: 1, blocks: 0, commit: false });
}

/**
 * An ext4 handle stopped (`jbd2_handle_stats`): the blocks an unmodelled one added to the
 * running transaction.
 */
export function ext4HandleStopped(st: TrackerState, pid: number, t: number, blocks: number): void {
  const dev = st.unmodelledHandles.get(pid);
  if (dev === undefined) return;
  st.unmodelledHandles.delete(pid);
  if (blocks > 0) passThrough(st, dev, { t, handles: 0, blocks, commit: false });
}

/**
 * An XFS transaction committed (`xfs_trans_commit`, which names no caller). Modelled: inside a
 * write fault (`xfs_vn_update_time`), and on a followed device, those of writeback: a flusher
 * or I/O-completion kworker (delalloc conversion, `xfs_end_ioend`'s unwritten conversion) or a
 * task inside its msync/fsync. XFS logs no per-transaction block count.
 */
export function xfsTransaction(
  st: TrackerState,
  pid: number,
  comm: string,
  t: number,
  dev: number,
  inFault: boolean,
): void {
  const writeback = st.fileDevs.has(dev) && (comm.startsWith('kworker/') || st.inSync(pid));
  if (inFault || writeback) return;
  passThrough(st, dev, { t, handles: 1, blocks: 0, commit: false });
}

/**
 * A jbd2 commit started before the device had a followed file: what forced it (an fsync of the
 * file's write(2) layout, say) is not replayed, so the commit is, as a captured one
 * (`fs_commit`; folio_rw's only commit). Later commits are the runs' own: their timing is what
 * a policy changes.
 */
export function ext4CommitStarted(st: TrackerState, t: number, dev: number): void {
  if (!st.fileDevs.has(dev)) passThrough(st, dev, { t, handles: 0, blocks: 0, commit: true });
}

export interface UnmodelledJournalWork {
  readonly t: number;
  readonly handles: number;
  readonly blocks: number;
  readonly commit: boolean;
}

function passThrough(st: TrackerState, dev: number, work: UnmodelledJournalWork): void {
  const file = firstFileOn(st, dev);
  if (file !== undefined) {
    emitWork(st, file, work);
    return;
  }
  let pending = st.pendingJournal.get(dev);
  if (pending === undefined) {
    if (st.pendingJournal.size >= PENDING_LIMIT) return;
    pending = [];
    st.pendingJournal.set(dev, pending);
  }
  if (pending.length < PENDING_LIMIT) pending.push(work);
}

/** The device got its first followed file: what its journal did before goes to that file. */
export function handOverPendingJournal(st: TrackerState, file: FileRef): void {
  const pending = st.pendingJournal.get(file.dev);
  if (pending === undefined) return;
  st.pendingJournal.delete(file.dev);
  for (const work of pending) emitWork(st, file, work);
}

function emitWork(st: TrackerState, file: FileRef, w: UnmodelledJournalWork): void {
  if (w.commit) st.emit({ k: 'fs_commit', t: w.t, file });
  else st.emit({ k: 'journal_other', t: w.t, file, handles: w.handles, blocks: w.blocks });
}

function firstFileOn(st: TrackerState, dev: number): FileRef | undefined {
  if (!st.fileDevs.has(dev)) return undefined;
  return st.fileList.find((f) => f.dev === dev);
}
