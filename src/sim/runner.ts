/**
 * One policy's replay of the application-level inputs (KERNEL.md D.7 step 5): the kernel
 * mechanics the policy does not choose. Per followed file it keeps the folio states (dirty,
 * mapped writable, under writeback, block state mapped/hole/delalloc/unwritten, folio order), the
 * in-memory c/mtime as a coarse-clock granule, lazily dirtied timestamps, and per device a running
 * jbd2 transaction (inode blocks joined once per transaction, allocation metadata, committed after
 * the commit interval or forced by fsync / fdatasync / MAP_SYNC). At each input it asks the policy
 * for a decision, applies it, charges costs as *terms* (multipliers of named cost parameters, see
 * stats.ts) plus measured continuous parts, and counts the ledger of DOMAIN.md.
 *
 * Latencies are composed at the end (`finish(params)`), when the measured cost values are known.
 * Simplification (documented): a stable-page wait does not delay the task's later inputs.
 */
import type { CostParamName } from '../config/index.js';
import { COST_PARAM_NAMES } from '../config/index.js';
import type { SimParams } from '../config/index.js';
import type { AppInput, FileRef } from './inputs.js';
import { MAX_INDEX } from './inputs.js';
import type { BlockState, Decision, Policy, SimInput } from './policy.js';
import type {
  Counters,
  FileFigures,
  MtimeStaleness,
  PolicyFigures,
  TimelinePoint,
} from './results.js';
import { LatencyAccumulator, round3 } from './stats.js';
import type { FsModel } from './fs/index.js';
import { fsModel } from './fs/index.js';

const PAGE = 4096;
const NTERMS = COST_PARAM_NAMES.length;
const TERM = Object.fromEntries(COST_PARAM_NAMES.map((n, i) => [n, i])) as Record<
  CostParamName,
  number
>;

type MutableCounters = { -readonly [K in keyof Counters]: number };

function zeroCounters(): MutableCounters {
  return {
    writeFaults: 0,
    pageMkwriteCalls: 0,
    timestampUpdates: 0,
    inodeDirtySyncEvents: 0,
    journalHandles: 0,
    journalCommits: 0,
    journalBlocksLogged: 0,
    checkpointMetadataBlocks: 0,
    dataPagesWritten: 0,
    cacheFlushes: 0,
    fdatasyncsFromFaults: 0,
    stablePageWaits: 0,
    stableWaitUsTotal: 0,
    pageCopies: 0,
    extraMemoryPeakBytes: 0,
    pagesDirtiedWithoutReservation: 0,
    lazytimeFlushes: 0,
    msyncCalls: 0,
    bytesDirtied: 0,
    dataBytesWritten: 0,
    metadataBytesWritten: 0,
    journalBytesWritten: 0,
    bytesWritten: 0,
  };
}

interface Staleness {
  violations: number;
  samples: number;
  sumMs: number;
  maxMs: number;
  staleNs: number;
  lastAccrueT: number;
  durSumMs: number;
  durN: number;
}

interface Waiter {
  readonly t: number;
  readonly index: number;
  readonly terms: Float64Array;
  readonly cont: number;
  readonly sec: number;
}

interface BaseRange {
  readonly state: BlockState;
  readonly first: number;
  readonly last: number;
}

interface FileSim {
  readonly ref: FileRef;
  readonly c: MutableCounters;
  readonly dirty: Set<number>;
  readonly rw: Set<number>;
  readonly blocks: Map<number, BlockState>;
  base: BaseRange[];
  readonly folioStart: Map<number, number>;
  readonly folioOrder: Map<number, number>;
  /** Folio index -> time its writeback I/O ends; Infinity while the writeback is in progress. */
  readonly wbUntil: Map<number, number>;
  waiters: Waiter[];
  /** Submission rank of each folio of the writeback in progress, and its start time. */
  readonly wbRank: Map<number, number>;
  wbStartT: number;
  /** The model of the file's filesystem ('fs' inputs; generic until one arrives). */
  fs: FsModel;
  mtimeGranule: number;
  ctimeQueried: boolean;
  lazyDirtySince: number;
  unpersistedSince: number;
  datasyncDirty: boolean;
  lastWriteRef: number;
  forkExpiry: number[];
  forkedPages: number;
  readonly faultLat: LatencyAccumulator;
  readonly msyncLat: LatencyAccumulator;
  readonly st: Staleness;
}

interface Tx {
  readonly startT: number;
  /** When the journal commits on its own: the interval of the filesystem that opened it. */
  readonly intervalNs: number;
  readonly files: Map<FileSim, number>;
  overheadOwner: FileSim | null;
  alloc: boolean;
}

interface TimelineAcc {
  writeFaults: number;
  timestampUpdates: number;
  journalCommits: number;
  bytesWritten: number;
  latCount: number;
  latCont: number;
  readonly latTerms: Float64Array;
}

export interface RunnerOptions {
  readonly policy: Policy;
  readonly params: SimParams;
  /** Absolute trace time of relative t = 0, ns (for the jiffy grid). */
  readonly t0Abs: number;
  readonly hz: number;
  readonly multigrain: boolean;
  /** Offset of the jiffy grid against the trace clock, ns. */
  readonly phaseNs: number;
  /** Charge each fault its traced episode's duration instead of the modelled base cost. */
  readonly measuredService: boolean;
  /** Parameter values known before the replay (non-measurable ones are final). */
  readonly provisional: Readonly<Record<CostParamName, number>>;
  /**
   * The writeback inputs are the trace's own (not the modelled flusher's), so the stable-page
   * waits the trace shows, and those it does not, are about the same writeback.
   */
  readonly tracedWaits: boolean;
}

