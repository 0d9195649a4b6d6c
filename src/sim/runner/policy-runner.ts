/**
 * One policy's replay of the application-level inputs (KERNEL.md D.7 step 5): the kernel
 * mechanics the policy does not choose. Per followed file it keeps the folio states (dirty,
 * mapped writable, under writeback, block state mapped/hole/delalloc/unwritten, folio order), the
 * in-memory c/mtime as a coarse-clock granule, lazily dirtied timestamps (file-sim.ts), and per
 * device a running jbd2 transaction (journal.ts: inode blocks joined once per transaction,
 * allocation metadata, committed after the commit interval or forced by fsync / fdatasync /
 * MAP_SYNC). At each input it asks the policy for a decision, applies it, charges costs as
 * *terms* (multipliers of named cost parameters, terms.ts and stats.ts) plus measured continuous
 * parts, and counts the ledger of DOMAIN.md (counters.ts, staleness.ts, timeline.ts).
 *
 * Latencies are composed at the end (`figures(values)`, figures.ts), when the measured cost
 * values are known.
 * Simplification (documented): a stable-page wait does not delay the task's later inputs.
 */
import type { CostParamName } from '../../config/index.js';
import type { SimParams } from '../../config/index.js';
import type { AppInput, FileRef } from '../inputs.js';
import type { BlockState, Decision, Policy, SimInput } from '../policy.js';
import { fsModel } from '../fs/index.js';
import type { MutableCounters } from './counters.js';
import { zeroCounters } from './counters.js';
import type { FileSim } from './file-sim.js';
import { blockAt, newFileSim, rwInRange, setBlockBase, setFolio } from './file-sim.js';
import type { RunFigures } from './figures.js';
import { runFigures } from './figures.js';
import { JiffyGrid } from './jiffy-grid.js';
import { Journal } from './journal.js';
import { accrueStale, sampleStaleness } from './staleness.js';
import { NTERMS, TERM } from './terms.js';
import { secondOf, Timeline } from './timeline.js';

const PAGE = 4096;

