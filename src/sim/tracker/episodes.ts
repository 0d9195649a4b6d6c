/**
 * Fault episodes (KERNEL.md D.7 step 3), per task: a user write fault plus the following events
 * of the same pid until its next user-visible event (next fault or syscall). The events here
 * open one or add to it what the kernel did inside the fault (the file it names, timestamp
 * update, dirtied folio, journal handle, stable-page wait, I/O retry); episode-end.ts reads a
 * finished one.
 */
import type { CanonicalEvent, EventOf, U64Id } from '../../events/index.js';
import { InodeFlag, pageOfOffset } from '../../events/index.js';
import type { FsFact } from '../fs/index.js';
import { devCounters, learnFsid, onCapturedCommit } from './devices.js';
import { closeEpisode } from './episode-end.js';
import { fileFact, fileKey, noteDev, resolveDev } from './files.js';
import { xfsTransaction } from './unmodelled-journal.js';
import type { TrackerState } from './state.js';
import type { Vma } from './vmas.js';
import { findVma, procKey } from './vmas.js';
import { onFolioWritten } from './writeback.js';

/**
 * A fault starting this soon after the end of the same task's previous one runs warm: the
 * untraced part of the store (exception entry, PTE install, return) is about half as long
 * (faultOutsideHotUs; measured on the fs captures against their latency CSVs).
 */
const HOT_GAP_NS = 20_000;

export interface Episode {
  readonly t: number;
  readonly vma: Vma;
  readonly address: number;
  readonly present: boolean;
  lastT: number;
  firstFilemapT: number;
  lastFilemapT: number;
  bindDev: number;
  /** -1 until an event names the fault's inode. */
  bindIno: U64Id;
  bindIndex: number;
  ts: boolean;
  tsLazyOnly: boolean;
  dirtySync: number;
  /** ctime_ns_xchg and xfs_update_time events of the fault's inode: a fault that waited and
   * retried (btrfs space flushing) can update the timestamps twice. */
  tsXchg: number;
  tsFs: number;
  /** The new ctime nanoseconds of the episode's ctime_ns_xchg, its old value's QUERIED flag. */
  tsNsec: number;
  tsQueried: boolean;
  handles: number;
  dirtiedPages: number;
  stableWaits: number;
  /** Time of the episode's first stable-page wait (folio_wait_writeback), or -1. */
  waitT: number;
  /** Events of the task inside the episode after page_fault_user. */
  seen: number;
  /** The task's previous fault ended less than HOT_GAP_NS before this one started. */
  readonly hot: boolean;
  needDsync: boolean;
  /** Folio index of the episode's clean -> dirty transition (writeback_dirty_folio), or -1. */
  dirtiedIndex: number;
  /** page_mkwrite reserved delalloc blocks (ext4_da_reserve_space, xfs_iomap_alloc): a hole. */
  reservedHole: boolean;
  /**
   * The fault is waiting inside the kernel for other tasks' writeback: btrfs space flushing
   * (btrfs_trigger_flush: page_mkwrite stalls for tens of ms while kworkers write delalloc),
   * or a stable-page wait. Their writeback does not end it.
   */
  waiting: boolean;
}

/**
 * "address=0x7f484b6a7000 ip=... error_code=0x7": bit 1 = write, bit 0 = present (0x7
 * write-protect fault, 0x6 not present). Kernel-mode faults only extend an episode.
 */
export function onPageFault(st: TrackerState, e: EventOf<'page_fault'>, t: number): void {
  const pid = e.pid;
  if (!e.data.user) {
    st.touch(pid, t);
    return;
  }
  closeEpisode(st, pid);
  const ec = e.data.errorCode;
  if ((ec & 0x2) === 0) return;
  const address = Number(e.data.address);
  const vma = findVma(st, procKey(e.tgid, pid), address);
  if (vma === undefined) return;
  st.episodes.set(pid, {
    t,
    vma,
    address,
    present: (ec & 0x1) !== 0,
    lastT: t,
    firstFilemapT: -1,
    lastFilemapT: -1,
    bindDev: -1,
    bindIno: -1,
    bindIndex: -1,
    ts: false,
    tsLazyOnly: false,
    dirtySync: 0,
    tsXchg: 0,
    tsFs: 0,
    tsNsec: -1,
    tsQueried: false,
    handles: 0,
    dirtiedPages: 0,
    stableWaits: 0,
    waitT: -1,
    seen: 0,
    hot: t - (st.lastFaultEnd.get(pid) ?? -Infinity) < HOT_GAP_NS,
    needDsync: false,
    dirtiedIndex: -1,
    reservedHole: false,
    waiting: false,
  });
}

/**
 * "dev=7:0 ino=c ofs=4096" (hex inode, byte offset): fires in filemap_fault, i.e. for
 * not-present faults only; twice when the first attempt waited for I/O and retried.
 */