export class PolicyRunner {
  readonly policy: Policy;
  private state: unknown;
  private readonly params: SimParams;
  private readonly dax: boolean;
  private readonly granuleNs: number;
  private readonly t0Abs: number;
  private readonly multigrain: boolean;
  private readonly ioNs: number;
  private readonly phaseNs: number;
  private readonly measuredService: boolean;
  private readonly tracedWaits: boolean;
  private readonly files: (FileSim | undefined)[] = [];
  private readonly txs = new Map<number, Tx>();
  private readonly lazyFiles = new Set<FileSim>();
  /** Reasons DAX was asked for on files whose filesystem has none. */
  private readonly noDax = new Set<string>();
  private readonly timeline = new Map<number, TimelineAcc>();
  readonly run: MutableCounters = zeroCounters();
  private readonly terms = new Float64Array(NTERMS);
  /** Terms of work that is not charged to a latency sample (writeback, fsync, munmap). */
  private readonly scratch = new Float64Array(NTERMS);
  private nextLazyExpiry = Infinity;
  private nextForkExpiry = Infinity;
  private extraMemNow = 0;
  lastT = 0;

  constructor(o: RunnerOptions) {
    this.policy = o.policy;
    this.state = o.policy.initialState();
    this.params = o.params;
    this.dax = o.params.profile.dax || o.policy.traits?.dax === true;
    this.granuleNs = 1e9 / o.hz;
    this.t0Abs = o.t0Abs;
    this.multigrain = o.multigrain;
    this.ioNs = o.provisional.writebackIoUs * 1000;
    this.phaseNs = o.phaseNs;
    this.measuredService = o.measuredService;
    this.tracedWaits = o.tracedWaits;
  }

  // --- input dispatch ----------------------------------------------------------------------

  apply(input: AppInput): void {
    const t = Math.max(input.t, 0);
    if (input.k !== 'folio' && input.k !== 'block_base' && input.k !== 'fs') this.advance(t);
    const f = this.file(input.file);
    switch (input.k) {
      case 'fs':
        f.fs = fsModel(input.fs);
        if (!f.fs.dax && this.dax) this.noDax.add(f.fs.noDaxReason);
        return;
      case 'fault':
        this.onFault(
          f,
          t,
          input.index,
          input.present,
          input.ioWaitUs,
          input.vmSync,
          input.serviceUs,
          input.observedTs,
          input.stableWaitUs,
          input.waitsShown,
          input.hot,
          input.folioFitsPmd,
        );
        return;
      case 'msync':
        this.onMsync(f, t, input.first, input.last, input.flags, input.durationUs);
        return;
      case 'fsync':
        this.onFsync(f, t, input.datasync);
        return;
      // Writeback inputs are the trace's, or the modelled flusher's (src/sim/flusher) in its place.
      case 'writeback':
        this.writeback(f, t, input.first, input.last, input.reason);
        return;
      case 'writeback_done':
        this.writebackDone(f, t);
        return;
      case 'munmap':
        this.onMunmap(f, t, input.first, input.last);
        return;
      case 'mlock':
        this.onMlock(f, t, input.first, input.last);
        return;
      case 'mtime_set':
        f.mtimeGranule = this.granule(t);
        f.ctimeQueried = false;
        return;
      case 'block_base': {
        // The new range replaces what the older ranges said about its pages, and only those.
        const base: BaseRange[] = [];
        for (const b of f.base) {
          if (b.last < input.first || b.first > input.last) base.push(b);
          else {
            if (b.first < input.first) base.push({ ...b, last: input.first - 1 });
            if (b.last > input.last) base.push({ ...b, first: input.last + 1 });
          }
        }
        base.push({ state: input.state, first: input.first, last: input.last });
        f.base = base;
        // A truncation or a new file discards what this run allocated; evidence from a fault
        // (a reservation) says what the page was before it, not what this run made of it.
        if (input.reset) {
          if (input.first === 0 && input.last >= MAX_INDEX) f.blocks.clear();
          else
            for (const idx of [...f.blocks.keys()])
              if (idx >= input.first && idx <= input.last) f.blocks.delete(idx);
        }
        return;
      }
      case 'folio':
        this.setFolio(f, input.index, input.order);
        return;
      case 'query':
        f.ctimeQueried = true;
        return;
    }
  }

  /** Processes time-driven work (commits, lazytime expiry, fork expiry) up to `t`. */
  advance(t: number): void {
    if (t < this.lastT) t = this.lastT;
    this.lastT = t;
    for (const [dev, tx] of this.txs) {
      if (t - tx.startT >= tx.intervalNs) this.commit(dev, tx.startT + tx.intervalNs);
    }
    // Both checks below run on every input, so they first compare with the earliest deadline.
    if (this.lazyFiles.size > 0 && t >= this.nextLazyExpiry) {
      const expire = this.params.dirtytimeExpireMs * 1e6;
      let next = Infinity;
      for (const f of this.lazyFiles) {
        // deleting the current element while iterating a Set is safe
        if (t - f.lazyDirtySince >= expire) this.flushLazy(f, f.lazyDirtySince + expire);
        else next = Math.min(next, f.lazyDirtySince + expire);
      }
      this.nextLazyExpiry = next;
    }
    if (this.extraMemNow > 0 && t >= this.nextForkExpiry) {
      let next = Infinity;
      for (const f of this.files) {
        if (f === undefined || f.forkedPages === 0) continue;
        const keep = f.forkExpiry.filter((e) => e > t);
        const freed = f.forkExpiry.length - keep.length;
        if (freed > 0) {
          f.forkExpiry = keep;
          f.forkedPages -= freed;
          this.extraMemNow -= freed * PAGE;
        }
        for (const e of keep) if (e < next) next = e;
      }
      this.nextForkExpiry = next;
    }
  }

  // --- handlers ----------------------------------------------------------------------------

