/**
 * Trace -> model (KERNEL.md D.0 and D.7 steps 2-4). One streaming pass over canonical events that
 *
 * 1. keeps a VMA table per process from `sys_enter_mmap`/`sys_exit_mmap` (the exit's return value
 *    is the address) and `munmap`; only shared writable file mappings are followed;
 * 2. binds a mapping to a file with the first `mm_filemap_fault` (or `writeback_dirty_folio`)
 *    inside a fault in its range: `index - (address - vma_start) / 4096` gives the mapping's pgoff;
 * 3. segments *fault episodes* per task: a user write fault plus the following events of the same
 *    pid until its next user-visible event (next fault or syscall), and reads from each episode
 *    what the kernel did (timestamp update, dirtied folio, journal handle, I/O retry);
 * 4. turns the application's actions into `AppInput`s for the policy runs, and counts what the
 *    trace itself shows (the `observed` column of legacy) and the costs it measures.
 *
 * Memory is bounded by live state: open episodes and syscalls per task, VMAs, followed files, and
 * small bounded maps of facts about files not (yet) followed.
 */
import type { CanonicalEvent } from '../events/index.js';
import { formatDev, InodeFlag, pageOfOffset } from '../events/index.js';
import type { DevT, U64Id } from '../events/index.js';
import type { AppInput, AppInputSink, FileRef } from './inputs.js';
import type { FsFact, FsId, TimestampCostParam } from './fs/index.js';
import { FsIdentities, fsModel, WRITEBACK_ACTIVITY } from './fs/index.js';
import { MAX_INDEX } from './inputs.js';
import { LatencyAccumulator, LogLinearHistogram } from './stats.js';
import { CoarseGrid } from './clock.js';

const PAGE_SHIFT = 12;
const PAGE = 4096;
const FACT_CACHE_LIMIT = 4096;
/**
 * A fault starting this soon after the end of the same task's previous one runs warm: the
 * untraced part of the store (exception entry, PTE install, return) is about half as long
 * (faultOutsideHotUs; measured on the fs captures against their latency CSVs).
 */
const HOT_GAP_NS = 20_000;
/** Folio changes kept per file not yet followed (a 64 MiB file in order-0 pages). */
const FOLIO_FACT_LIMIT = 16384;
/** `ext4_mark_inode_dirty` callers that tell the model something about a file (see fileFact). */
const FACT_CALLERS = new Set([
  '__ext4_new_inode',
  'ext4_truncate',
  'ext4_alloc_file_blocks',
  'ext4_fallocate',
  'ext4_setattr',
]);

const MAP_SHARED_VALIDATE = 0x3;
const MAP_SYNC = 0x80000;
const MAP_LOCKED = 0x2000;
const MAP_POPULATE = 0x8000;
const PROT_WRITE = 0x2;

interface Vma {
  start: number;
  end: number;
  pgoff: number;
  fd: number;
  file: FileRef | null;
  vmSync: boolean;
  /** mlock / MAP_LOCKED / MAP_POPULATE seen before the mapping was bound to a file. */
  pendingLock: boolean;
}

interface Episode {
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

interface PendingSyscall {
  readonly t: number;
  readonly kind: 'msync' | 'fsync';
  readonly start: number;
  readonly len: number;
  readonly flags: number;
  readonly fd: number;
  readonly datasync: boolean;
  readonly syscall: string;
  file: FileRef | null;
}

interface FileFacts {
  mtimeSetT: number;
  created: boolean;
  createdT: number;
  fallocated: { t: number; first: number; last: number } | null;
  folios: Map<number, number> | null;
  /**
   * Ranges written back before the file was followed (write(2) then fsync, say): their blocks
   * are allocated, whatever the creation left.
   */
  written: { t: number; first: number; last: number }[];
}

/** Counters read directly from the trace (legacy's `observed`). */
export interface ObservedAccumulator {
  writeFaults: number;
  pageMkwriteCalls: number;
  timestampUpdates: number;
  inodeDirtySyncEvents: number;
  journalHandlesInFaults: number;
  dataPagesWritten: number;
  stablePageWaits: number;
  fdatasyncsFromFaults: number;
  msyncCalls: number;
  bytesDirtied: number;
  suSViolations: number;
  staleSamples: number;
  staleSumMs: number;
  staleMaxMs: number;
  faultLatency: LatencyAccumulator;
  msyncLatency: LatencyAccumulator;
}

interface DevObserved {
  handles: number;
  commits: number;
  blocksLogged: number;
  flushes: number;
  dataBytes: number;
  metaBytes: number;
  journalBytes: number;
  blockRequests: number;
}

/** Samples from which the trace measures cost parameters. */
export interface Measurements {
  readonly serviceWpPlain: LogLinearHistogram;
  readonly serviceWpTs: LogLinearHistogram;
  readonly serviceNpPlain: LogLinearHistogram;
  readonly serviceNpTs: LogLinearHistogram;
  readonly msyncAsync: LogLinearHistogram;
  readonly msyncSync: LogLinearHistogram;
  readonly fsync: LogLinearHistogram;
  readonly journalCommit: LogLinearHistogram;
  /**
   * The same four service histograms per timestamp cost parameter of the files' filesystems, so
   * that each filesystem's update cost is measured from its own faults (tsUpdateXfsUs from the
   * XFS files of a capture, tsUpdateUs from its ext4 ones).
   */
  readonly byTsCost: Map<TimestampCostParam, ServiceHistograms>;
}

export interface ServiceHistograms {
  readonly wpPlain: LogLinearHistogram;
  readonly wpTs: LogLinearHistogram;
  readonly npPlain: LogLinearHistogram;
  readonly npTs: LogLinearHistogram;
}

export interface TrackerSummary {
  readonly files: readonly FileRef[];
  readonly observed: ObservedAccumulator;
  readonly observedDev: {
    readonly journalHandles: number;
    readonly journalCommits: number;
    readonly journalBlocksLogged: number;
    readonly cacheFlushes: number;
    readonly dataBytes: number;
    readonly metadataBytes: number;
    readonly journalBytes: number;
    readonly blockRequests: number;
  };
  readonly measurements: Measurements;
  /** The filesystem of each followed file, by file id. */
  readonly fileFs: readonly FsId[];
  /** What the capture contains (fs-model.ts Evidence). */
  readonly evidence: ReadonlySet<string>;
  /** Pages of folios cleaned by writeback the trace did not show (proved by a later re-dirtying). */
  readonly unseenCleanings: number;
  /** Write faults in shared writable file mappings that could not be bound to a file. */
  readonly unattributedFaults: number;
  /** Write-fault episodes dropped because time went backwards inside them. */
  readonly timeBackwardsFaults: number;
  /** msync/fsync calls whose exit is earlier than their entry: no traced duration. */
  readonly timeBackwardsSyscalls: number;
  /** Events ignored because their page index is beyond the largest possible file. */
  readonly pageIndexBeyondFiles: number;
  readonly lostEvents: number;
  /** Records of the event log lost to damage (`lost` events of kind log_damage). */
  readonly damagedRecords: number;
  readonly hz: number;
  readonly kernel: string;
}

function newFacts(): FileFacts {
  return {
    mtimeSetT: -1,
    created: false,
    createdT: -1,
    fallocated: null,
    folios: null,
    written: [],
  };
}

/** A single observed-latency term vector: observed samples carry no cost terms. */
const NO_TERMS = new Float64Array(0);

export class Tracker {
  private readonly sink: AppInputSink;
  /**
   * Folios written one event at a time (iomap_writeback_folio, btrfs extent_writepage) by one
   * task, gathered into one writeback of a contiguous range, as the kernel maps and submits
   * them (one delalloc conversion per extent, one ioend per range): emitted before any other
   * input, so inputs keep their order.
   */
  private pendingWb: {
    readonly pid: number;
    readonly file: FileRef;
    readonly t: number;
    readonly first: number;
    last: number;
    lastT: number;
    readonly reason: string;
  } | null = null;
  private readonly t0: bigint;
  private readonly granuleNs: () => number;
  private readonly vmasByProc = new Map<number, Vma[]>();
  private readonly pendingMmap = new Map<
    number,
    { t: number; len: number; prot: number; flags: number; fd: number; off: number }
  >();
  private readonly episodes = new Map<number, Episode>();
  private readonly syscalls = new Map<number, PendingSyscall>();
  private readonly fdFiles = new Map<string, FileRef>();
  private readonly pendingFallocate = new Map<
    number,
    { t: number; fd: number; offset: number; len: number }
  >();
  private readonly files = new Map<string, FileRef>();
  private readonly fileList: FileRef[] = [];
  private readonly facts = new Map<string, FileFacts>();
  private readonly reasonByPid = new Map<number, string>();
  /** When each task's last fault episode ended (for `hot`). */
  private readonly lastFaultEnd = new Map<number, number>();
  private readonly writepagesByPid = new Map<number, FileRef>();
  private readonly devsWithWritepages = new Set<number>();
  private readonly devObserved = new Map<number, DevObserved>();
  /** Devices of the followed files (measurements of other devices are not theirs). */
  private readonly fileDevs = new Set<number>();
  private readonly commitStart = new Map<string, number>();
  /** Observed last timestamp update granule and dirty pages since writeback, per file id. */
  private readonly obsFile: { updGranule: number; lastFault: number; dirtySinceWb: number }[] = [];
  unattributedFaults = 0;
  /** Write-fault episodes dropped because time went backwards inside them (dropIfTimeWentBack). */
  timeBackwardsFaults = 0;
  timeBackwardsSyscalls = 0;
  /** Events ignored because their page index is beyond any file (pageBeyondAnyFile). */
  pageIndexBeyondFiles = 0;
  /** Jiffy grid offset used by the observed staleness figures. */
  phaseNs = 0;
  lostEvents = 0;
  damagedRecords = 0;
  hz = 0;
  kernel = '';