export interface RunnerOptions {
  readonly policy: Policy;
  readonly params: SimParams;
  /** Absolute trace time of relative t = 0, ns (for the jiffy grid). */
  readonly t0Abs: number;
  readonly hz: number;
  readonly multigrain: boolean;
  /** Offset of the jiffy grid against the trace clock, ns. */
  readonly phaseNs: number;
  /**
   * The coarse clock is the captured kernel's (the capture's HZ, phase not set by hand): where
   * the trace shows whether it moved between two c/mtime changes, that is the answer.
   */
  readonly clockFromTrace: boolean;
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
  private readonly grid: JiffyGrid;
  private readonly multigrain: boolean;
  private readonly ioNs: number;
  private readonly measuredService: boolean;
  private readonly tracedWaits: boolean;
  private readonly clockFromTrace: boolean;
  private readonly files: (FileSim | undefined)[] = [];
  private readonly lazyFiles = new Set<FileSim>();
  /** Reasons DAX was asked for on files whose filesystem has none. */
  private readonly noDax = new Set<string>();
  private readonly timeline = new Timeline();
  readonly run: MutableCounters = zeroCounters();
  private readonly journal: Journal;
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
    this.grid = new JiffyGrid(o.hz, o.t0Abs, o.phaseNs);
    this.multigrain = o.multigrain;
    this.ioNs = o.provisional.writebackIoUs * 1000;
    this.measuredService = o.measuredService;
    this.journal = new Journal(o.params, this.run, this.timeline);
    this.tracedWaits = o.tracedWaits;
    this.clockFromTrace = o.clockFromTrace;
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
          this.clockMovedAt(f, t, input.clockSince, input.clockMoved),
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
        f.mtimeGranule = this.grid.granule(t);
        f.mtimeT = t;
        f.ctimeQueried = false;
        return;
      case 'block_base':
        setBlockBase(f, input.state, input.first, input.last, input.reset);
        return;
      case 'folio':
        setFolio(f, input.index, input.order);
        return;
      case 'query':
        f.ctimeQueried = true;
        return;
      case 'fs_commit':
        this.journal.commitCaptured(f.ref.dev, t);
        return;
      case 'journal_other':
        // Work of the device's journal that no modelled path makes, as the trace shows it.
        this.inc(f, 'journalHandles', input.handles);
        if (input.blocks > 0) this.journal.addBlocks(f, t, input.blocks);
        return;
    }
  }

  /** Processes time-driven work (commits, lazytime expiry, fork expiry) up to `t`. */
  advance(t: number): void {
    if (t < this.lastT) t = this.lastT;
    this.lastT = t;
    this.journal.commitDue(t);
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
    clockMoved: boolean,
  ): void {
    accrueStale(this.grid, f, t);
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
    const block = blockAt(f, start);
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
      clockMoved,
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
    this.applyTimestamp(f, t, d.timestamp, terms, clockMoved);
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
    const sec = secondOf(t);
    this.timeline.at(sec).writeFaults++;
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
    accrueStale(this.grid, f, t);
    const pages = Math.max(0, Math.min(last, first + 1e9) - first + 1);
    const mayHaveWrites = rwInRange(f, first, last);
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
    sampleStaleness(this.grid, f, t, mayHaveWrites, true);
    f.msyncLat.add(terms, cont);
  }

  /** fsync / fdatasync (C.4): writeback, then a forced commit if the inode has journalled changes (fsync) or an uncommitted allocation (fdatasync). */
  private onFsync(f: FileSim, t: number, datasync: boolean): void {
    accrueStale(this.grid, f, t);
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
    const needs = datasync ? f.datasyncDirty : this.journal.holds(f);
    if (needs) this.syncCommit(f, t);
    else this.inc(f, 'cacheFlushes', 1);
  }

  /** munmap / zap: PTEs go away (dirty bits move to the folio, which stays dirty); deferred's flush point (v1). */
  private onMunmap(f: FileSim, t: number, first: number, last: number): void {
    accrueStale(this.grid, f, t);
    const mayHaveWrites = rwInRange(f, first, last);
    const d = this.decide({
      kind: 'munmap',
      t,
      file: f.ref.key,
      mayHaveWrites,
      lazyDirtySince: f.lazyDirtySince,
    });
    this.applyTimestamp(f, t, d.timestamp, this.scratch.fill(0));
    sampleStaleness(this.grid, f, t, mayHaveWrites, false);
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
      const block = blockAt(f, start);
      const clockMoved = this.grid.granule(t) > f.mtimeGranule;
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
    clockMoved = this.grid.granule(t) > f.mtimeGranule,
  ): void {
    if (kind === undefined || kind === 'none') return;
    if (!clockMoved && !(this.multigrain && f.ctimeQueried)) return;
    f.mtimeGranule = Math.max(f.mtimeGranule, this.grid.granule(t));
    f.mtimeT = t;
    f.ctimeQueried = false;
    this.inc(f, 'timestampUpdates', 1);
    this.timeline.at(secondOf(t)).timestampUpdates++;
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
    this.journal.join(f, t);
    if (f.unpersistedSince < 0) f.unpersistedSince = t;
  }

  /**
   * Did the coarse clock move since the file's c/mtime was last set? Where this run last set it
   * at the instant the trace showed it set last (legacy, and every policy that updates in the
   * fault as the kernel did), the trace's own answer at this fault is the kernel's clock: its
   * ticks come late or early against any fixed grid (a VM's timer: up to a tick either way in the
   * 6.18 captures, 4.9% more updates on the grid than ext4 made under fio). Otherwise, where the
   * capture cannot show updates, or the run's clock is not the capture's (another HZ, a phase
   * set by hand: a what-if of the clock itself), the jiffy grid.
   */
  private clockMovedAt(f: FileSim, t: number, since: number, moved: boolean | null): boolean {
    if (this.clockFromTrace && moved !== null && since === f.mtimeT) return moved;
    return this.grid.granule(t) > f.mtimeGranule;
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
      const tx = this.journal.join(f, t);
      if (block !== 'mapped') {
        terms[TERM.daxAllocUs] = terms[TERM.daxAllocUs]! + 1;
        for (let i = 0; i < pages; i++) f.blocks.set(start + i, 'mapped');
        this.journal.allocate(f, tx);
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
    const allocating = (idx: number): boolean => f.fs.cowData || blockAt(f, idx) !== 'mapped';
    let allocates = false;
    if (!dax) for (const idx of idxs) if (allocating(idx)) allocates = true;
    const mayHaveWrites = rwInRange(f, first, last);
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
    sampleStaleness(this.grid, f, t, mayHaveWrites, false);
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
    this.timeline.at(secondOf(t)).bytesWritten += bytes;
    if (runs > 0) {
      // What the filesystem journals for the allocation (fs models: ext4 a WRITE_PAGE and an
      // EXT_CONVERT handle per writepages call, XFS a conversion transaction per extent and
      // one per ioend, btrfs one per ordered extent).
      this.inc(f, 'journalHandles', f.fs.writebackHandles(runs));
      this.journal.allocate(f, this.journal.join(f, t));
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

  /**
   * Makes the file's metadata durable now (fsync / fdatasync / MAP_SYNC): a commit of its
   * device's transaction, or, on a filesystem whose fsync writes a log tree instead (btrfs),
   * a log sync that persists the inode, flushes the cache and leaves the transaction open (a
   * fallback to a full commit is in the capture and replayed from it: `fs_commit`).
   */
  private syncCommit(f: FileSim, t: number): void {
    const dev = f.ref.dev;
    if (!this.journal.running(dev) || !f.fs.fsyncCommits) {
      this.inc(f, 'cacheFlushes', 1);
      if (this.journal.running(dev)) this.journal.persistByLog(f, t);
      return;
    }
    this.journal.commit(dev, t);
  }

  private recordFault(f: FileSim, terms: Float64Array, cont: number, sec: number): void {
    f.faultLat.add(terms, cont);
    this.timeline.addFault(sec, terms, cont);
  }

  private inc(f: FileSim, k: keyof MutableCounters, n: number): void {
    f.c[k] += n;
    this.run[k] += n;
  }

  private file(ref: FileRef): FileSim {
    let f = this.files[ref.id];
    if (f === undefined) {
      f = newFileSim(ref);
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

  figures(values: Float64Array): RunFigures {
    return runFigures(this.files, this.run, this.timeline, values);
  }
}