  /**
   * A store that faulted in the trace (KERNEL.md C.1/C.2). Under the policy it may not fault at
   * all (folio already writable, e.g. pre-faulted), or fault and then: ->page_mkwrite with the
   * timestamp rule (D.1), block work (delalloc reservation; on DAX allocation or unwritten
   * conversion inside the fault, C.8), MAP_SYNC's fdatasync (D.3), a stable-page wait or a copy
   * if the folio is under writeback (D.5); then folio dirty and PTE writable.
   */
  private onFault(
    f: FileSim,
    t: number,
    index: number,
    present: boolean,
    ioWaitUs: number,
    vmSync: boolean,
    serviceUs: number,
    observedTs: 'none' | 'journal' | 'lazy' | 'inferred',
    stableWaitUs: number,
    waitsShown: boolean,
    hot: boolean,
    folioFitsPmd: boolean,
  ): void {
    this.accrueStale(f, t);
    const start = f.folioStart.get(index) ?? index;
    const pages = 1 << (f.folioOrder.get(start) ?? 0);
    f.lastWriteRef = t;
    // Under this policy the page may already be mapped writable (pre-faulted by mlock, or mapped
    // with its folio by an earlier not-present fault): then the store does not fault.
    if (f.rw.has(index)) return;
    const dax = this.daxOn(f);
    let until = f.wbUntil.get(start);
    if (until !== undefined && until <= t) {
      f.wbUntil.delete(start);
      until = undefined;
    }
    // A wait the trace shows proves the folio was under writeback, whatever the I/O estimate says;
    // on a filesystem that always waits (btrfs), a traced fault of a capture that records waits
    // and showing none proves it was not, when the writeback replayed is the trace's own.
    const provenClean =
      this.tracedWaits && f.fs.stablePages && waitsShown && serviceUs >= 0 && stableWaitUs === 0;
    const underWb = stableWaitUs > 0 || (until !== undefined && !provenClean);
    const wbEnd = until ?? 0;
    const block = this.blockAt(f, start);
    const input: SimInput = {
      kind: 'write_fault',
      t,
      file: f.ref.key,
      index: start,
      pages,
      present,
      block,
      datasyncDirty: f.datasyncDirty,
      underWriteback: underWb,
      stablePages: f.fs.stablePages,
      clockMoved: this.granule(t) > f.mtimeGranule,
      ctimeQueried: this.multigrain && f.ctimeQueried,
      vmSync,
      dax,
      lazyDirtySince: f.lazyDirtySince,
    };
    const d = this.decide(input);
    this.inc(f, 'writeFaults', 1);
    this.inc(f, 'pageMkwriteCalls', 1);
    const terms = this.terms;
    terms.fill(0);
    terms[hot ? TERM.faultOutsideHotUs : TERM.faultOutsideTraceUs] = 1;
    let cont = dax ? 0 : ioWaitUs;
    // Page-cache faults with a traced episode: the episode's own duration is the measured cost
    // of its kernel work (lookup, reservation, I/O retry aside); the timestamp update the trace
    // shows in it is taken out, and whatever the policy decides is charged instead. DAX faults
    // (a different fault path) and configurations that pin the base costs use the model.
    // Where the capture cannot show the update on this filesystem ('inferred'), the measured
    // duration still contains it: taking it out keeps it from being charged twice.
    const measured = this.measuredService && !dax && serviceUs >= 0;
    // ext4_page_mkwrite walks the buffer heads of the whole folio, partly after the fault's last
    // traced event: on a large folio a write-protect fault costs more with the folio's order.
    const walk = present && f.fs.walksFolioBuffers ? (f.folioOrder.get(start) ?? 0) : 0;
    if (measured) {
      cont += serviceUs;
      if (walk > 0) terms[TERM.folioBufferWalkUs] = walk;
      if (observedTs === 'journal' || observedTs === 'inferred')
        terms[TERM[f.fs.timestampCost]] = -1;
      else if (observedTs === 'lazy') terms[TERM.tsUpdateLazyUs] = -1;
    } else if (walk > 0 && f.dirty.has(start)) {
      // On a page of an already dirty large folio nothing else happens (no dirtying, no
      // update): the walk stands in for the base cost.
      terms[TERM.folioBufferWalkUs] = walk;
    } else terms[present ? TERM.faultBaseWpUs : TERM.faultBaseNpUs] = 1;
    this.applyTimestamp(f, t, d.timestamp, terms);
    const reserveTerm = terms[TERM.delallocReserveUs]!;
    this.faultBlockWork(f, t, start, pages, block, terms);
    if (measured) terms[TERM.delallocReserveUs] = reserveTerm;
    if (d.fdatasync === true) {
      this.inc(f, 'fdatasyncsFromFaults', 1);
      terms[TERM.journalCommitUs] = terms[TERM.journalCommitUs]! + 1;
      this.syncCommit(f, t);
    }
    let waiting = false;
    // A measured duration contains the wait the kernel did: under a policy that waits too it
    // stands for the wait; under one that does not (page forking), it is taken out.
    const measuredWait = measured ? stableWaitUs : 0;
    const waits = d.stableWait === true && (underWb || measuredWait > 0);
    if (measuredWait > 0 && !waits) cont -= measuredWait;
    if (waits) {
      this.inc(f, 'stablePageWaits', 1);
      if (measuredWait > 0) this.inc(f, 'stableWaitUsTotal', measuredWait);
      else if (wbEnd === Infinity) waiting = true;
      else {
        const w = (wbEnd - t) / 1000;
        cont += w;
        this.inc(f, 'stableWaitUsTotal', w);
      }
    }
    if (underWb && d.pageCopy === true) {
      this.inc(f, 'pageCopies', 1);
      terms[TERM.pageCopy4kUs] = terms[TERM.pageCopy4kUs]! + pages;
      f.forkedPages += pages;
      for (let i = 0; i < pages; i++)
        f.forkExpiry.push(wbEnd === Infinity ? Number.MAX_SAFE_INTEGER : wbEnd);
      this.nextForkExpiry = Math.min(
        this.nextForkExpiry,
        wbEnd === Infinity ? Number.MAX_SAFE_INTEGER : wbEnd,
      );
      this.extraMemNow += pages * PAGE;
      if (this.extraMemNow > this.run.extraMemoryPeakBytes)
        this.run.extraMemoryPeakBytes = this.extraMemNow;
      const fm = f.forkedPages * PAGE;
      if (fm > f.c.extraMemoryPeakBytes) f.c.extraMemoryPeakBytes = fm;
    }
    this.inc(f, 'bytesDirtied', PAGE);
    f.dirty.add(start);
    // A fault on a page that was not mapped maps its whole folio writable when the folio lies
    // in the VMA and one page table (finish_fault, 6.18: one store to a 1 MiB ext4 or XFS folio,
    // then 15 more pages of it with no fault; else one page); a
    // write-protect fault (do_wp_page) makes only its own PTE writable, so after writeback every
    // page of a large folio faults again (checked on loop devices, see docs/filesystems.md).
    if (present || !folioFitsPmd) f.rw.add(index);
    else for (let i = 0; i < pages; i++) f.rw.add(start + i);
    const sec = this.second(t);
    this.tl(sec).writeFaults++;
    if (waiting) f.waiters.push({ t, index: start, terms: Float64Array.from(terms), cont, sec });
    else this.recordFault(f, terms, cont, sec);
  }

