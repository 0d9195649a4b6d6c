/**
 * Trace -> model (KERNEL.md D.0 and D.7 steps 2-4). One streaming pass over canonical events that
 *
 * 1. keeps a VMA table per process from `sys_enter_mmap`/`sys_exit_mmap` (the exit's return value
 *    is the address) and `munmap`; only shared writable file mappings are followed (vmas.ts);
 * 2. binds a mapping to a file with the first `mm_filemap_fault` (or `writeback_dirty_folio`)
 *    inside a fault in its range: `index - (address - vma_start) / 4096` gives the mapping's pgoff
 *    (episode-end.ts, files.ts);
 * 3. segments *fault episodes* per task: a user write fault plus the following events of the same
 *    pid until its next user-visible event (next fault or syscall), and reads from each episode
 *    what the kernel did (timestamp update, dirtied folio, journal handle, I/O retry)
 *    (episodes.ts, episode-end.ts);
 * 4. turns the application's actions into `AppInput`s for the policy runs (syscalls.ts for
 *    msync/fsync/fallocate, writeback.ts for the writeback the trace shows, folios.ts for folio
 *    sizes), and counts what the trace itself shows (the `observed` column of legacy,
 *    observed.ts, devices.ts) and the costs it measures.
 *
 * Memory is bounded by live state: open episodes and syscalls per task, VMAs, followed files, and
 * small bounded maps of facts about files not (yet) followed (files.ts). All of it is one
 * TrackerState (state.ts); push() only hands each event kind to the module that owns it.
 */
import type { CanonicalEvent } from '../../events/index.js';
import type { AppInputSink } from '../inputs.js';
import type { FsIdentities } from '../fs/index.js';
import { onBlockRequest, onJournalCommit, onJournalHandle, onJournalRunStats } from './devices.js';
import { closeEpisode } from './episode-end.js';
import {
  dropIfTimeWentBack,
  endEpisodeOnOtherInode,
  onBlockReservation,
  onDaxFault,
  onFilemapFault,
  onGeneric,
  onInodeDirtied,
  onInodeMarkedDirty,
  onLost,
  onPageDirtied,
  onPageFault,
  onTimestamp,
  onWritebackWait,
} from './episodes.js';
import { onFsIdentified } from './files.js';
import { onPageCache } from './folios.js';
import { TrackerState } from './state.js';
import type { TrackerSummary } from './summary.js';
import { summarize } from './summary.js';
import {
  onFallocateEnter,
  onFsSync,
  onFsyncEnter,
  onMsyncEnter,
  onSyscallExit,
} from './syscalls.js';
import { onMlockEnter, onMmapEnter, onMunmapEnter } from './vmas.js';
import {
  onIomapWriteback,
  onWritebackWork,
  onWritepagesResult,
  onWritepagesStart,
} from './writeback.js';

export class Tracker {
  private readonly st: TrackerState;

  /**
   * @param emit where the application inputs go, in time order
   * @param t0 absolute trace time of the capture's first event (relative times are ns from it)
   * @param granuleNs the coarse clock granule (1/HZ) for the observed staleness figures; a
   *   function because HZ may only be known from the capture header
   * @param fs filesystem identities and evidence learnt in a pre-pass over the same capture
   *   (engine.ts), so that files are modelled as their filesystem from their first fault; a new
   *   one is learnt on the way otherwise.
   */
  constructor(emit: AppInputSink, t0: bigint, granuleNs: () => number, fs?: FsIdentities) {
    const st = new TrackerState(emit, t0, granuleNs, fs);
    this.st = st;
    st.fs.onIdentified = (dev) => {
      onFsIdentified(st, dev);
    };
  }

  /** Filesystem of each device, and what the capture contains. */
  get fs(): FsIdentities {
    return this.st.fs;
  }

  /** Jiffy grid offset used by the observed staleness figures. */
  get phaseNs(): number {
    return this.st.phaseNs;
  }
  set phaseNs(ns: number) {
    this.st.phaseNs = ns;
  }

