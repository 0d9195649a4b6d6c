/**
 * One followed file as a policy run sees it: its folio states (dirty, mapped writable, under
 * writeback, block state mapped/hole/delalloc/unwritten, folio order), its in-memory c/mtime as
 * a coarse-clock granule, lazily dirtied timestamps, and its ledger and latency samples; with
 * the queries and updates of its page state that need nothing else.
 */
import type { FileRef } from '../inputs.js';
import { MAX_INDEX } from '../inputs.js';
import type { BlockState } from '../policy.js';
import type { FsModel } from '../fs/index.js';
import { fsModel } from '../fs/index.js';
import { LatencyAccumulator } from '../stats.js';
import type { MutableCounters } from './counters.js';
import { zeroCounters } from './counters.js';
import type { Staleness } from './staleness.js';
import { zeroStaleness } from './staleness.js';
import { NTERMS } from './terms.js';

/** A fault waiting for its folio's writeback to end (its wait is known at writebackDone). */
export interface Waiter {
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

export interface FileSim {
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
  /** When this run last changed the file's c/mtime (an update, mtime_set); -1: never. */
  mtimeT: number;
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

export function newFileSim(ref: FileRef): FileSim {
  return {
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
    mtimeT: -1,
    ctimeQueried: false,
    lazyDirtySince: -1,
    unpersistedSince: -1,
    datasyncDirty: false,
    lastWriteRef: -1,
    forkExpiry: [],
    forkedPages: 0,
    faultLat: new LatencyAccumulator(NTERMS),
    msyncLat: new LatencyAccumulator(NTERMS),
    st: zeroStaleness(),
  };
}

/** A block state the trace showed for [first, last] (creation, fallocate, a reservation). */
export function setBlockBase(
  f: FileSim,
  state: BlockState,
  first: number,
  last: number,
  reset: boolean,
): void {
  // The new range replaces what the older ranges said about its pages, and only those.
  const base: BaseRange[] = [];
  for (const b of f.base) {
    if (b.last < first || b.first > last) base.push(b);
    else {
      if (b.first < first) base.push({ ...b, last: first - 1 });
      if (b.last > last) base.push({ ...b, first: last + 1 });
    }
  }
  base.push({ state, first, last });
  f.base = base;
  // A truncation or a new file discards what this run allocated; evidence from a fault
  // (a reservation) says what the page was before it, not what this run made of it.
  if (reset) {
    if (first === 0 && last >= MAX_INDEX) f.blocks.clear();
    else
      for (const idx of [...f.blocks.keys()]) if (idx >= first && idx <= last) f.blocks.delete(idx);
  }
}

export function blockAt(f: FileSim, idx: number): BlockState {
  const b = f.blocks.get(idx);
  if (b !== undefined) return b;
  for (let i = f.base.length - 1; i >= 0; i--) {
    const r = f.base[i]!;
    if (idx >= r.first && idx <= r.last) return r.state;
  }
  return 'mapped';
}

/** Some page of [first, last] is mapped writable and dirty: stores may go on unseen. */
export function rwInRange(f: FileSim, first: number, last: number): boolean {
  const dirtyWritable = (idx: number): boolean =>
    f.rw.has(idx) && f.dirty.has(f.folioStart.get(idx) ?? idx);
  if (last - first < f.rw.size) {
    for (let i = first; i <= last; i++) if (dirtyWritable(i)) return true;
    return false;
  }
  for (const idx of f.rw) if (idx >= first && idx <= last && dirtyWritable(idx)) return true;
  return false;
}

/**
 * A folio entered the page cache (or one was split or evicted: order 0 per page). Folios it
 * overlaps are gone: their pages outside it become pages of their own, so a large folio of an
 * earlier life of the page cache (write(2), then POSIX_FADV_DONTNEED, then readahead) never
 * inflates what a later writeback writes.
 */
export function setFolio(f: FileSim, index: number, order: number): void {
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