  /**
   * msync (C.4). MS_ASYNC is a no-op on current kernels (2.6.19+); deferred cmtime turns it into a
   * PTE walk plus at most one timestamp update. MS_SYNC = vfs_fsync_range(datasync=1): writeback
   * of the range, and a journal commit only when the inode has an uncommitted allocation
   * (i_datasync_tid): a timestamp-only change is *not* made durable by msync on ext4.
   * The SuS check runs after the policy's work: was the latest write reference reflected in mtime?
   */
  private onMsync(
    f: FileSim,
    t: number,
    first: number,
    last: number,
    flags: number,
    durationUs: number,
  ): void {
    this.accrueStale(f, t);
    const pages = Math.max(0, Math.min(last, first + 1e9) - first + 1);
    const mayHaveWrites = this.rwInRange(f, first, last);
    const d = this.decide({
      kind: 'msync',
      t,
      file: f.ref.key,
      flags,
      pages,
      mayHaveWrites,
      lazyDirtySince: f.lazyDirtySince,
    });
    const terms = this.terms;
    terms.fill(0);
    let cont = 0;
    if (durationUs >= 0) cont = durationUs;
    else terms[(flags & 4) !== 0 ? TERM.msyncSyncUs : TERM.msyncAsyncUs] = 1;
    if (d.ptScan === true) {
      terms[TERM.msyncScanPerPageUs] = terms[TERM.msyncScanPerPageUs]! + pages;
      // The scan transfers PTE dirty bits: the pages stay writable but their next stores are
      // seen by the next scan (the dirty bit is clear again).
    }
    this.applyTimestamp(f, t, d.timestamp, terms);
    if (d.flushLazy === true) this.flushLazy(f, t);
    if ((flags & 4) !== 0) {
      this.writeback(f, t, first, last, 'msync');
      this.writebackDone(f, t);
      // vfs_fsync_range(datasync=1): a commit only if the inode has an uncommitted allocation.
      if (f.datasyncDirty) {
        if (durationUs < 0) terms[TERM.journalCommitUs] = terms[TERM.journalCommitUs]! + 1;
        this.syncCommit(f, t);
      } else this.inc(f, 'cacheFlushes', 1);
    }
    this.inc(f, 'msyncCalls', 1);
    this.sample(f, t, mayHaveWrites, true);
    f.msyncLat.add(terms, cont);
  }

  /** fsync / fdatasync (C.4): writeback, then a forced commit if the inode has journalled changes (fsync) or an uncommitted allocation (fdatasync). */
  private onFsync(f: FileSim, t: number, datasync: boolean): void {
    this.accrueStale(f, t);
    this.writeback(f, t, 0, Number.MAX_SAFE_INTEGER, 'fsync');
    this.writebackDone(f, t);
    const d = this.decide({
      kind: 'fsync',
      t,
      file: f.ref.key,
      datasync,
      lazyDirtySince: f.lazyDirtySince,
    });
    this.applyTimestamp(f, t, d.timestamp, this.scratch.fill(0));
    if (d.flushLazy === true) this.flushLazy(f, t);
    const tx = this.txs.get(f.ref.dev);
    const needs = datasync ? f.datasyncDirty : tx?.files.has(f) === true;
    if (needs) this.syncCommit(f, t);
    else this.inc(f, 'cacheFlushes', 1);
  }

  /** munmap / zap: PTEs go away (dirty bits move to the folio, which stays dirty); deferred's flush point (v1). */
  private onMunmap(f: FileSim, t: number, first: number, last: number): void {
    this.accrueStale(f, t);
    const mayHaveWrites = this.rwInRange(f, first, last);
    const d = this.decide({
      kind: 'munmap',
      t,
      file: f.ref.key,
      mayHaveWrites,
      lazyDirtySince: f.lazyDirtySince,
    });
    this.applyTimestamp(f, t, d.timestamp, this.scratch.fill(0));
    this.sample(f, t, mayHaveWrites, false);
    for (const idx of [...f.rw]) if (idx >= first && idx <= last) f.rw.delete(idx);
  }

  /** mlock / MAP_LOCKED / MAP_POPULATE over a shared file range (D.6): current kernels read-fault only; mlock-prefault write-faults every page. */
  private onMlock(f: FileSim, t: number, first: number, last: number): void {
    const pages = last - first + 1;
    const d = this.decide({ kind: 'mlock', t, file: f.ref.key, firstIndex: first, pages });
    if (d.prefault !== true) return;
    // Pre-fault every page for write (page_mkwrite for each). These faults happen inside the
    // mlock/mmap call, so they are counted but not in the application's fault latencies.
    const terms = this.terms;
    for (let idx = first; idx <= last; idx++) {
      const start = f.folioStart.get(idx) ?? idx;
      if (start !== idx || f.rw.has(start)) continue;
      const p = 1 << (f.folioOrder.get(start) ?? 0);
      const block = this.blockAt(f, start);
      const clockMoved = this.granule(t) > f.mtimeGranule;
      const fd = this.decide({
        kind: 'write_fault',
        t,
        file: f.ref.key,
        index: start,
        pages: p,
        present: false,
        block,
        datasyncDirty: f.datasyncDirty,
        underWriteback: false,
        stablePages: f.fs.stablePages,
        clockMoved,
        ctimeQueried: this.multigrain && f.ctimeQueried,
        vmSync: false,
        dax: this.daxOn(f),
        lazyDirtySince: f.lazyDirtySince,
      });
      this.inc(f, 'writeFaults', 1);
      this.inc(f, 'pageMkwriteCalls', 1);
      terms.fill(0);
      this.applyTimestamp(f, t, fd.timestamp, terms);
      if (block !== 'mapped') this.inc(f, 'pagesDirtiedWithoutReservation', p);
      this.faultBlockWork(f, t, start, p, block, terms);
      f.dirty.add(start);
      for (let i = 0; i < p; i++) f.rw.add(start + i);
    }
  }