export function onFilemapFault(st: TrackerState, e: EventOf<'filemap_fault'>, t: number): void {
  noteDev(st, e.data.dev, e.data.ino);
  const ep = st.touch(e.pid, t);
  if (ep !== undefined && !e.data.mapPages) {
    if (ep.firstFilemapT < 0) ep.firstFilemapT = t;
    ep.lastFilemapT = t;
    if (ep.bindDev < 0) {
      ep.bindDev = e.data.dev;
      ep.bindIno = e.data.ino;
      ep.bindIndex = pageOfOffset(e.data.offset);
    }
  }
}

/** "bdi 7:0: ino=12 index=1" (decimal inode): the clean -> dirty transition of a folio. */
export function onPageDirtied(st: TrackerState, e: EventOf<'page_dirtied'>, t: number): void {
  if (st.pageBeyondAnyFile(e.data.index)) return;
  const ep = st.touch(e.pid, t);
  if (ep !== undefined) {
    ep.dirtiedPages += 1;
    if (ep.dirtiedIndex < 0) ep.dirtiedIndex = e.data.index;
    if (ep.bindDev < 0) {
      ep.bindDev = resolveDev(st, e.data.dev, e.data.ino);
      ep.bindIno = e.data.ino;
      ep.bindIndex = e.data.index;
    }
  }
}

/**
 * writeback_mark_inode_dirty prints the flags being added: I_DIRTY_SYNC in a fault is the
 * journalled timestamp update; I_DIRTY_TIME alone is lazytime's in-memory one (pre-6.6).
 */
export function onInodeDirtied(st: TrackerState, e: EventOf<'inode_dirtied'>, t: number): void {
  const ep = st.touch(e.pid, t);
  if (ep !== undefined && e.data.stage === 'mark_inode_dirty' && episodeInode(ep, e.data.ino)) {
    const f = e.data.flags;
    if ((f & InodeFlag.DIRTY_SYNC) !== 0) {
      ep.ts = true;
      ep.tsLazyOnly = false;
      ep.dirtySync++;
    } else if ((f & InodeFlag.DIRTY_TIME) !== 0 && !ep.ts) {
      ep.ts = true;
      ep.tsLazyOnly = true;
    }
  }
}

/** ext4_mark_inode_dirty: in a fault, from ext4_dirty_inode, the update; outside, a file fact. */
export function onInodeMarkedDirty(
  st: TrackerState,
  e: EventOf<'inode_marked_dirty'>,
  t: number,
): void {
  const ep = st.touch(e.pid, t);
  if (ep !== undefined) {
    if (e.data.caller.startsWith('ext4_dirty_inode') && episodeInode(ep, e.data.ino)) ep.ts = true;
    return;
  }
  fileFact(st, e.pid, t, e.data.dev, e.data.ino, e.data.caller);
}

export function onTimestamp(st: TrackerState, e: EventOf<'timestamp'>, t: number): void {
  noteDev(st, e.data.dev, e.data.ino);
  const ep = st.touch(e.pid, t);
  const k = e.data.kind;
  if (ep !== undefined && k === 'ctime_ns_xchg' && episodeInode(ep, e.data.ino)) {
    ep.ts = true;
    ep.tsXchg++;
    ep.tsNsec = e.data.ctimeNsec;
    ep.tsQueried ||= e.data.queried;
  }
  if (k === 'fill_mg_cmtime') {
    const file = st.files.get(fileKey(e.data.dev, e.data.ino));
    if (file !== undefined) st.emit({ k: 'query', t, file });
  }
}

export function onWritebackWait(st: TrackerState, e: EventOf<'writeback_wait'>, t: number): void {
  const ep = st.touch(e.pid, t);
  if (ep !== undefined) {
    ep.stableWaits++;
    if (ep.waitT < 0) ep.waitT = t;
    ep.waiting = true;
  }
}

export function onDaxFault(st: TrackerState, e: EventOf<'dax_fault'>, t: number): void {
  const ep = st.touch(e.pid, t);
  if (ep !== undefined && e.data.result.includes('NEEDDSYNC')) ep.needDsync = true;
}

/**
 * A delalloc reservation inside a write fault: the page had no block (a hole), whatever the
 * capture showed of how the file was made (no ext4 caller on XFS, no open flags).
 */
export function onBlockReservation(
  st: TrackerState,
  e: EventOf<'block_reservation'>,
  t: number,
): void {
  const ep = st.touch(e.pid, t);
  const k = e.data.kind;
  if (ep !== undefined && (k === 'ext4_da_reserve_space' || k === 'xfs_iomap_alloc'))
    ep.reservedHole = true;
}

/** Any other tracepoint: a syscall ends the episode; a filesystem model may read a fact. */
export function onGeneric(
  st: TrackerState,
  e: EventOf<'generic'>,
  t: number,
  fact: FsFact | null,
): void {
  const pid = e.pid;
  if (e.data.name.startsWith('sys_')) closeEpisode(st, pid);
  else {
    const ep = st.touch(pid, t);
    if (ep !== undefined && e.data.name === 'btrfs_trigger_flush') ep.waiting = true;
    if (fact !== null) onFsFact(st, pid, e.comm, t, ep, fact);
  }
}

