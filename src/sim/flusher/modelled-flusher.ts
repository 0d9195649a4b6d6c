/**
 * The modelled flusher: a transform of the application-input stream (inputs.ts) that sits
 * between the tracker and the policy runs when writeback is re-timed (`writeback: 'modelled'`).
 * It drops the writeback the kernel's flusher did in the capture (writeback inputs with a
 * flusher `reason`, and their `writeback_done`) and emits the writeback a flusher with the
 * configured tunables would have done, tracking page dirtiness itself from the inputs.
 *
 * What it models (fs/fs-writeback.c, observed on the 6.18 ext4 captures with
 * dirty_expire_centisecs=100, dirty_writeback_centisecs=50):
 * - kupdate: the flusher is armed `writebackIntervalMs` after the first page of a clean system
 *   is dirtied (`wb_wakeup_delayed`, a queue_delayed_work that does nothing while the work is
 *   already pending) and re-armed that long after the end of each run while dirty data remain
 *   (wb_workfn: `wb_has_dirty_io`). A capture often begins with the work already pending (armed
 *   by dirt before the capture): its first periodic run then comes before first dirtying +
 *   interval (ext4-tunables-expire1500: 4.93 s after the first dirtying with a 5 s interval),
 *   and the arm time is estimated from that run (`kupdateArmedNs`, see kupdate-phase.ts). A run writes every file whose inode was dirtied at least
 *   `dirtyExpireMs` ago (`dirtied_when`, set when a clean inode gets its first dirty page).
 * - A file's writeback is a cyclic scan that takes time (`flusherPageUs` per page): pages
 *   re-dirtied while it runs keep the inode dirty with its old `dirtied_when`, so the run
 *   writes the file again at once, until a pass ends with the file clean. The captures show
 *   exactly these clusters: 1604, then 55, then 2 pages within 37 ms.
 *   That holds where a store may dirty a folio under writeback (ext4, XFS). Where the
 *   filesystem keeps pages stable under writeback (btrfs: data checksums), the store's fault
 *   waits in `folio_wait_writeback` until the folio's I/O completes, after the pass: the inode
 *   is clean by then, so the store dirties it anew (a new `dirtied_when`) and it waits for the
 *   expire age like any other (btrfs-kupdate-exp200: one wait at 15108.609973, no second pass,
 *   the page written with the next run's 248).
 * - background: when dirty bytes exceed `dirtyBackgroundBytes` (> 0), a run starts at once
 *   and writes every dirty file, oldest first (reason 'background').
 *
 * What it cannot see: stores to pages that were writable in the capture do not fault, so when
 * the modelled flusher cleans a page earlier than the kernel did, a later store to it before
 * the kernel's own writeback is not in the trace (pages written are then a lower bound).
 */
import { fsModel } from '../fs/index.js';
import type { AppInput, AppInputSink, FileRef } from '../inputs.js';
import { MAX_INDEX } from '../inputs.js';

const PAGE = 4096;

/** wb_reason values of the kernel's own flusher (include/linux/backing-dev-defs.h). */
const FLUSHER_REASONS: ReadonlySet<string> = new Set([
  'background',
  'vmscan',
  'periodic',
  'laptop_timer',
  'fs_free_space',
  'forker_thread',
  'foreign_flush',
]);

/** The tunables the flusher follows; times in ms. */
export interface FlusherParams {
  /** vm.dirty_writeback_centisecs × 10. */
  readonly writebackIntervalMs: number;
  /** vm.dirty_expire_centisecs × 10. */
  readonly dirtyExpireMs: number;
  /** vm.dirty_background_bytes; 0 = no background threshold modelled. */
  readonly dirtyBackgroundBytes: number;
  /** Duration of a flusher pass per page written, µs (the scan and the bio submission). */
  readonly flusherPageUs: number;
  /** Timer frequency: the flusher's delayed work fires on the timer wheel's jiffy grid. */
  readonly hz: number;
  /** When the capture's kupdate work was armed (estimated); absent: armed at first dirtying. */
  readonly kupdateArmedNs?: number;
}

/** What the flusher replaced, for the result's diagnostics and the accuracy test. */
export interface FlusherSummary {
  /** Captured flusher writeback calls dropped. */
  readonly capturedWritebacks: number;
  /** Modelled writeback calls emitted. */
  readonly modelledWritebacks: number;
  /** Pages those calls found dirty (by the flusher's own tracking). */
  readonly modelledPages: number;
}

/** A transform of one replay's inputs; `finish` runs the work due up to the capture's end. */
export interface InputTransform {
  readonly push: AppInputSink;
  finish(lastT: number): void;
  summary(): FlusherSummary;
}