  // --- mechanics ---------------------------------------------------------------------------

  private decide(input: SimInput): Decision {
    const d = this.policy.decide(this.state, input);
    this.state = this.policy.evolve(this.state, input);
    return d;
  }

  /**
   * The c/mtime update (file_update_time -> inode_needs_update_time): only if the coarse clock
   * moved since the stored value, or (6.13+ multigrain) ctime was QUERIED, when a fine-grained
   * stamp is taken. 'journal' dirties the inode block in the running transaction through a
   * handle (ext4_dirty_inode, or xfs_vn_update_time); 'lazy' only sets I_DIRTY_TIME. Repeated
   * updates in one transaction add no journal blocks (jbd2_handle_stats dirtied_blocks 0).
   */
  private applyTimestamp(
    f: FileSim,
    t: number,
    kind: Decision['timestamp'],
    terms: Float64Array,
  ): void {
    if (kind === undefined || kind === 'none') return;
    const g = this.granule(t);
    if (g <= f.mtimeGranule && !(this.multigrain && f.ctimeQueried)) return;
    f.mtimeGranule = g;
    f.ctimeQueried = false;
    this.inc(f, 'timestampUpdates', 1);
    this.tl(this.second(t)).timestampUpdates++;
    if (kind === 'lazy') {
      terms[TERM.tsUpdateLazyUs] = terms[TERM.tsUpdateLazyUs]! + 1;
      if (f.lazyDirtySince < 0) {
        f.lazyDirtySince = t;
        this.lazyFiles.add(f);
        this.nextLazyExpiry = Math.min(
          this.nextLazyExpiry,
          t + this.params.dirtytimeExpireMs * 1e6,
        );
      }
      return;
    }
    // ext4 journals it through ext4_dirty_inode (an I_DIRTY_SYNC dirtying), XFS and btrfs in a
    // transaction of their own without one (fs models).
    const term = TERM[f.fs.timestampCost];
    terms[term] = terms[term]! + 1;
    this.journalInode(f, t);
    if (f.fs.timestampMarksInodeDirty) this.inc(f, 'inodeDirtySyncEvents', 1);
    // An I_DIRTY_SYNC update writes any lazily dirtied timestamps along with it.
    if (f.lazyDirtySince >= 0) {
      f.lazyDirtySince = -1;
      this.lazyFiles.delete(f);
    }
  }

  private flushLazy(f: FileSim, t: number): void {
    if (f.lazyDirtySince < 0) return;
    const since = f.lazyDirtySince;
    f.lazyDirtySince = -1;
    this.lazyFiles.delete(f);
    this.inc(f, 'lazytimeFlushes', 1);
    this.inc(f, 'inodeDirtySyncEvents', 1);
    this.journalInode(f, t);
    if (f.unpersistedSince < 0 || since < f.unpersistedSince) f.unpersistedSince = since;
  }

  /** A journal handle that dirties the inode block (joined once per transaction). */
  private journalInode(f: FileSim, t: number): void {
    this.inc(f, 'journalHandles', 1);
    const tx = this.tx(f, t);
    if (!tx.files.has(f)) tx.files.set(f, 1);
    if (f.unpersistedSince < 0) f.unpersistedSince = t;
  }

  private tx(f: FileSim, t: number): Tx {
    const dev = f.ref.dev;
    let tx = this.txs.get(dev);
    if (tx === undefined) {
      const ms = this.params.commitIntervalMs ?? f.fs.commitIntervalMs;
      tx = { startT: t, intervalNs: ms * 1e6, files: new Map(), overheadOwner: null, alloc: false };
      this.txs.set(dev, tx);
    }
    return tx;
  }

  /** File data on DAX: the profile or the policy wants it and the filesystem has it. */
  private daxOn(f: FileSim): boolean {
    return this.dax && f.fs.dax;
  }

  /**
   * Why this run's policy or profile does not apply to some of its files (DAX asked for, on a
   * filesystem without it), or null.
   */
  notApplicable(): string | null {
    return this.noDax.size === 0 ? null : [...this.noDax].sort().join('; ');
  }

  /** Block allocation / reservation work of a write fault. */
  private faultBlockWork(
    f: FileSim,
    t: number,
    start: number,
    pages: number,
    block: BlockState,
    terms: Float64Array,
  ): void {
    if (this.daxOn(f)) {
      // ext4_dax_huge_fault opens a WRITE_PAGE handle for every write fault; allocation or
      // unwritten conversion (with zeroing) happens right here, in the running transaction.
      this.inc(f, 'journalHandles', 1);
      const tx = this.tx(f, t);
      if (!tx.files.has(f)) tx.files.set(f, 1);
      if (block !== 'mapped') {
        terms[TERM.daxAllocUs] = terms[TERM.daxAllocUs]! + 1;
        for (let i = 0; i < pages; i++) f.blocks.set(start + i, 'mapped');
        if (!tx.alloc) {
          tx.alloc = true;
          tx.files.set(f, (tx.files.get(f) ?? 1) + 2);
        }
        f.datasyncDirty = true;
      }
      return;
    }
    if (block === 'hole') {
      terms[TERM.delallocReserveUs] = terms[TERM.delallocReserveUs]! + 1;
      for (let i = 0; i < pages; i++) f.blocks.set(start + i, 'delalloc');
    }
  }

