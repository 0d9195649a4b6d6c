/**
 * What the tracker knows while it streams (tracker.ts): one object shared by the concept
 * modules beside it (episodes, VMAs, syscalls, writeback, file facts, folios, devices), each of
 * which reads and changes only its own part, plus the few helpers every one of them uses (emit,
 * touch). Plain fields, not closures: every event goes through here.
 */
import type { I64Exact, U64Id } from '../../events/index.js';
import type { AppInput, AppInputSink, FileRef } from '../inputs.js';
import type { FsId } from '../fs/index.js';
import { FsIdentities } from '../fs/index.js';
import { LatencyAccumulator, LogLinearHistogram } from '../stats.js';
import { CoarseGrid } from '../clock.js';
import type { DevObserved } from './devices.js';
import type { Episode } from './episodes.js';
import type { FileFacts } from './files.js';
import type { PendingSyscall } from './syscalls.js';
import type { Vma } from './vmas.js';
import type { Measurements, ObservedAccumulator } from './observed.js';
import { GatheredWriteback } from './gathered-writeback.js';
import type { UnmodelledJournalWork } from './unmodelled-journal.js';

export const PAGE = 4096;

export class TrackerState {
  private readonly sink: AppInputSink;
  /** Folio writeback of one task gathered into ranges (gathered-writeback.ts). */
  readonly gathered: GatheredWriteback;
  readonly t0: bigint;
  readonly granuleNs: () => number;
  readonly vmasByProc = new Map<number, Vma[]>();
  readonly pendingMmap = new Map<
    number,
    { t: number; len: number; prot: number; flags: number; fd: number; pgoff: number }
  >();
  readonly episodes = new Map<number, Episode>();
  readonly syscalls = new Map<number, PendingSyscall>();
  readonly fdFiles = new Map<string, FileRef>();
  readonly pendingFallocate = new Map<
    number,
    { t: number; fd: number; offset: I64Exact; len: I64Exact }
  >();
  readonly files = new Map<string, FileRef>();
  readonly fileList: FileRef[] = [];
  readonly facts = new Map<string, FileFacts>();
  readonly reasonByPid = new Map<number, string>();
  /** When each task's last fault episode ended (for `hot`). */
  readonly lastFaultEnd = new Map<number, number>();
  readonly writepagesByPid = new Map<number, FileRef>();
  readonly devsWithWritepages = new Set<number>();
  readonly devObserved = new Map<number, DevObserved>();
  /** Devices of the followed files (measurements of other devices are not theirs). */
  readonly fileDevs = new Set<number>();
  readonly commitStart = new Map<string, number>();
  /** Tasks inside an unmodelled ext4 handle -> its device (unmodelled-journal.ts). */
  readonly unmodelledHandles = new Map<number, number>();
  /** Unmodelled journal work of devices with no followed file yet (unmodelled-journal.ts). */
  readonly pendingJournal = new Map<number, UnmodelledJournalWork[]>();
  /**
   * Observed last timestamp update (its granule, and its time: an update in a fault or an
   * mtime_set) and dirty pages since writeback, per file id.
   */
  readonly obsFile: {
    updGranule: number;
    updT: number;
    lastFault: number;
    dirtySinceWb: number;
  }[] = [];
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
  readonly devByIno = new Map<U64Id, number>();
  /** Per file id: folio start -> order, as the trace showed or implied them. */
  readonly folioOrders: Map<number, number>[] = [];
  /** Per file id: folios the trace showed dirtied and not yet written back. */
  readonly obsDirty: Set<number>[] = [];
  /** btrfs commits (its events name no device). */
  anonCommits = 0;
  /** btrfs fsid -> the anonymous dev its followed files are on (learnt from its events). */
  readonly devByFsid = new Map<string, number>();
  unseenCleanings = 0;
  readonly unseenCache = new Map<FsId, { size: number; ts: boolean }>();
  readonly coarseGrid = new CoarseGrid();

  /** Called with the absolute time (ns) of each timestamp update the trace shows in a fault. */
  onObservedUpdate: ((tAbs: number) => void) | null = null;
  /** Called with every write fault of a followed file whose timestamp update the trace can show. */
  onObservedFault: ((file: number, tAbs: number, updated: boolean) => void) | null = null;

  constructor(emit: AppInputSink, t0: bigint, granuleNs: () => number, fs?: FsIdentities) {
    this.sink = emit;
    this.gathered = new GatheredWriteback(emit, this.reasonByPid);
    this.t0 = t0;
    this.granuleNs = granuleNs;
    this.fs = fs ?? new FsIdentities();
  }

  /** Every input goes out through here: a gathered folio writeback first. */
  emit(input: AppInput): void {
    if (this.gathered.pending !== null) this.gathered.flush();
    this.sink(input);
  }

  /** Extends the pid's open episode (if any) to `t` and returns it. */
  touch(pid: number, t: number): Episode | undefined {
    const ep = this.episodes.get(pid);
    if (ep !== undefined) {
      ep.lastT = t;
      ep.seen++;
    }
    return ep;
  }

  /** The task is inside its msync/fsync: writeback it does is part of that call. */
  inSync(pid: number): boolean {
    return this.syscalls.has(pid);
  }

  /**
   * A page index at or above 2^53 (a bigint U64Id) names no page of any file: the largest file
   * is MAX_LFS_FILESIZE = LLONG_MAX bytes (include/linux/fs.h, 64-bit), so indexes stay below
   * 2^51. The event log keeps such an index exactly; the replay ignores the event and counts it
   * instead of rounding it onto a neighbouring page.
   */
  pageBeyondAnyFile(index: U64Id): index is bigint {
    if (typeof index === 'number') return false;
    this.pageIndexBeyondFiles++;
    return true;
  }

  /** The coarse-clock granule of an absolute time `t0 + t` on the phase-shifted jiffy grid. */
  granuleOf(t: number): number {
    return Math.floor((Number(this.t0) + t - this.phaseNs) / this.granuleNs());
  }
}