interface FileDirt {
  readonly ref: FileRef;
  /** Dirty folio start index -> pages in the folio. */
  readonly dirty: Map<number, number>;
  /** Time the inode went from clean to dirty (ns, relative); -1 when clean. */
  dirtiedWhen: number;
  /** A captured flusher writeback of this file was dropped and its done is pending. */
  droppedOpen: boolean;
  /** Its filesystem keeps pages stable under writeback (the model's `stablePages`). */
  stablePages: boolean;
  /** Folios the current pass writes (start index), while it is the active file. */
  readonly passFolios: Set<number>;
  /** Stores waiting for this pass's I/O (stable pages): folio start -> pages, dirtied at its end. */
  readonly held: Map<number, number>;
}

/**
 * How long after being armed the flusher's delayed work runs: `intervalMs` in jiffies, made
 * late by the timer wheel, which rounds an expiry up to its level's granule (8^level jiffies;
 * kernel/time/timer.c calc_index) so that it never fires early. The granule's phase against
 * the trace clock is unknown: the mean lateness (half a granule) is used. At HZ=250 a 500 ms
 * timer is 32 ms-granular and fires ~16 ms late; the captures show 19 to 30 ms for two arms.
 * (ext4-tunables-expire1500: a 5 s timer, 1250 jiffies, 256 ms-granular, fired at a jiffies
 * value that is a multiple of 64, as calc_index says.)
 */
export function kupdateDelayNs(intervalMs: number, hz: number): number {
  const jiffyNs = 1e9 / hz;
  const jiffies = Math.max(1, Math.round((intervalMs * 1e6) / jiffyNs));
  let gran = 1;
  while (jiffies >= 64 * gran) gran *= 8;
  return (jiffies + gran / 2) * jiffyNs;
}

export function createModelledFlusher(sink: AppInputSink, params: FlusherParams): InputTransform {
  return new ModelledFlusher(sink, params);
}

class ModelledFlusher implements InputTransform {
  private readonly sink: AppInputSink;
  private readonly expireNs: number;
  private readonly backgroundBytes: number;
  private readonly pageNs: number;
  /** From arming the kupdate work to its run. */
  private readonly delayNs: number;
  private readonly files: FileDirt[] = [];
  private readonly folioPages = new Map<string, number>();
  private dirtyBytes = 0;
  private nextWake = Infinity;
  /** The file being written and when its pass ends; null between runs. */
  private active: FileDirt | null = null;
  private activeEnd = 0;
  private activeReason = 'periodic';
  private queue: FileDirt[] = [];
  private captured = 0;
  private modelled = 0;
  private modelledPages = 0;

  readonly push: AppInputSink = (input) => {
    this.advance(input.t);
    this.observe(input);
    // After forwarding: the store that crossed the threshold is in the runs' dirty pages too.
    if (this.backgroundBytes > 0 && this.dirtyBytes > this.backgroundBytes && this.active === null)
      this.startRun(input.t, 'background');
  };

  constructor(sink: AppInputSink, p: FlusherParams) {
    this.sink = sink;
    this.expireNs = p.dirtyExpireMs * 1e6;
    this.backgroundBytes = p.dirtyBackgroundBytes;
    this.pageNs = p.flusherPageUs * 1000;
    this.delayNs = kupdateDelayNs(p.writebackIntervalMs, p.hz);
    if (p.kupdateArmedNs !== undefined) {
      // Pending at the capture's start. With another interval the work may have fired before
      // the start; it re-arms itself every interval while dirty data remain (unknown before the
      // start, so assumed): its first run in the capture is the first such expiry after it.
      this.nextWake = p.kupdateArmedNs + this.delayNs;
      if (this.nextWake < 0)
        this.nextWake += Math.ceil(-this.nextWake / this.delayNs) * this.delayNs;
    }
  }

  private wakeAfter(now: number): number {
    return now + this.delayNs;
  }

  finish(lastT: number): void {
    this.advance(lastT);
  }

  summary(): FlusherSummary {
    return {
      capturedWritebacks: this.captured,
      modelledWritebacks: this.modelled,
      modelledPages: this.modelledPages,
    };
  }