  /** Writeback of the dirty folios of [first, last]: folio_mkclean, data I/O, allocation. */
  /**
   * Writeback of dirty folios (C.5): folio_clear_dirty_for_io -> folio_mkclean write-protects
   * every PTE, so the next store faults again (C.6); delalloc / unwritten blocks are allocated as
   * unwritten extents and converted at I/O completion (ext4 dioread_nolock: one WRITE_PAGE and
   * one EXT_CONVERT handle per extent, as the steady capture shows: 728 type-2 vs 724 type-11
   * handles). On DAX there is no page writeback: the flush only write-protects the entries.
   */
  private writeback(f: FileSim, t: number, first: number, last: number, reason: string): void {
    // A folio is written whole, even when the range (an msync narrower than the folio) only
    // overlaps it.
    const idxs: number[] = [];
    if (last - first < f.dirty.size) {
      // A narrow range (one folio of iomap or btrfs writeback): look its pages up rather than
      // scan every dirty folio, which made a random-write capture quadratic.
      for (let i = first; i <= last; i++) {
        const start = f.folioStart.get(i) ?? i;
        if (f.dirty.has(start) && idxs[idxs.length - 1] !== start) idxs.push(start);
      }
    } else {
      for (const idx of f.dirty)
        if (idx <= last && idx + (1 << (f.folioOrder.get(idx) ?? 0)) - 1 >= first) idxs.push(idx);
      idxs.sort((a, b) => a - b);
    }
    const dax = this.daxOn(f);
    const allocating = (idx: number): boolean => f.fs.cowData || this.blockAt(f, idx) !== 'mapped';
    let allocates = false;
    if (!dax) for (const idx of idxs) if (allocating(idx)) allocates = true;
    const mayHaveWrites = this.rwInRange(f, first, last);
    const d = this.decide({
      kind: 'writeback',
      t,
      file: f.ref.key,
      reason,
      dirtyPages: idxs.length,
      allocates,
      lazyDirtySince: f.lazyDirtySince,
    });
    this.applyTimestamp(f, t, d.timestamp, this.scratch.fill(0));
    if (d.flushLazy === true) this.flushLazy(f, t);
    // Sampled after the policy's flush-time update (deferred catches up here), before cleaning.
    this.sample(f, t, mayHaveWrites, false);
    if (idxs.length === 0) return;
    if (!dax) {
      // A writeback that starts before the previous one's end was seen settles that one now.
      if (f.wbRank.size > 0) this.writebackDone(f, t);
      f.wbStartT = t;
    }
    let bytes = 0;
    let runs = 0;
    let prevAlloc = -2;
    for (const idx of idxs) {
      const pages = 1 << (f.folioOrder.get(idx) ?? 0);
      f.dirty.delete(idx);
      // folio_mkclean write-protects every PTE of the folio.
      for (let i = 0; i < pages; i++) f.rw.delete(idx + i);
      bytes += pages * PAGE;
      if (!dax) {
        this.inc(f, 'dataPagesWritten', pages);
        f.wbUntil.set(idx, Infinity);
        f.wbRank.set(idx, f.wbRank.size);
        if (allocating(idx)) {
          if (idx !== prevAlloc + 1) runs++;
          prevAlloc = idx + pages - 1;
          for (let i = 0; i < pages; i++) f.blocks.set(idx + i, 'mapped');
        }
      }
    }
    // DAX: the data went to media with the stores (page granularity); writeback only flushes
    // CPU caches and write-protects the entries. Page cache: the folios are written now.
    this.inc(f, 'dataBytesWritten', bytes);
    this.inc(f, 'bytesWritten', bytes);
    this.tl(this.second(t)).bytesWritten += bytes;
    if (runs > 0) {
      // What the filesystem journals for the allocation (fs models: ext4 a WRITE_PAGE and an
      // EXT_CONVERT handle per writepages call, XFS a conversion transaction per extent and
      // one per ioend, btrfs one per ordered extent).
      this.inc(f, 'journalHandles', f.fs.writebackHandles(runs));
      const tx = this.tx(f, t);
      if (!tx.files.has(f)) tx.files.set(f, 1);
      if (!tx.alloc) {
        tx.alloc = true;
        tx.files.set(f, (tx.files.get(f) ?? 1) + 2);
      }
      f.datasyncDirty = true;
    }
  }

  /**
   * The writeback's submission ended at `t` (writepages_result). Folios are submitted in index
   * order, so folio i of n is taken to be submitted at start + (i+1)/n of the submission span
   * and under I/O for writebackIoUs after that (the captures have no block_rq_complete to
   * time each folio). Faults that waited on a folio get their wait now; a fault that came after
   * its folio's I/O had (by this estimate) completed did not wait after all.
   */
  private writebackDone(f: FileSim, t: number): void {
    const end = t + this.ioNs;
    const n = Math.max(1, f.wbRank.size);
    const span = Math.max(0, t - f.wbStartT);
    // Only the folios of this writeback (the ranked ones) are pending; older windows are
    // dropped lazily when a fault finds them expired.
    for (const [idx, rank] of f.wbRank)
      f.wbUntil.set(idx, f.wbStartT + ((rank + 1) / n) * span + this.ioNs);
    f.wbRank.clear();
    if (f.forkExpiry.length > 0) {
      f.forkExpiry = f.forkExpiry.map((e) => (e === Number.MAX_SAFE_INTEGER ? end : e));
      this.nextForkExpiry = Math.min(this.nextForkExpiry, end);
    }
    if (f.waiters.length === 0) return;
    for (const w of f.waiters) {
      const until = f.wbUntil.get(w.index) ?? end;
      const wait = Math.max(0, until - w.t) / 1000;
      if (wait === 0) this.inc(f, 'stablePageWaits', -1);
      this.inc(f, 'stableWaitUsTotal', wait);
      this.recordFault(f, w.terms, w.cont + wait, w.sec);
    }
    f.waiters = [];
  }