/** A fact one of the filesystem models read from its own tracepoint. */
function onFsFact(
  st: TrackerState,
  pid: number,
  comm: string,
  t: number,
  ep: Episode | undefined,
  fact: FsFact,
): void {
  switch (fact.kind) {
    case 'timestamp':
      if (ep !== undefined && episodeInode(ep, fact.ino)) {
        ep.ts = true;
        ep.tsFs++;
      }
      return;
    case 'transaction':
      devCounters(st, fact.dev).handles++;
      if (ep !== undefined) ep.handles++;
      xfsTransaction(st, pid, comm, t, fact.dev, ep !== undefined);
      return;
    case 'commit':
      if (fact.dev >= 0) devCounters(st, fact.dev).commits++;
      else st.anonCommits++;
      if (fact.captured) onCapturedCommit(st, t, fact.dev, fact.fsid);
      return;
    case 'folio_written':
      if (fact.dev < 0) learnFsid(st, fact.fsid, st.devByIno.get(fact.ino) ?? 0);
      onFolioWritten(st, pid, t, fact.dev, fact.ino, fact.index);
      return;
    case 'identity': {
      const file = ep?.vma.file;
      if (fact.fsid !== undefined && file !== undefined && file !== null)
        learnFsid(st, fact.fsid, file.dev);
      return;
    }
  }
}

/**
 * The tracer's loss ([LOST N EVENTS], one CPU's buffer) is counted only: the model carries on
 * across it. A record `log repair` replaced (log_damage) may have been any task's event, so no
 * open fault episode is extended across it: each ends with what it had before the gap (as its
 * next syscall would end it), and is never timed to an event after the gap.
 */
export function onLost(st: TrackerState, e: EventOf<'lost'>): void {
  if (e.data.kind === 'lost') st.lostEvents += e.data.count;
  else if (e.data.kind === 'log_damage') {
    st.damagedRecords += e.data.count;
    for (const p of [...st.episodes.keys()]) closeEpisode(st, p);
  }
}

/**
 * A task's event about another inode than the one its open fault is on means the fault is
 * over: the task went on to other work (in ext4-small-steady, mmwork's write() to its CSV file
 * 70 ms after a fault showed up as that fault's latency). The inode, not the device, decides:
 * on a partition, writeback events carry the whole disk's bdi while the file has the
 * partition's dev.
 */
export function endEpisodeOnOtherInode(st: TrackerState, pid: number, e: CanonicalEvent): void {
  const ep = st.episodes.get(pid);
  if (ep === undefined || !('ino' in e.data)) return;
  const known = ep.vma.file?.ino ?? ep.bindIno;
  if (known >= 0 && e.data.ino !== known) closeEpisode(st, pid);
}

/**
 * Time went backwards inside one task's fault episode (a CPU clock that jumped, events of the
 * task out of order): the event at `t` is earlier than one the episode already holds, so the
 * episode's duration (last event minus the fault) is not a time the fault took. The episode is
 * dropped, not closed: no fault input, no observed sample, no cost measurement, and counted.
 *
 * Checked here, per task, rather than at ingest across the merged stream: a duration is the
 * difference of two timestamps of one task, so a backward step between two of its own events is
 * exactly what makes a latency wrong. Across tasks (or CPUs) the merged order may legitimately
 * differ by the clocks' skew, and a step there says nothing about which episode it spoils.
 * A clock that jumps forward and stays there shows no backward step and is not detected.
 */
export function dropIfTimeWentBack(st: TrackerState, pid: number, t: number): void {
  const ep = st.episodes.get(pid);
  if (ep === undefined || t >= ep.lastT) return;
  st.episodes.delete(pid);
  st.timeBackwardsFaults++;
}

/** The event's inode is the fault's (or the fault has not named one yet). */
function episodeInode(ep: Episode, ino: U64Id): boolean {
  if (ep.vma.file !== null) return ep.vma.file.ino === ino;
  return ep.bindIno < 0 || ep.bindIno === ino;
}

/**
 * Another task's input (a flusher's writeback) is about to be emitted: close every open fault
 * episode first, so the inputs keep time order. An episode is only left open because its task
 * has not produced its next user-visible event yet; its kernel work is normally long done.
 * With `keepUndirtied`, a fault that has not dirtied its folio yet stays open too: it is still
 * in the kernel, stalled (btrfs_page_mkwrite reserving space while a kworker writes the file
 * back; btrfsnc steady capture: 13 faults whose c/mtime update and dirtying came up to 23 ms
 * later, after the kworker's extent_writepage lines) or running on another CPU (XFS steady: 2),
 * and its effects come after that writeback.
 */
export function closeAllEpisodes(st: TrackerState, exceptPid = -1, keepUndirtied = false): void {
  if (st.episodes.size === 0) return;
  for (const [pid, ep] of [...st.episodes])
    if (pid !== exceptPid && !ep.waiting && !(keepUndirtied && ep.dirtiedIndex < 0))
      closeEpisode(st, pid);
}