  /** Called with the absolute time (ns) of each timestamp update the trace shows in a fault. */
  get onObservedUpdate(): ((tAbs: number) => void) | null {
    return this.st.onObservedUpdate;
  }
  set onObservedUpdate(f: ((tAbs: number) => void) | null) {
    this.st.onObservedUpdate = f;
  }

  /** Called with every write fault of a followed file whose timestamp update the trace can show. */
  get onObservedFault(): ((file: number, tAbs: number, updated: boolean) => void) | null {
    return this.st.onObservedFault;
  }
  set onObservedFault(f: ((file: number, tAbs: number, updated: boolean) => void) | null) {
    this.st.onObservedFault = f;
  }

  /** Feeds one event. Events must come in log order. */
  push(e: CanonicalEvent, tRel?: number): void {
    const st = this.st;
    // One bigint subtraction per event; the caller may pass it precomputed.
    const t = tRel ?? Number(e.ts - st.t0);
    if (st.episodes.size > 0) {
      dropIfTimeWentBack(st, e.pid, t);
      endEpisodeOnOtherInode(st, e.pid, e);
    }
    const fact = st.fs.observe(e);
    switch (e.type) {
      case 'header':
        st.hz = e.data.hz;
        st.kernel = e.data.kernel;
        return;
      case 'page_fault':
        onPageFault(st, e, t);
        return;
      case 'filemap_fault':
        onFilemapFault(st, e, t);
        return;
      case 'page_dirtied':
        onPageDirtied(st, e, t);
        return;
      case 'inode_dirtied':
        onInodeDirtied(st, e, t);
        return;
      case 'inode_marked_dirty':
        onInodeMarkedDirty(st, e, t);
        return;
      case 'timestamp':
        onTimestamp(st, e, t);
        return;
      case 'journal_handle':
        onJournalHandle(st, e, t);
        return;
      case 'writeback_wait':
        onWritebackWait(st, e, t);
        return;
      case 'dax_fault':
        onDaxFault(st, e, t);
        return;
      case 'generic':
        onGeneric(st, e, t, fact);
        return;
      case 'marker':
        closeEpisode(st, e.pid);
        return;
      case 'mmap_enter':
        onMmapEnter(st, e, t);
        return;
      case 'munmap_enter':
        onMunmapEnter(st, e, t);
        return;
      case 'mlock_enter':
        onMlockEnter(st, e, t);
        return;
      case 'fallocate_enter':
        onFallocateEnter(st, e, t);
        return;
      case 'msync_enter':
        onMsyncEnter(st, e, t);
        return;
      case 'fsync_enter':
        onFsyncEnter(st, e, t);
        return;
      case 'fs_sync':
        onFsSync(st, e, t);
        return;
      case 'syscall_exit':
        onSyscallExit(st, e, t);
        return;
      case 'writeback_work':
        onWritebackWork(st, e);
        return;
      case 'writepages_start':
        onWritepagesStart(st, e, t);
        return;
      case 'writepages_result':
        onWritepagesResult(st, e, t);
        return;
      case 'iomap_writeback':
        onIomapWriteback(st, e, t);
        return;
      case 'journal_commit':
        onJournalCommit(st, e, t);
        return;
      case 'journal_run_stats':
        onJournalRunStats(st, e);
        return;
      case 'block_request':
        onBlockRequest(st, e);
        return;
      case 'page_cache':
        onPageCache(st, e, t);
        return;
      case 'lost':
        onLost(st, e);
        return;
      case 'block_reservation':
        onBlockReservation(st, e, t);
        return;
      case 'xfs_fault':
        st.touch(e.pid, t);
        return;
    }
  }

  /** Closes every open episode and syscall (end of the capture). */
  finish(): void {
    const st = this.st;
    for (const pid of [...st.episodes.keys()]) closeEpisode(st, pid);
    st.gathered.flush();
  }

  summary(): TrackerSummary {
    return summarize(this.st);
  }
}