  /** Forces a commit of the file's device transaction now (fsync / fdatasync / MAP_SYNC). */
  private syncCommit(f: FileSim, t: number): void {
    const dev = f.ref.dev;
    if (!this.txs.has(dev)) {
      this.inc(f, 'cacheFlushes', 1);
      return;
    }
    this.commit(dev, t);
  }

  /**
   * A jbd2 commit (A.5): metadata blocks of the transaction + descriptor + commit block
   * (`journalCommitOverheadBlocks`), i.e. blocks_logged 3 for a lone timestamp update as
   * observed; the same metadata is later checkpointed in place (metadata bytes); two cache
   * flushes. Persists the in-memory timestamps of the files in it (durability lag samples).
   */
  private commit(dev: number, t: number): void {
    const tx = this.txs.get(dev);
    if (tx === undefined) return;
    this.txs.delete(dev);
    const bs = this.params.blockSize;
    const overhead = this.params.journalCommitOverheadBlocks;
    this.run.journalCommits++;
    this.tl(this.second(t)).journalCommits++;
    let metaBlocks = 0;
    let owner = true;
    for (const [f, blocks] of tx.files) {
      f.c.journalCommits++;
      const logged = blocks + (owner ? overhead : 0);
      owner = false;
      metaBlocks += blocks;
      f.c.journalBlocksLogged += logged;
      f.c.journalBytesWritten += logged * bs;
      f.c.checkpointMetadataBlocks += blocks;
      f.c.metadataBytesWritten += blocks * bs;
      f.c.bytesWritten += (logged + blocks) * bs;
      f.c.cacheFlushes += 0;
      if (f.unpersistedSince >= 0) {
        f.st.durSumMs += (t - f.unpersistedSince) / 1e6;
        f.st.durN++;
        f.unpersistedSince = -1;
      }
      f.datasyncDirty = false;
    }
    const logged = metaBlocks + overhead;
    this.run.journalBlocksLogged += logged;
    this.run.journalBytesWritten += logged * bs;
    this.run.checkpointMetadataBlocks += metaBlocks;
    this.run.metadataBytesWritten += metaBlocks * bs;
    this.run.bytesWritten += (logged + metaBlocks) * bs;
    // jbd2 issues a cache flush before the commit block and the commit block with FUA/flush.
    this.run.cacheFlushes += 2;
    const first = tx.files.keys().next().value;
    if (first !== undefined) first.c.cacheFlushes += 2;
    this.tl(this.second(t)).bytesWritten += (logged + metaBlocks) * bs;
  }

  /** mtime staleness sample at msync / writeback / munmap; SuS check at msync. */
  // Staleness (D.0 "Measuring mtime staleness"): L = latest write reference, M = mtime granule.
  // Both are compared at the granularity of the timestamp clock: a store in the same jiffy as
  // the update is reflected by it; deferred's update at the flush time makes M >= L there.
  private sample(f: FileSim, t: number, mayHaveWrites: boolean, msync: boolean): void {
    // Latest write reference: stores to a writable dirty page are invisible to the kernel and
    // may go on until this call (upper bound); otherwise the last write fault (lower bound).
    const L = mayHaveWrites ? t : f.lastWriteRef;
    if (L < 0) return;
    const lg = this.granule(L);
    const behind = lg > f.mtimeGranule;
    const mAbs = f.mtimeGranule === -Infinity ? this.t0Abs : f.mtimeGranule * this.granuleNs;
    const lagMs = behind ? Math.max(0, this.t0Abs + L - mAbs) / 1e6 : 0;
    if (msync && behind) f.st.violations++;
    f.st.samples++;
    f.st.sumMs += lagMs;
    if (lagMs > f.st.maxMs) f.st.maxMs = lagMs;
  }

  /** ∫ (L > M) dt, accrued between inputs of the file. */
  private accrueStale(f: FileSim, t: number): void {
    const prev = f.st.lastAccrueT;
    f.st.lastAccrueT = t;
    if (prev < 0) return;
    const possible = f.rw.size > 0 && f.dirty.size > 0;
    if (!possible) return;
    const mEndRel = (f.mtimeGranule + 1) * this.granuleNs - this.t0Abs;
    const from = Math.max(prev, mEndRel);
    if (t > from) f.st.staleNs += t - from;
  }

  private rwInRange(f: FileSim, first: number, last: number): boolean {
    const dirtyWritable = (idx: number): boolean =>
      f.rw.has(idx) && f.dirty.has(f.folioStart.get(idx) ?? idx);
    if (last - first < f.rw.size) {
      for (let i = first; i <= last; i++) if (dirtyWritable(i)) return true;
      return false;
    }
    for (const idx of f.rw) if (idx >= first && idx <= last && dirtyWritable(idx)) return true;
    return false;
  }

  private blockAt(f: FileSim, idx: number): BlockState {
    const b = f.blocks.get(idx);
    if (b !== undefined) return b;
    for (let i = f.base.length - 1; i >= 0; i--) {
      const r = f.base[i]!;
      if (idx >= r.first && idx <= r.last) return r.state;
    }
    return 'mapped';
  }

  /**
   * A folio entered the page cache (or one was split or evicted: order 0 per page). Folios it
   * overlaps are gone: their pages outside it become pages of their own, so a large folio of an
   * earlier life of the page cache (write(2), then POSIX_FADV_DONTNEED, then readahead) never
   * inflates what a later writeback writes.
   */
  private setFolio(f: FileSim, index: number, order: number): void {
    const n = 1 << order;
    const start = index - (index % n);
    for (let i = start; i < start + n; i++) {
      const old = f.folioStart.get(i);
      if (old === undefined || (old === start && i === start)) continue;
      const oldPages = 1 << (f.folioOrder.get(old) ?? 0);
      f.folioOrder.delete(old);
      for (let j = old; j < old + oldPages; j++) {
        if (j >= start && j < start + n) continue;
        f.folioStart.delete(j);
      }
    }
    f.folioOrder.set(start, order);
    for (let i = 0; i < n; i++) f.folioStart.set(start + i, start);
  }