  readonly observed: ObservedAccumulator = {
    writeFaults: 0,
    pageMkwriteCalls: 0,
    timestampUpdates: 0,
    inodeDirtySyncEvents: 0,
    journalHandlesInFaults: 0,
    dataPagesWritten: 0,
    stablePageWaits: 0,
    fdatasyncsFromFaults: 0,
    msyncCalls: 0,
    bytesDirtied: 0,
    suSViolations: 0,
    staleSamples: 0,
    staleSumMs: 0,
    staleMaxMs: 0,
    faultLatency: new LatencyAccumulator(0),
    msyncLatency: new LatencyAccumulator(0),
  };

  readonly measurements: Measurements = {
    serviceWpPlain: new LogLinearHistogram(),
    serviceWpTs: new LogLinearHistogram(),
    serviceNpPlain: new LogLinearHistogram(),
    serviceNpTs: new LogLinearHistogram(),
    msyncAsync: new LogLinearHistogram(),
    msyncSync: new LogLinearHistogram(),
    fsync: new LogLinearHistogram(),
    journalCommit: new LogLinearHistogram(),
    byTsCost: new Map(),
  };
  /** Filesystem of each device, and what the capture contains. */
  readonly fs: FsIdentities;
  /** Devices of anonymous-dev files by inode (btrfs: bdi-named events carry no dev). */
  private readonly devByIno = new Map<U64Id, number>();
  /** Per file id: folio start -> order, as the trace showed or implied them. */
  private readonly folioOrders: Map<number, number>[] = [];
  /** Per file id: folios the trace showed dirtied and not yet written back. */
  private readonly obsDirty: Set<number>[] = [];
  /** btrfs commits (its events name no device). */
  private anonCommits = 0;
  unseenCleanings = 0;

  /**
   * @param t0 absolute trace time of the capture's first event (relative times are ns from it)
   * @param granuleNs the coarse clock granule (1/HZ) for the observed staleness figures; a
   *   function because HZ may only be known from the capture header
   */
  /** Called with the absolute time (ns) of each timestamp update the trace shows in a fault. */
  onObservedUpdate: ((tAbs: number) => void) | null = null;
  /** Called with every write fault of a followed file whose timestamp update the trace can show. */
  onObservedFault: ((file: number, tAbs: number, updated: boolean) => void) | null = null;

  /**
   * @param fs filesystem identities and evidence learnt in a pre-pass over the same capture
   *   (engine.ts), so that files are modelled as their filesystem from their first fault; a new
   *   one is learnt on the way otherwise.
   */
  constructor(emit: AppInputSink, t0: bigint, granuleNs: () => number, fs?: FsIdentities) {
    this.sink = emit;
    this.t0 = t0;
    this.granuleNs = granuleNs;
    this.fs = fs ?? new FsIdentities();
    this.fs.onIdentified = (dev) => {
      this.onFsIdentified(dev);
    };
  }