  /** Updates the dirtiness model from one input and forwards it (or drops it). */
  private observe(input: AppInput): void {
    const f = this.file(input.file);
    switch (input.k) {
      case 'fs':
        f.stablePages = fsModel(input.fs).stablePages;
        break;
      case 'fault': {
        const pages = this.folioPages.get(`${f.ref.id}:${input.index}`) ?? 1;
        // The store waits for the folio's writeback (stable pages): it dirties after the pass.
        if (f === this.active && f.stablePages && f.passFolios.has(input.index))
          f.held.set(input.index, pages);
        else this.markDirty(f, input.index, pages, input.t);
        break;
      }
      case 'folio':
        this.folioPages.set(`${f.ref.id}:${input.index}`, 1 << input.order);
        break;
      case 'msync':
        if ((input.flags & 4) !== 0) this.clean(f, input.first, input.last);
        break;
      case 'fsync':
        this.clean(f, 0, MAX_INDEX);
        break;
      case 'writeback':
        if (FLUSHER_REASONS.has(input.reason)) {
          this.captured++;
          f.droppedOpen = true;
          return;
        }
        // Writeback the application caused (sync(2), ext4's flush on close): it stays.
        this.clean(f, input.first, input.last);
        break;
      case 'writeback_done':
        if (f.droppedOpen) {
          f.droppedOpen = false;
          return;
        }
        break;
      default:
        break;
    }
    this.sink(input);
  }

  private markDirty(f: FileDirt, index: number, pages: number, t: number): void {
    if (f.dirty.has(index)) return;
    if (f.dirty.size === 0 && f !== this.active) f.dirtiedWhen = t;
    const wasClean = this.dirtyBytes === 0;
    f.dirty.set(index, pages);
    this.dirtyBytes += pages * PAGE;
    if (wasClean && this.active === null && this.nextWake === Infinity)
      this.nextWake = this.wakeAfter(t);
  }

  private clean(f: FileDirt, first: number, last: number): void {
    for (const [idx, pages] of f.dirty) {
      if (idx < first || idx > last) continue;
      f.dirty.delete(idx);
      this.dirtyBytes -= pages * PAGE;
    }
  }

  /** Runs the flusher's work due at or before `t`, emitting its writeback in time order. */
  private advance(t: number): void {
    for (;;) {
      if (this.active !== null) {
        if (this.activeEnd > t) return;
        this.endPass(this.activeEnd);
      } else if (this.nextWake <= t) {
        this.startRun(this.nextWake, 'periodic');
      } else return;
    }
  }

  /** A flusher run: the files to write now, oldest inode first (the b_io order). */
  private startRun(now: number, reason: string): void {
    const due = this.files.filter(
      (f) => f.dirty.size > 0 && (reason === 'background' || now - f.dirtiedWhen >= this.expireNs),
    );
    due.sort((a, b) => a.dirtiedWhen - b.dirtiedWhen || a.ref.id - b.ref.id);
    this.activeReason = reason;
    this.queue = due;
    this.nextWake = Infinity;
    if (!this.nextFile(now)) this.rearm(now);
  }

  /** Starts the pass over the next queued file; false when the run is over. */
  private nextFile(now: number): boolean {
    const f = this.queue.shift();
    if (f === undefined) return false;
    this.startPass(f, now);
    return true;
  }

  private startPass(f: FileDirt, now: number): void {
    let pages = 0;
    for (const p of f.dirty.values()) pages += p;
    f.passFolios.clear();
    for (const idx of f.dirty.keys()) f.passFolios.add(idx);
    this.clean(f, 0, MAX_INDEX);
    this.active = f;
    this.activeEnd = now + pages * this.pageNs;
    this.modelled++;
    this.modelledPages += pages;
    this.sink({
      k: 'writeback',
      t: now,
      file: f.ref,
      first: 0,
      last: MAX_INDEX,
      reason: this.activeReason,
    });
  }

  private endPass(end: number): void {
    const f = this.active!;
    this.active = null;
    this.sink({ k: 'writeback_done', t: end, file: f.ref });
    // Re-dirtied during the pass: the inode is still dirty with its old dirtied_when, and the
    // run's loop writes it again at once.
    if (f.dirty.size > 0) this.startPass(f, end);
    else if (!this.nextFile(end)) this.rearm(end);
    // The stores that waited for this pass's I/O dirty now: a clean inode gets a new
    // dirtied_when (after the run's loop has moved on, as the kernel's requeue found it clean).
    const held = [...f.held];
    f.held.clear();
    for (const [idx, pages] of held) this.markDirty(f, idx, pages, end);
  }

  private rearm(now: number): void {
    this.nextWake = this.dirtyBytes > 0 ? this.wakeAfter(now) : Infinity;
  }

  private file(ref: FileRef): FileDirt {
    let f = this.files[ref.id];
    if (f === undefined) {
      f = {
        ref,
        dirty: new Map(),
        dirtiedWhen: -1,
        droppedOpen: false,
        stablePages: false,
        passFolios: new Set(),
        held: new Map(),
      };
      this.files[ref.id] = f;
    }
    return f;
  }
}