  private granule(t: number): number {
    return Math.floor((this.t0Abs + t - this.phaseNs) / this.granuleNs);
  }

  private second(t: number): number {
    return Math.floor(t / 1e9);
  }

  private tl(sec: number): TimelineAcc {
    let a = this.timeline.get(sec);
    if (a === undefined) {
      a = {
        writeFaults: 0,
        timestampUpdates: 0,
        journalCommits: 0,
        bytesWritten: 0,
        latCount: 0,
        latCont: 0,
        latTerms: new Float64Array(NTERMS),
      };
      this.timeline.set(sec, a);
    }
    return a;
  }

  private recordFault(f: FileSim, terms: Float64Array, cont: number, sec: number): void {
    f.faultLat.add(terms, cont);
    const a = this.tl(sec);
    a.latCount++;
    a.latCont += cont;
    for (let i = 0; i < NTERMS; i++) a.latTerms[i] = a.latTerms[i]! + terms[i]!;
  }

  private inc(f: FileSim, k: keyof MutableCounters, n: number): void {
    f.c[k] += n;
    this.run[k] += n;
  }

  private file(ref: FileRef): FileSim {
    let f = this.files[ref.id];
    if (f === undefined) {
      f = {
        ref,
        c: zeroCounters(),
        dirty: new Set(),
        rw: new Set(),
        blocks: new Map(),
        base: [],
        folioStart: new Map(),
        folioOrder: new Map(),
        wbUntil: new Map(),
        waiters: [],
        wbRank: new Map(),
        wbStartT: 0,
        fs: fsModel('generic'),
        mtimeGranule: -Infinity,
        ctimeQueried: false,
        lazyDirtySince: -1,
        unpersistedSince: -1,
        datasyncDirty: false,
        lastWriteRef: -1,
        forkExpiry: [],
        forkedPages: 0,
        faultLat: new LatencyAccumulator(NTERMS),
        msyncLat: new LatencyAccumulator(NTERMS),
        st: {
          violations: 0,
          samples: 0,
          sumMs: 0,
          maxMs: 0,
          staleNs: 0,
          lastAccrueT: -1,
          durSumMs: 0,
          durN: 0,
        },
      };
      this.files[ref.id] = f;
    }
    return f;
  }

  // --- results -----------------------------------------------------------------------------

  /** Waiters never released (capture ended mid-writeback) are recorded with their wait so far. */
  finish(tEnd: number): void {
    for (const f of this.files) {
      if (f === undefined) continue;
      for (const w of f.waiters) {
        const wait = Math.max(0, tEnd - w.t) / 1000;
        this.inc(f, 'stableWaitUsTotal', wait);
        this.recordFault(f, w.terms, w.cont + wait, w.sec);
      }
      f.waiters = [];
    }
  }

  figures(values: Float64Array): {
    total: PolicyFigures;
    files: FileFigures[];
    timeline: TimelinePoint[];
  } {
    const faultAll = new LatencyAccumulator(NTERMS);
    const msyncAll = new LatencyAccumulator(NTERMS);
    const st: Staleness = {
      violations: 0,
      samples: 0,
      sumMs: 0,
      maxMs: 0,
      staleNs: 0,
      lastAccrueT: -1,
      durSumMs: 0,
      durN: 0,
    };
    const files: FileFigures[] = [];
    for (const f of this.files) {
      if (f === undefined) continue;
      faultAll.merge(f.faultLat);
      msyncAll.merge(f.msyncLat);
      st.violations += f.st.violations;
      st.samples += f.st.samples;
      st.sumMs += f.st.sumMs;
      st.maxMs = Math.max(st.maxMs, f.st.maxMs);
      st.staleNs += f.st.staleNs;
      st.durSumMs += f.st.durSumMs;
      st.durN += f.st.durN;
      files.push({
        file: f.ref.key,
        dev: f.ref.dev,
        ino: f.ref.ino,
        fs: f.fs.id,
        ...figuresOf(f.c, f.faultLat, f.msyncLat, f.st, values),
      });
    }
    const total = figuresOf(this.run, faultAll, msyncAll, st, values);
    const timeline: TimelinePoint[] = [...this.timeline.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([second, a]) => {
        let constSum = 0;
        for (let i = 0; i < NTERMS; i++) constSum += a.latTerms[i]! * values[i]!;
        return {
          second,
          writeFaults: a.writeFaults,
          timestampUpdates: a.timestampUpdates,
          journalCommits: a.journalCommits,
          bytesWritten: a.bytesWritten,
          faultLatencyMeanUs: a.latCount === 0 ? 0 : round3((a.latCont + constSum) / a.latCount),
        };
      });
    return { total, files, timeline };
  }
}

function figuresOf(
  c: MutableCounters,
  fault: LatencyAccumulator,
  msync: LatencyAccumulator,
  st: Staleness,
  values: Float64Array,
): PolicyFigures {
  const fl = fault.summarize(values);
  const ml = msync.summarize(values);
  const staleness: MtimeStaleness = {
    suSViolations: st.violations,
    maxMs: round3(st.maxMs),
    meanMs: st.samples === 0 ? 0 : round3(st.sumMs / st.samples),
    samples: st.samples,
    staleTimeMs: round3(st.staleNs / 1e6),
    durabilityLagMeanMs: st.durN === 0 ? 0 : round3(st.durSumMs / st.durN),
  };
  const counters: Counters = { ...c, stableWaitUsTotal: round3(c.stableWaitUsTotal) };
  return {
    ...counters,
    writeAmplification: c.bytesDirtied === 0 ? 0 : round3(c.bytesWritten / c.bytesDirtied),
    faultLatencyUs: fl.summary,
    msyncLatencyUs: ml.summary,
    faultLatencyHistogram: fl.histogram,
    msyncLatencyHistogram: ml.histogram,
    mtimeStaleness: staleness,
  };
}

export { NTERMS, TERM };