  /** Feeds one event. Events must come in log order. */
  push(e: CanonicalEvent, tRel?: number): void {
    // One bigint subtraction per event; the caller may pass it precomputed.
    const t = tRel ?? Number(e.ts - this.t0);
    const pid = e.pid;
    if (this.episodes.size > 0) {
      this.dropIfTimeWentBack(pid, t);
      this.endEpisodeOnOtherInode(pid, e);
    }
    const fact = this.fs.observe(e);
    switch (e.type) {
      case 'header':
        this.hz = e.data.hz;
        this.kernel = e.data.kernel;
        return;
      // "address=0x7f484b6a7000 ip=... error_code=0x7": bit 1 = write, bit 0 = present
      // (0x7 write-protect fault, 0x6 not present). Kernel-mode faults only extend an episode.
      case 'page_fault': {
        if (!e.data.user) {
          this.touch(pid, t);
          return;
        }
        this.closeEpisode(pid);
        const ec = e.data.errorCode;
        if ((ec & 0x2) === 0) return;
        const address = Number(e.data.address);
        const vma = this.findVma(procKey(e.tgid, pid), address);
        if (vma === undefined) return;
        this.episodes.set(pid, {
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
          hot: t - (this.lastFaultEnd.get(pid) ?? -Infinity) < HOT_GAP_NS,
          needDsync: false,
          dirtiedIndex: -1,
          reservedHole: false,
          waiting: false,
        });
        return;
      }
      // "dev=7:0 ino=c ofs=4096" (hex inode, byte offset): fires in filemap_fault, i.e. for
      // not-present faults only; twice when the first attempt waited for I/O and retried.
      case 'filemap_fault': {
        this.noteDev(e.data.dev, e.data.ino);
        const ep = this.touch(pid, t);
        if (ep !== undefined && !e.data.mapPages) {
          if (ep.firstFilemapT < 0) ep.firstFilemapT = t;
          ep.lastFilemapT = t;
          if (ep.bindDev < 0) {
            ep.bindDev = e.data.dev;
            ep.bindIno = e.data.ino;
            ep.bindIndex = pageOfOffset(e.data.offset);
          }
        }
        return;
      }
      // "bdi 7:0: ino=12 index=1" (decimal inode): the clean -> dirty transition of a folio.
      case 'page_dirtied': {
        if (this.pageBeyondAnyFile(e.data.index)) return;
        const ep = this.touch(pid, t);
        if (ep !== undefined) {
          ep.dirtiedPages += 1;
          if (ep.dirtiedIndex < 0) ep.dirtiedIndex = e.data.index;
          if (ep.bindDev < 0) {
            ep.bindDev = this.resolveDev(e.data.dev, e.data.ino);
            ep.bindIno = e.data.ino;
            ep.bindIndex = e.data.index;
          }
        }
        return;
      }
      // writeback_mark_inode_dirty prints the flags being added: I_DIRTY_SYNC in a fault is the
      // journalled timestamp update; I_DIRTY_TIME alone is lazytime's in-memory one (pre-6.6).
      case 'inode_dirtied': {
        const ep = this.touch(pid, t);
        if (
          ep !== undefined &&
          e.data.stage === 'mark_inode_dirty' &&
          this.episodeInode(ep, e.data.ino)
        ) {
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
        return;
      }
      case 'inode_marked_dirty': {
        const ep = this.touch(pid, t);
        if (ep !== undefined) {
          if (e.data.caller.startsWith('ext4_dirty_inode') && this.episodeInode(ep, e.data.ino))
            ep.ts = true;
          return;
        }
        this.fileFact(pid, t, e.data.dev, e.data.ino, e.data.caller);
        return;
      }
      case 'timestamp': {
        this.noteDev(e.data.dev, e.data.ino);
        const ep = this.touch(pid, t);
        const k = e.data.kind;
        if (ep !== undefined && k === 'ctime_ns_xchg' && this.episodeInode(ep, e.data.ino)) {
          ep.ts = true;
          ep.tsXchg++;
          ep.tsNsec = e.data.ctimeNsec;
          ep.tsQueried ||= e.data.queried;
        }
        if (k === 'fill_mg_cmtime') {
          const file = this.files.get(fileKey(e.data.dev, e.data.ino));
          if (file !== undefined) this.emit({ k: 'query', t, file });
        }
        return;
      }
      case 'journal_handle': {
        const ep = this.touch(pid, t);
        if (e.data.phase === 'start') {
          this.dev(e.data.dev).handles++;
          if (ep !== undefined) ep.handles++;
        }
        return;
      }
      case 'writeback_wait': {
        const ep = this.touch(pid, t);
        if (ep !== undefined) {
          ep.stableWaits++;
          if (ep.waitT < 0) ep.waitT = t;
          ep.waiting = true;
        }
        return;
      }
      case 'dax_fault': {
        const ep = this.touch(pid, t);
        if (ep !== undefined && e.data.result.includes('NEEDDSYNC')) ep.needDsync = true;
        return;
      }
      case 'generic': {
        if (e.data.name.startsWith('sys_')) this.closeEpisode(pid);
        else {
          const ep = this.touch(pid, t);
          if (ep !== undefined && e.data.name === 'btrfs_trigger_flush') ep.waiting = true;
          if (fact !== null) this.onFsFact(pid, t, ep, fact);
        }
        return;
      }
      case 'marker':
        this.closeEpisode(pid);
        return;
      // The enter has the arguments, the exit the address (A.9); paired per pid.
      case 'mmap_enter': {
        this.closeEpisode(pid);
        const d = e.data;
        this.pendingMmap.set(pid, {
          t,
          len: Number(d.len),
          prot: d.prot,
          flags: d.flags,
          fd: d.fd,
          off: Number(d.off),
        });
        return;
      }
      // Unmapped on enter: the range is gone for the task's later faults either way.
      case 'munmap_enter': {
        this.closeEpisode(pid);
        const start = Number(e.data.addr);
        this.unmapRange(procKey(e.tgid, pid), start, start + Number(e.data.len), t, true);
        return;
      }
      // mlock on a mapping not bound to a file yet is remembered and replayed at binding.
      case 'mlock_enter': {
        this.closeEpisode(pid);
        const d = e.data;
        if (d.syscall === 'munlock' || d.syscall === 'munlockall') return;
        const vmas = this.vmasByProc.get(procKey(e.tgid, pid)) ?? [];
        const all = d.syscall === 'mlockall';
        const start = Number(d.start);
        const end = start + Number(d.len);
        for (const v of vmas) {
          if (!all && (v.end <= start || v.start >= end)) continue;
          const lo = all ? v.start : Math.max(v.start, start);
          const hi = all ? v.end : Math.min(v.end, end);
          if (v.file === null) v.pendingLock = true;
          else this.emitLock(v, lo, hi, t);
        }
        return;
      }
      case 'fallocate_enter': {
        this.closeEpisode(pid);
        const d = e.data;
        const file = this.fdFiles.get(`${procKey(e.tgid, pid)}:${d.fd}`);
        const first = Math.floor(d.offset / PAGE);
        const last = Math.max(first, Math.ceil((d.offset + d.len) / PAGE) - 1);
        // mode bit 0x2 (PUNCH_HOLE) and 0x10 (ZERO_RANGE) do not preallocate unwritten extents
        // the same way; 0 and KEEP_SIZE (0x1) do.
        if ((d.mode & ~0x1) !== 0) return;
        if (file !== undefined)
          this.emit({ k: 'block_base', t, file, state: 'unwritten', first, last, reset: true });
        else this.pendingFallocate.set(pid, { t, fd: d.fd, offset: d.offset, len: d.len });
        return;
      }
      // "sys_msync(start: 0x7f.., len: 0x800000, flags: 1)": replayed at its exit.
      case 'msync_enter': {
        this.closeEpisode(pid);
        this.syscalls.set(pid, {
          t,
          kind: 'msync',
          start: Number(e.data.start),
          len: Number(e.data.len),
          flags: e.data.flags,
          fd: -1,
          datasync: (e.data.flags & 4) !== 0,
          syscall: 'msync',
          file: null,
        });
        return;
      }
      case 'fsync_enter': {
        this.closeEpisode(pid);
        const d = e.data;
        this.syscalls.set(pid, {
          t,
          kind: 'fsync',
          start: 0,
          len: 0,
          flags: 0,
          fd: d.fd,
          datasync: d.datasync,
          syscall: d.syscall,
          file: this.fdFiles.get(`${procKey(e.tgid, pid)}:${d.fd}`) ?? null,
        });
        return;
      }
      case 'fs_sync': {
        this.touch(pid, t);
        const sc = this.syscalls.get(pid);
        if (sc?.kind === 'fsync' && sc.file === null && e.data.phase === 'enter') {
          sc.file = this.files.get(fileKey(e.data.dev, e.data.ino)) ?? null;
        }
        return;
      }
      case 'syscall_exit':
        this.onSyscallExit(e.tgid, pid, t, e.data.syscall, e.data.ret);
        return;
      case 'writeback_work':
        if (e.data.phase === 'start' || e.data.phase === 'exec' || e.data.phase === 'queue') {
          this.reasonByPid.set(pid, e.data.reason);
        }
        // dev 0: a named bdi (btrfs-N), which may be the followed files' device.
        if (e.data.dev === 0 || this.fileDevs.has(e.data.dev))
          this.fs.evidence.add(WRITEBACK_ACTIVITY);
        return;
      case 'writepages_start':
        this.onWritepagesStart(pid, t, e.data);
        return;
      case 'writepages_result':
        this.onWritepagesResult(pid, t, e.data);
        return;
      case 'iomap_writeback': {
        const d = e.data;
        if (d.phase !== 'folio') return;
        this.devsWithWritepages.add(d.dev);
        if (!this.inSync(pid)) this.closeAllEpisodes();
        const file = this.files.get(fileKey(d.dev, d.ino));
        const first = Math.floor(d.offset / PAGE);
        const pages = Math.max(1, Math.ceil(d.length / PAGE));
        if (file === undefined) {
          this.writtenBeforeFollowed(d.dev, d.ino, t, first, first + pages - 1);
          return;
        }
        this.observed.dataPagesWritten += pages;
        this.cleanObserved(file, first, first + pages - 1);
        this.noteObservedWriteback(file);
        if (this.inSync(pid)) return;
        this.folioWriteback(pid, t, file, first, first + pages - 1);
        return;
      }
      // jbd2_start_commit -> jbd2_end_commit per (dev, tid): the measured commit latency.
      case 'journal_commit': {
        const d = e.data;
        const key = `${d.dev}:${d.tid}`;
        if (d.phase === 'start') this.commitStart.set(key, t);
        else if (d.phase === 'end') {
          this.dev(d.dev).commits++;
          const s = this.commitStart.get(key);
          if (s !== undefined && this.fileDevs.has(d.dev)) {
            this.measurements.journalCommit.add((t - s) / 1000);
            this.commitStart.delete(key);
          }
        }
        return;
      }
      case 'journal_run_stats':
        this.dev(e.data.dev).blocksLogged += e.data.blocksLogged;
        return;
      // "7,2 WS 16384 () ... [mmapw]": data from the app or flusher, WSM/WM metadata, jbd2's
      // own writes are the journal; F = cache flush (A.11).
      case 'block_request': {
        const d = e.data;
        if (d.phase !== 'issue') return;
        const o = this.dev(d.dev);
        o.blockRequests++;
        const bytes = d.bytes > 0 ? d.bytes : d.nrSector * 512;
        if (d.rwbs.includes('F')) o.flushes++;
        if (!d.rwbs.includes('W')) return;
        if (e.comm.startsWith('jbd2/')) o.journalBytes += bytes;
        else if (d.rwbs.includes('M')) o.metaBytes += bytes;
        else o.dataBytes += bytes;
        return;
      }
      // A folio added (order=) or removed: every change is passed on, order 0 included, so
      // that a large folio of an earlier page-cache life does not outlive its eviction.
      case 'page_cache': {
        const d = e.data;
        if (this.pageBeyondAnyFile(d.index)) return;
        this.noteDev(d.dev, d.ino);
        const order = d.removed ? 0 : d.order;
        const file = this.files.get(fileKey(d.dev, d.ino));
        if (file !== undefined) {
          setFolioOrder(this.folioOrders[file.id]!, d.index, order);
          this.emit({ k: 'folio', t, file, index: d.index, order });
        } else {
          const f = this.factsFor(fileKey(d.dev, d.ino));
          f.folios ??= new Map();
          // Re-inserted at the end: replayed at binding in the order the trace had them.
          f.folios.delete(d.index);
          if (f.folios.size < FOLIO_FACT_LIMIT) f.folios.set(d.index, order);
        }
        return;
      }
      // The tracer's loss ([LOST N EVENTS], one CPU's buffer) is counted only: the model carries
      // on across it. A record `log repair` replaced (log_damage) may have been any task's
      // event, so no open fault episode is extended across it: each ends with what it had
      // before the gap (as its next syscall would end it), and is never timed to an event
      // after the gap.
      case 'lost':
        if (e.data.kind === 'lost') this.lostEvents += e.data.count;
        else if (e.data.kind === 'log_damage') {
          this.damagedRecords += e.data.count;
          for (const p of [...this.episodes.keys()]) this.closeEpisode(p);
        }
        return;
      // A delalloc reservation inside a write fault: the page had no block (a hole), whatever
      // the capture showed of how the file was made (no ext4 caller on XFS, no open flags).
      case 'block_reservation': {
        const ep = this.touch(pid, t);
        const k = e.data.kind;
        if (ep !== undefined && (k === 'ext4_da_reserve_space' || k === 'xfs_iomap_alloc'))
          ep.reservedHole = true;
        return;
      }
      case 'xfs_fault':
        this.touch(pid, t);
        return;
    }
  }

  /** Closes every open episode and syscall (end of the capture). */
  finish(): void {
    for (const pid of [...this.episodes.keys()]) this.closeEpisode(pid);
    this.flushFolioWriteback();
  }

  /** Every input goes out through here: a gathered folio writeback first. */
  private emit(input: AppInput): void {
    if (this.pendingWb !== null) this.flushFolioWriteback();
    this.sink(input);
  }

  /** One folio [first, last] written by `pid`: extends the pending range or starts one. */
  private folioWriteback(pid: number, t: number, file: FileRef, first: number, last: number): void {
    const p = this.pendingWb;
    if (p !== null && p.pid === pid && p.file === file && first === p.last + 1) {
      p.last = last;
      p.lastT = t;
      return;
    }
    this.flushFolioWriteback();
    const reason = this.reasonByPid.get(pid) ?? 'unknown';
    this.pendingWb = { pid, file, t, first, last, lastT: t, reason };
  }

  private flushFolioWriteback(): void {
    const p = this.pendingWb;
    if (p === null) return;
    this.pendingWb = null;
    const { file, t, first, last, reason } = p;
    this.sink({ k: 'writeback', t, file, first, last, reason });
    this.sink({ k: 'writeback_done', t: p.lastT, file });
  }

  summary(): TrackerSummary {
    const tracked = new Set(this.fileList.map((f) => f.dev));
    const sum = {
      journalHandles: 0,
      journalCommits: 0,
      journalBlocksLogged: 0,
      cacheFlushes: 0,
      dataBytes: 0,
      metadataBytes: 0,
      journalBytes: 0,
      blockRequests: 0,
    };
    if ([...tracked].some((dev) => dev < 2 ** 20 && this.fs.fsOf(dev) === 'btrfs'))
      sum.journalCommits += this.anonCommits;
    for (const [dev, o] of this.devObserved) {
      if (!tracked.has(dev)) continue;
      sum.journalHandles += o.handles;
      sum.journalCommits += o.commits;
      sum.journalBlocksLogged += o.blocksLogged;
      sum.cacheFlushes += o.flushes;
      sum.dataBytes += o.dataBytes;
      sum.metadataBytes += o.metaBytes;
      sum.journalBytes += o.journalBytes;
      sum.blockRequests += o.blockRequests;
    }
    return {
      files: this.fileList,
      observed: this.observed,
      observedDev: sum,
      measurements: this.measurements,
      fileFs: this.fileList.map((f) => this.fs.fsOf(f.dev)),
      evidence: this.fs.evidence,
      unseenCleanings: this.unseenCleanings,
      unattributedFaults: this.unattributedFaults,
      timeBackwardsFaults: this.timeBackwardsFaults,
      timeBackwardsSyscalls: this.timeBackwardsSyscalls,
      pageIndexBeyondFiles: this.pageIndexBeyondFiles,
      lostEvents: this.lostEvents,
      damagedRecords: this.damagedRecords,
      hz: this.hz,
      kernel: this.kernel,
    };
  }

  // --- internals -------------------------------------------------------------------------

  private dev(dev: number): DevObserved {
    let o = this.devObserved.get(dev);
    if (o === undefined) {
      o = {
        handles: 0,
        commits: 0,
        blocksLogged: 0,
        flushes: 0,
        dataBytes: 0,
        metaBytes: 0,
        journalBytes: 0,
        blockRequests: 0,
      };
      this.devObserved.set(dev, o);
    }
    return o;
  }

  /**
   * A task's event about another inode than the one its open fault is on means the fault is
   * over: the task went on to other work (in ext4-small-steady, mmwork's write() to its CSV file
   * 70 ms after a fault showed up as that fault's latency). The inode, not the device, decides:
   * on a partition, writeback events carry the whole disk's bdi while the file has the
   * partition's dev.
   */
  private endEpisodeOnOtherInode(pid: number, e: CanonicalEvent): void {
    const ep = this.episodes.get(pid);
    if (ep === undefined || !('ino' in e.data)) return;
    const known = ep.vma.file?.ino ?? ep.bindIno;
    if (known >= 0 && e.data.ino !== known) this.closeEpisode(pid);
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
  private dropIfTimeWentBack(pid: number, t: number): void {
    const ep = this.episodes.get(pid);
    if (ep === undefined || t >= ep.lastT) return;
    this.episodes.delete(pid);
    this.timeBackwardsFaults++;
  }

  /**
   * A page index at or above 2^53 (a bigint U64Id) names no page of any file: the largest file
   * is MAX_LFS_FILESIZE = LLONG_MAX bytes (include/linux/fs.h, 64-bit), so indexes stay below
   * 2^51. The event log keeps such an index exactly; the replay ignores the event and counts it
   * instead of rounding it onto a neighbouring page.
   */
  private pageBeyondAnyFile(index: U64Id): index is bigint {
    if (typeof index === 'number') return false;
    this.pageIndexBeyondFiles++;
    return true;
  }

  /** Extends the pid's open episode (if any) to `t` and returns it. */
  private touch(pid: number, t: number): Episode | undefined {
    const ep = this.episodes.get(pid);
    if (ep !== undefined) {
      ep.lastT = t;
      ep.seen++;
    }
    return ep;
  }

  private episodeInode(ep: Episode, ino: U64Id): boolean {
    if (ep.vma.file !== null) return ep.vma.file.ino === ino;
    return ep.bindIno < 0 || ep.bindIno === ino;
  }

  private inSync(pid: number): boolean {
    return this.syscalls.has(pid);
  }

  private findVma(proc: number, address: number): Vma | undefined {
    const vmas = this.vmasByProc.get(proc);
    if (vmas === undefined) return undefined;
    for (const v of vmas) if (address >= v.start && address < v.end) return v;
    return undefined;
  }

  private register(dev: number, ino: U64Id): FileRef {
    const key = fileKey(dev, ino);
    let f = this.files.get(key);
    if (f !== undefined) return f;
    f = { id: this.fileList.length, key, dev, ino };
    this.files.set(key, f);
    this.fileList.push(f);
    this.fileDevs.add(dev);
    this.obsFile.push({ updGranule: -Infinity, lastFault: -1, dirtySinceWb: 0 });
    this.folioOrders.push(new Map());
    this.obsDirty.push(new Set());
    this.emit({ k: 'fs', t: 0, file: f, fs: this.fs.fsOf(dev) });
    const facts = this.facts.get(key);
    if (facts !== undefined) {
      this.facts.delete(key);
      if (facts.created)
        this.emit({
          k: 'block_base',
          t: facts.createdT,
          file: f,
          state: 'hole',
          first: 0,
          last: MAX_INDEX,
          reset: true,
        });
      if (facts.fallocated !== null) {
        this.emit({
          k: 'block_base',
          t: facts.fallocated.t,
          file: f,
          state: 'unwritten',
          first: facts.fallocated.first,
          last: facts.fallocated.last,
          reset: true,
        });
      }
      for (const w of facts.written)
        this.emit({ k: 'block_base', file: f, state: 'mapped', ...w, reset: false });
      if (facts.mtimeSetT >= 0) {
        this.emit({ k: 'mtime_set', t: facts.mtimeSetT, file: f });
        this.obsFile[f.id]!.updGranule = Math.floor(
          (Number(this.t0) + facts.mtimeSetT - this.phaseNs) / this.granuleNs(),
        );
      }
      if (facts.folios !== null) {
        for (const [index, order] of facts.folios) {
          setFolioOrder(this.folioOrders[f.id]!, index, order);
          this.emit({ k: 'folio', t: facts.mtimeSetT, file: f, index, order });
        }
      }
    }
    return f;
  }

  private factsFor(key: string): FileFacts {
    let f = this.facts.get(key);
    if (f === undefined) {
      if (this.facts.size >= FACT_CACHE_LIMIT) {
        const oldest = this.facts.keys().next().value;
        if (oldest !== undefined) this.facts.delete(oldest);
      }
      f = newFacts();
      this.facts.set(key, f);
    }
    return f;
  }

  /**
   * Inode changes outside fault episodes that matter to the model: creation (an empty file: every
   * page a hole), truncation, fallocate (unwritten extents) and setattr; all of them set c/mtime.
   * ext4 shows them as `ext4_mark_inode_dirty caller ...`; the fallocate *syscall* is often not
   * in the event set (the shared captures lack it), so `ext4_alloc_file_blocks` is the evidence.
   */
  private fileFact(pid: number, t: number, dev: number, ino: U64Id, rawCaller: string): void {
    // GCC clones keep their suffix in the symbol: "ext4_alloc_file_blocks.isra.0+0x1b4/0x3c0"
    // in the prealloc capture (.isra.N, .constprop.N, .part.N, .cold).
    const dot = rawCaller.indexOf('.');
    const caller = dot < 0 ? rawCaller : rawCaller.slice(0, dot);
    if (!FACT_CALLERS.has(caller)) return;
    const created = caller === '__ext4_new_inode';
    const truncated = caller === 'ext4_truncate';
    const fallocated = caller === 'ext4_alloc_file_blocks' || caller === 'ext4_fallocate';
    const setattr = caller === 'ext4_setattr';
    if (!created && !truncated && !fallocated && !setattr) return;
    const key = fileKey(dev, ino);
    const file = this.files.get(key);
    let range = { first: 0, last: MAX_INDEX };
    if (fallocated) {
      const pf = this.pendingFallocate.get(pid);
      if (pf !== undefined) {
        this.pendingFallocate.delete(pid);
        range = {
          first: Math.floor(pf.offset / PAGE),
          last: Math.max(0, Math.ceil((pf.offset + pf.len) / PAGE) - 1),
        };
      }
    }
    if (file !== undefined) {
      if (created || truncated) {
        this.obsDirty[file.id]!.clear();
        this.emit({
          k: 'block_base',
          t,
          file,
          state: 'hole',
          first: 0,
          last: MAX_INDEX,
          reset: true,
        });
      }
      if (fallocated)
        this.emit({ k: 'block_base', t, file, state: 'unwritten', ...range, reset: true });
      this.emit({ k: 'mtime_set', t, file });
      this.obsFile[file.id]!.updGranule = Math.floor(
        (Number(this.t0) + t - this.phaseNs) / this.granuleNs(),
      );
      return;
    }
    const f = this.factsFor(key);
    if (created || truncated) {
      f.created = true;
      f.createdT = t;
      f.fallocated = null;
      f.written = [];
    }
    if (fallocated) f.fallocated = { t, ...range };
    f.mtimeSetT = t;
  }

  private bindVma(
    vma: Vma,
    dev: number,
    ino: U64Id,
    index: number,
    address: number,
    proc: number,
  ): void {
    const file = this.register(dev, ino);
    vma.file = file;
    vma.pgoff = index - Math.floor((address - vma.start) / PAGE);
    if (vma.fd >= 0) this.fdFiles.set(`${proc}:${vma.fd}`, file);
    if (vma.pendingLock) {
      vma.pendingLock = false;
      this.emitLock(vma, vma.start, vma.end, -1);
    }
  }

  private emitLock(vma: Vma, lo: number, hi: number, t: number): void {
    if (vma.file === null) return;
    const first = vma.pgoff + Math.floor((lo - vma.start) / PAGE);
    const last = vma.pgoff + Math.ceil((hi - vma.start) / PAGE) - 1;
    this.emit({ k: 'mlock', t, file: vma.file, first, last });
  }

  /**
   * Another task's input (a flusher's writeback) is about to be emitted: close every open fault
   * episode first, so the inputs keep time order. An episode is only left open because its task
   * has not produced its next user-visible event yet; its kernel work is normally long done.
   */
  private closeAllEpisodes(exceptPid = -1): void {
    if (this.episodes.size === 0) return;
    for (const [pid, ep] of [...this.episodes])
      if (pid !== exceptPid && !ep.waiting) this.closeEpisode(pid);
  }

  /**
   * Ends a fault episode (KERNEL.md D.7 step 3) and reads it: the binding of its mapping to a
   * file (first filemap fault or dirty folio), the timestamp update it shows (I_DIRTY_SYNC in
   * writeback_mark_inode_dirty, ext4_mark_inode_dirty from ext4_dirty_inode, ctime_ns_xchg, or
   * xfs_update_time), an I/O retry (two mm_filemap_fault, 6.18: VM_FAULT_RETRY after reading),
   * and its duration (fault entry to its last event; page_fault_user has no exit event).
   *
   * Trace findings (6.18 shared captures) that refine KERNEL.md:
   * - `ext4_mark_inode_dirty caller ext4_dirty_inode` is not one jbd2 handle each: inside
   *   writeback (kworker) the handle is nested and no jbd2_handle_start fires (steady capture:
   *   1722 such events vs 996 type-1 handles). Handles are counted from jbd2_handle_start.
   * - The timestamp updates seen in faults sit on a jiffy grid offset from the trace clock
   *   (update times mod 4 ms cluster at 0.6-0.94 ms), so the grid phase is estimated (clock.ts).
   * - ext4-fault512-sparse shows two updates 2.08 ms apart, within one 4 ms jiffy: most likely a
   *   multigrain fine-grained update after a stat the event set does not show (no
   *   fill_mg_cmtime enabled in that capture).
   * - The shared captures do not trace sys_fallocate; the preallocation shows only as
   *   `ext4_mark_inode_dirty caller ext4_alloc_file_blocks` (see fileFact).
   */
  private closeEpisode(pid: number): void {
    const ep = this.episodes.get(pid);
    if (ep === undefined) return;
    this.episodes.delete(pid);
    const vma = ep.vma;
    if (vma.file === null) {
      if (ep.bindDev < 0) {
        this.unattributedFaults++;
        return;
      }
      const proc = this.procOfVma(vma);
      this.bindVma(vma, ep.bindDev, ep.bindIno, ep.bindIndex, ep.address, proc);
    }
    const file = vma.file!;
    const index = vma.pgoff + Math.floor((ep.address - vma.start) / PAGE);
    const ioWaitUs = ep.firstFilemapT >= 0 ? (ep.lastFilemapT - ep.firstFilemapT) / 1000 : 0;
    const durationUs = (ep.lastT - ep.t) / 1000;
    this.lastFaultEnd.set(pid, ep.lastT);
    // page_fault_user alone (a write-protect fault on a page of an already dirty large folio:
    // no dirtying, no update): nothing of the kernel's work is timed, so it is no measurement.
    const traced = ep.seen > 0;
    const fsId = this.fs.fsOf(file.dev);
    if (ep.dirtiedIndex >= 0) this.onFaultDirtied(file, ep.t, index, ep.dirtiedIndex);
    if (ep.reservedHole) {
      const start = ep.dirtiedIndex >= 0 ? ep.dirtiedIndex : index;
      const pages = 2 ** (this.folioOrders[file.id]!.get(start) ?? 0);
      const last = start + pages - 1;
      this.emit({
        k: 'block_base',
        t: ep.t,
        file,
        state: 'hole',
        first: start,
        last,
        reset: false,
      });
    }
    const of = this.obsFile[file.id]!;
    // Where this filesystem's capture cannot show the update, the coarse-clock rule on the
    // trace's own times says whether the fault made one: its measured duration contains it.
    let inferredTs = false;
    if (!ep.ts && this.timestampUnseen(fsId)) {
      inferredTs =
        Math.floor((Number(this.t0) + ep.t - this.phaseNs) / this.granuleNs()) > of.updGranule;
    }
    const o = this.observed;
    o.writeFaults++;
    o.pageMkwriteCalls++;
    // Each kind of evidence shows every update once (ext4 shows one update three ways).
    if (ep.ts) o.timestampUpdates += Math.max(1, ep.dirtySync, ep.tsXchg, ep.tsFs);
    o.inodeDirtySyncEvents += ep.dirtySync;
    o.journalHandlesInFaults += ep.handles;
    o.bytesDirtied += PAGE;
    o.stablePageWaits += ep.stableWaits;
    if (ep.needDsync) o.fdatasyncsFromFaults++;
    o.faultLatency.add(NO_TERMS, durationUs);
    of.lastFault = ep.t;
    of.dirtySinceWb += ep.dirtiedPages;
    if (ep.tsNsec >= 0 && this.coarseGrid.fineGrained(ep.tsNsec, ep.tsQueried, this.granuleNs())) {
      // The update took a fine-grained time: the multigrain clock moved without a tick.
      this.emit({ k: 'query', t: ep.t, file });
    }
    if (ep.ts || inferredTs) {
      of.updGranule = Math.floor((Number(this.t0) + ep.t - this.phaseNs) / this.granuleNs());
      if (ep.ts) this.onObservedUpdate?.(Number(this.t0) + ep.t);
    }
    if (this.onObservedFault !== null && !this.timestampUnseen(fsId))
      this.onObservedFault(file.id, Number(this.t0) + ep.t, ep.ts);
    if (ioWaitUs === 0 && traced) {
      const service = durationUs;
      const m = this.measurements;
      const ts = ep.ts || inferredTs;
      if (ep.present) (ts ? m.serviceWpTs : m.serviceWpPlain).add(service);
      else (ts ? m.serviceNpTs : m.serviceNpPlain).add(service);
      const param = fsModel(fsId).timestampCost;
      let h = m.byTsCost.get(param);
      if (h === undefined) {
        h = {
          wpPlain: new LogLinearHistogram(),
          wpTs: new LogLinearHistogram(),
          npPlain: new LogLinearHistogram(),
          npTs: new LogLinearHistogram(),
        };
        m.byTsCost.set(param, h);
      }
      if (ep.present) (ts ? h.wpTs : h.wpPlain).add(service);
      else (ts ? h.npTs : h.npPlain).add(service);
    }
    this.emit({
      k: 'fault',
      t: ep.t,
      file,
      index,
      present: ep.present,
      ioWaitUs,
      vmSync: vma.vmSync,
      serviceUs: traced ? Math.max(0, durationUs - ioWaitUs) : -1,
      hot: ep.hot,
      observedTs: inferredTs ? 'inferred' : !ep.ts ? 'none' : ep.tsLazyOnly ? 'lazy' : 'journal',
      dirtied: ep.dirtiedIndex >= 0,
      folioFitsPmd: this.folioFitsPmd(file, vma, ep.address, index),
      stableWaitUs: ep.waitT >= 0 ? (ep.lastT - ep.waitT) / 1000 : 0,
    });
  }

  /**
   * What a fault's clean -> dirty folio transition proves (issue 12):
   * - the folio starts at the dirtied index: below the faulting page, the folio is large (a
   *   write fault dirties the whole folio); without an `order=` from the page cache, the smallest
   *   naturally aligned folio holding both pages is implied;
   * - if the trace showed the folio dirtied before and no writeback of it since, it was written
   *   back unseen (btrfs's own flushing, an event missing from the capture): dirty folios are
   *   never dropped without writeback. That cleaning is replayed (a one-folio writeback) and
   *   counted as pages written.
   */
  private onFaultDirtied(file: FileRef, t: number, index: number, dirtied: number): void {
    const orders = this.folioOrders[file.id]!;
    if (dirtied < index && !this.folioCovers(orders, dirtied, index)) {
      let order = 1;
      while (2 ** order <= index - dirtied) order++;
      if (dirtied % 2 ** order === 0) {
        setFolioOrder(orders, dirtied, order);
        this.emit({ k: 'folio', t, file, index: dirtied, order });
      }
    }
    const od = this.obsDirty[file.id]!;
    if (!od.has(dirtied)) {
      od.add(dirtied);
      return;
    }
    const pages = 2 ** (orders.get(dirtied) ?? 0);
    this.fs.evidence.add(WRITEBACK_ACTIVITY);
    this.unseenCleanings += pages;
    this.observed.dataPagesWritten += pages;
    this.emit({
      k: 'writeback',
      t,
      file,
      first: dirtied,
      last: dirtied + pages - 1,
      reason: 'unseen',
    });
    this.emit({ k: 'writeback_done', t, file });
  }

  /** Writeback of a file not followed yet: remembered (merged with an adjacent range). */
  private writtenBeforeFollowed(
    dev: number,
    ino: U64Id,
    t: number,
    first: number,
    last: number,
  ): void {
    const w = this.factsFor(fileKey(dev, ino)).written;
    const prev = w[w.length - 1];
    if (prev !== undefined && first <= prev.last + 1 && last >= prev.first - 1) {
      prev.first = Math.min(prev.first, first);
      prev.last = Math.max(prev.last, last);
    } else if (w.length < 64) w.push({ t, first, last });
  }

  /**
   * Whether the folio of the faulting page lies, in the mapping's address space, inside the VMA
   * and inside one page table (a 2 MiB PMD range): only then does finish_fault map the whole
   * folio on a not-present fault (mm/memory.c, 6.18); otherwise it falls back to one page. With
   * address randomization the same program gets either (a 1 MiB ext4 folio: 1 fault for 16 pages
   * in one run, 16 in another).
   */
  private folioFitsPmd(file: FileRef, vma: Vma, address: number, index: number): boolean {
    const orders = this.folioOrders[file.id]!;
    let start = index;
    let pages = 1;
    for (let o = 1; o <= 9; o++) {
      const s = index - (index % 2 ** o);
      if (orders.get(s) === o) {
        start = s;
        pages = 2 ** o;
      }
    }
    const vStart = address - (address % PAGE) - (index - start) * PAGE;
    const vEnd = vStart + pages * PAGE;
    const PMD = 2 * 1024 * 1024;
    return (
      vStart >= vma.start &&
      vEnd <= vma.end &&
      Math.floor(vStart / PMD) === Math.floor((vEnd - 1) / PMD)
    );
  }

  /** A known folio starting at `start` reaches `index`. */
  private folioCovers(orders: Map<number, number>, start: number, index: number): boolean {
    const order = orders.get(start);
    return order !== undefined && start + 2 ** order > index;
  }

  /** The trace showed writeback of [first, last] of the file: those folios are clean again. */
  private cleanObserved(file: FileRef, first: number, last: number): void {
    const od = this.obsDirty[file.id]!;
    if (od.size === 0) return;
    if (first === 0 && last >= MAX_INDEX) {
      od.clear();
      return;
    }
    if (last - first < od.size) for (let i = first; i <= last; i++) od.delete(i);
    else for (const idx of od) if (idx >= first && idx <= last) od.delete(idx);
  }

  private readonly unseenCache = new Map<FsId, { size: number; ts: boolean }>();
  private readonly coarseGrid = new CoarseGrid();

  /** The capture cannot show c/mtime updates on this filesystem (cached per evidence size). */
  private timestampUnseen(fsId: FsId): boolean {
    const size = this.fs.evidence.size;
    const c = this.unseenCache.get(fsId);
    if (c?.size === size) return c.ts;
    const ts = fsModel(fsId).unseen(this.fs.evidence).timestampUpdates !== undefined;
    this.unseenCache.set(fsId, { size, ts });
    return ts;
  }

  /** Remembers the device of an inode seen with a real dev (bdi-named events have none). */
  private noteDev(dev: number, ino: U64Id): void {
    if (dev !== 0 && dev < 2 ** 20) this.devByIno.set(ino, dev);
  }

  /** dev 0 (a bdi named like `btrfs-1`): the anonymous device the inode was seen on, if any. */
  private resolveDev(dev: number, ino: U64Id): number {
    return dev !== 0 ? dev : (this.devByIno.get(ino) ?? 0);
  }

  /** A followed file's filesystem became known: tell the runs (dev -1: every anonymous dev). */
  private onFsIdentified(dev: number): void {
    for (const file of this.fileList) {
      if (dev === -1 ? file.dev < 2 ** 20 : file.dev === dev)
        this.emit({ k: 'fs', t: 0, file, fs: this.fs.fsOf(file.dev) });
    }
  }

  /** A fact one of the filesystem models read from its own tracepoint. */
  private onFsFact(pid: number, t: number, ep: Episode | undefined, fact: FsFact): void {
    switch (fact.kind) {
      case 'timestamp':
        if (ep !== undefined && this.episodeInode(ep, fact.ino)) {
          ep.ts = true;
          ep.tsFs++;
        }
        return;
      case 'transaction':
        this.dev(fact.dev).handles++;
        if (ep !== undefined) ep.handles++;
        return;
      case 'commit':
        if (fact.dev >= 0) this.dev(fact.dev).commits++;
        else this.anonCommits++;
        return;
      case 'folio_written': {
        if (this.pageBeyondAnyFile(fact.index)) return;
        const dev = fact.dev >= 0 ? fact.dev : (this.devByIno.get(fact.ino) ?? 0);
        const file = this.files.get(fileKey(dev, fact.ino));
        if (file === undefined) return;
        const pages = 2 ** (this.folioOrders[file.id]!.get(fact.index) ?? 0);
        this.observed.dataPagesWritten += pages;
        this.cleanObserved(file, fact.index, fact.index + pages - 1);
        this.noteObservedWriteback(file);
        if (this.inSync(pid)) return;
        // btrfs_page_mkwrite may flush delalloc itself: that fault's episode goes on.
        this.closeAllEpisodes(pid);
        this.folioWriteback(pid, t, file, fact.index, fact.index + pages - 1);
        return;
      }
      case 'identity':
        return;
    }
  }

  private procOfVma(vma: Vma): number {
    for (const [proc, list] of this.vmasByProc) if (list.includes(vma)) return proc;
    return -1;
  }

  /** mmap returns the address in sys_exit_mmap (A.9); msync and fsync are replayed at their exit, with the observed duration. */
  private onSyscallExit(tgid: number, pid: number, t: number, name: string, ret: bigint): void {
    this.closeEpisode(pid);
    const proc = procKey(tgid, pid);
    if (name === 'mmap') {
      const m = this.pendingMmap.get(pid);
      this.pendingMmap.delete(pid);
      if (m === undefined || ret < 0n || ret >= 0xfffffffffffff000n) return;
      const start = Number(ret);
      const end = start + Math.ceil(m.len / PAGE) * PAGE;
      // A new mapping replaces whatever was mapped at its addresses (MAP_FIXED, or a range
      // whose unmapping the trace did not show): VMAs never overlap.
      this.unmapRange(proc, start, end, t, false);
      const shared = (m.flags & 0x3) === 0x1 || (m.flags & 0x3) === MAP_SHARED_VALIDATE;
      if (!shared || (m.prot & PROT_WRITE) === 0 || m.fd < 0 || m.fd === 0xffffffff) return;
      const vma: Vma = {
        start,
        end,
        pgoff: Math.floor(m.off / PAGE),
        fd: m.fd,
        file: null,
        vmSync: (m.flags & 0x3) === MAP_SHARED_VALIDATE && (m.flags & MAP_SYNC) !== 0,
        pendingLock: (m.flags & (MAP_LOCKED | MAP_POPULATE)) !== 0,
      };
      const known = this.fdFiles.get(`${proc}:${m.fd}`);
      let list = this.vmasByProc.get(proc);
      if (list === undefined) {
        list = [];
        this.vmasByProc.set(proc, list);
      }
      list.push(vma);
      if (known !== undefined) {
        vma.file = known;
        if (vma.pendingLock) {
          vma.pendingLock = false;
          this.emitLock(vma, vma.start, vma.end, t);
        }
      }
      return;
    }
    const sc = this.syscalls.get(pid);
    if (sc === undefined) return;
    if (sc.kind === 'msync' && name === 'msync') {
      this.syscalls.delete(pid);
      const durationUs = this.syscallDurationUs(sc.t, t);
      const vmas = this.vmasByProc.get(proc) ?? [];
      const end = sc.start + sc.len;
      let ours = false;
      for (const v of vmas) {
        if (v.file === null || v.end <= sc.start || v.start >= end) continue;
        ours = true;
        const lo = Math.max(v.start, sc.start);
        const hi = Math.min(v.end, end);
        const first = v.pgoff + Math.floor((lo - v.start) / PAGE);
        const last = v.pgoff + Math.ceil((hi - v.start) / PAGE) - 1;
        // MS_SYNC wrote the range back whether or not the trace showed the writeback.
        if ((sc.flags & 4) !== 0) {
          this.cleanObserved(v.file, first, last);
          this.fs.evidence.add(WRITEBACK_ACTIVITY);
        }
        this.observedMsyncStaleness(v.file, sc.t);
        this.emit({ k: 'msync', t: sc.t, file: v.file, first, last, flags: sc.flags, durationUs });
      }
      // Only msyncs of the followed files are the workload's: another process's msync of
      // an anonymous or unfollowed mapping is neither counted nor a cost measurement.
      if (!ours) return;
      const o = this.observed;
      o.msyncCalls++;
      if (durationUs < 0) return; // no traced duration: neither a latency nor a cost measurement
      o.msyncLatency.add(NO_TERMS, durationUs);
      ((sc.flags & 4) !== 0 ? this.measurements.msyncSync : this.measurements.msyncAsync).add(
        durationUs,
      );
      return;
    }
    if (
      sc.kind === 'fsync' &&
      (name === sc.syscall ||
        name === 'fsync' ||
        name === 'fdatasync' ||
        name === 'sync_file_range' ||
        name === 'syncfs' ||
        name === 'sync')
    ) {
      this.syscalls.delete(pid);
      const durationUs = this.syscallDurationUs(sc.t, t);
      const targets =
        sc.file !== null
          ? [sc.file]
          : sc.syscall === 'syncfs' || sc.syscall === 'sync'
            ? this.fileList
            : [];
      if (targets.length > 0 && durationUs >= 0) this.measurements.fsync.add(durationUs);
      for (const file of targets) {
        this.fs.evidence.add(WRITEBACK_ACTIVITY);
        this.cleanObserved(file, 0, MAX_INDEX);
        this.emit({ k: 'fsync', t: sc.t, file, datasync: sc.datasync, durationUs });
      }
    }
  }

  /**
   * A syscall's traced duration in µs, or -1 when its exit is earlier than its entry (a clock
   * that jumped back): -1 is what the runner already takes for "no traced duration" (a missing
   * exit), so the policies charge the modelled cost; counted, and never a negative latency.
   */
  private syscallDurationUs(enterT: number, exitT: number): number {
    if (exitT >= enterT) return (exitT - enterT) / 1000;
    this.timeBackwardsSyscalls++;
    return -1;
  }

  /** Observed SuS check at msync, with the same definitions as the simulated one (runner.ts). */
  private observedMsyncStaleness(file: FileRef, t: number): void {
    const of = this.obsFile[file.id]!;
    const g = this.granuleNs();
    const abs = Number(this.t0) + t;
    const L = of.dirtySinceWb > 0 ? abs : of.lastFault >= 0 ? Number(this.t0) + of.lastFault : -1;
    if (L < 0) return;
    const o = this.observed;
    const lGran = Math.floor((L - this.phaseNs) / g);
    const lagMs =
      lGran > of.updGranule
        ? (L - (of.updGranule === -Infinity ? L : of.updGranule * g + this.phaseNs)) / 1e6
        : 0;
    if (lGran > of.updGranule) o.suSViolations++;
    o.staleSamples++;
    o.staleSumMs += lagMs;
    if (lagMs > o.staleMaxMs) o.staleMaxMs = lagMs;
  }

  private noteObservedWriteback(file: FileRef): void {
    this.obsFile[file.id]!.dirtySinceWb = 0;
  }

  /**
   * A writeback trigger the trace shows: ext4_writepages (or XFS/iomap per folio, or
   * writeback_single_inode on filesystems without either). Writeback inside the application's own
   * msync/fsync is part of that call and not a separate trigger. The flusher's `reason` comes from
   * its writeback_start. ext4_da_write_folios_* are chunks of one ext4_writepages call.
   */
  private onWritepagesStart(
    pid: number,
    t: number,
    d: Extract<CanonicalEvent, { type: 'writepages_start' }>['data'],
  ): void {
    this.touch(pid, t);
    if (d.source === 'ext4_da_write_folios') return;
    if (d.source === 'ext4_writepages') this.devsWithWritepages.add(d.dev);
    else if (this.devsWithWritepages.has(d.dev)) return;
    if (!this.inSync(pid)) this.closeAllEpisodes();
    const first = Math.max(0, Math.floor(d.rangeStart / PAGE));
    const last =
      d.rangeEnd <= 0 || d.rangeEnd >= Number.MAX_SAFE_INTEGER
        ? MAX_INDEX
        : Math.min(MAX_INDEX, Math.floor(d.rangeEnd / PAGE));
    const file = this.files.get(fileKey(d.dev, d.ino));
    if (file === undefined) {
      this.writtenBeforeFollowed(d.dev, d.ino, t, first, last);
      return;
    }
    this.writepagesByPid.set(pid, file);
    this.cleanObserved(file, first, last);
    if (this.inSync(pid)) return;
    this.emit({
      k: 'writeback',
      t,
      file,
      first,
      last,
      reason: this.reasonByPid.get(pid) ?? 'unknown',
    });
  }

  private onWritepagesResult(
    pid: number,
    t: number,
    d: Extract<CanonicalEvent, { type: 'writepages_result' }>['data'],
  ): void {
    this.touch(pid, t);
    if (d.source === 'ext4_da_write_folios') return;
    if (d.source !== 'ext4_writepages' && this.devsWithWritepages.has(d.dev)) return;
    const file = this.files.get(fileKey(d.dev, d.ino));
    this.writepagesByPid.delete(pid);
    if (file === undefined) return;
    this.observed.dataPagesWritten += d.pagesWritten;
    this.noteObservedWriteback(file);
    if (this.inSync(pid)) return;
    this.emit({ k: 'writeback_done', t, file });
  }

  /** Removes [start, end) from the process's VMAs, emitting `munmap` for followed files. */
  private unmapRange(proc: number, start: number, end: number, t: number, emit: boolean): void {
    const list = this.vmasByProc.get(proc);
    if (list === undefined) return;
    const keep: Vma[] = [];
    for (const v of list) {
      if (v.end <= start || v.start >= end) {
        keep.push(v);
        continue;
      }
      const lo = Math.max(v.start, start);
      const hi = Math.min(v.end, end);
      if (emit && v.file !== null) {
        const first = v.pgoff + Math.floor((lo - v.start) / PAGE);
        const last = v.pgoff + Math.ceil((hi - v.start) / PAGE) - 1;
        this.emit({ k: 'munmap', t, file: v.file, first, last });
      }
      if (v.start < lo) keep.push({ ...v, end: lo });
      if (hi < v.end)
        keep.push({ ...v, start: hi, pgoff: v.pgoff + Math.floor((hi - v.start) / PAGE) });
    }
    for (const [pid, ep] of this.episodes)
      if (!keep.includes(ep.vma) && list.includes(ep.vma)) this.closeEpisode(pid);
    this.vmasByProc.set(proc, keep);
  }
}

/**
 * Records a folio of `order` starting at (the aligned) `index` in a start -> order map; folios
 * starting inside it are gone (a larger folio replaced them).
 */
function setFolioOrder(orders: Map<number, number>, index: number, order: number): void {
  const n = 2 ** order;
  const start = index - (index % n);
  if (n > 1) for (let i = start + 1; i < start + n; i++) orders.delete(i);
  if (order === 0) orders.delete(start);
  else orders.set(start, order);
}

/** VMAs belong to the process (tgid); ftrace's default format has no tgid, then the pid. */
function procKey(tgid: number, pid: number): number {
  return tgid >= 0 ? tgid : pid;
}

/** `${ino}` of a bigint is its exact decimal digits: two 64-bit inodes stay two keys. */
export function fileKey(dev: number, ino: U64Id): string {
  return `${formatDev(dev as DevT)}/${ino}`;
}

export type { AppInput };
void PAGE_SHIFT;
