/**
 * The cost model: every cost the simulator charges is a named parameter with a default and the
 * source of that default (KERNEL.md E.1/E.2). Values are microseconds unless the name says
 * otherwise. Resolution order, lowest to highest precedence:
 *
 *   default  <  profile (unpinned)  <  measured from the trace  <  profile (pinned)  <  config file
 *
 * A profile pins the parameters that describe a device other than the one the trace was captured
 * on (a ramdisk's journal commit is not the SSD commit the trace measured), so a measurement
 * taken on the capture device does not leak into a what-if about another device.
 */

export const COST_PARAM_NAMES = [
  'faultOutsideTraceUs',
  'faultOutsideHotUs',
  'faultBaseWpUs',
  'faultBaseNpUs',
  'folioBufferWalkUs',
  'tsUpdateUs',
  'tsUpdateXfsUs',
  'tsUpdateLazyUs',
  'delallocReserveUs',
  'daxAllocUs',
  'journalCommitUs',
  'cacheFlushUs',
  'pageCopy4kUs',
  'msyncAsyncUs',
  'msyncScanPerPageUs',
  'msyncSyncUs',
  'fsyncUs',
  'writebackIoUs',
] as const;
export type CostParamName = (typeof COST_PARAM_NAMES)[number];
export type CostParams = Readonly<Record<CostParamName, number>>;

export interface CostParamSpec {
  readonly defaultUs: number;
  /** Where the default comes from. */
  readonly source: string;
  /** Whether a trace can measure it (see src/sim/measure.ts). */
  readonly measurable: boolean;
}

export const COST_PARAM_SPECS: Readonly<Record<CostParamName, CostParamSpec>> = {
  faultOutsideTraceUs: {
    defaultUs: 2,
    source:
      'part of a user-measured store that lies outside the traced fault episode (exception entry before page_fault_user, PTE install and return after the last event, the clock reads): shared ext4 captures, *.lat.csv median minus traced episode median = 1.4-4.2 us; KERNEL.md E.2 wp fault 1.5-2.6 us untraced vs ~1 us traced entry->dirty',
    measurable: false,
  },
  faultOutsideHotUs: {
    defaultUs: 0.8,
    source:
      "the same for a fault that starts within 20 us of the end of the task's previous one (back-to-back first touches, retried faults): caches and TLB are warm. Captures recorded on 6.18 loop devices (test/fixtures/fs): *.lat.csv store latency minus traced episode, median 0.65 us (XFS), 0.84 (btrfs), 1.25-1.68 (ext4, paced btrfs), against 1.6-2.3 us for the others",
    measurable: false,
  },
  faultBaseWpUs: {
    defaultUs: 1.5,
    source: 'KERNEL.md E.2 fault_base_wp (bench.c wp, ext4 p50 1.5-2.6 us)',
    measurable: true,
  },
  folioBufferWalkUs: {
    defaultUs: 0.6,
    source:
      "ext4_page_mkwrite on a page of an already dirty large folio walks the folio's buffer heads; per folio order (log2 pages), in place of faultBaseWpUs. ext4-folio-rw capture (test/fixtures/fs): latency CSV of those faults minus faultOutsideTraceUs, p50 1.2 us at order 2, 2.5 at 4, 4.4 at 6, 4.6 at 8",
    measurable: false,
  },
  faultBaseNpUs: {
    defaultUs: 3,
    source: 'KERNEL.md E.2 fault_base_np (bench.c np, ext4 p50 2.4-3.1 us, page cached)',
    measurable: true,
  },
  tsUpdateUs: {
    defaultUs: 7,
    source:
      'KERNEL.md E.2 ts_update_ext4 (+7 us wp, +10 us np; lat_trace.sh with vs without ctime_ns_xchg)',
    measurable: true,
  },
  tsUpdateXfsUs: {
    defaultUs: 5,
    source: 'KERNEL.md E.2 ts_update_xfs (+5 us wp)',
    measurable: false,
  },
  tsUpdateLazyUs: {
    defaultUs: 0.5,
    source:
      'KERNEL.md E.2 ts_update_lazytime_ideal (estimate: I_DIRTY_TIME only, no journal handle)',
    measurable: false,
  },
  delallocReserveUs: {
    defaultUs: 1,
    source: 'KERNEL.md E.2 delalloc_reserve (hole fault p50 2.7-3.4 us vs np 2.4-3.1 us)',
    measurable: false,
  },
  daxAllocUs: {
    defaultUs: 17,
    source:
      'DAX fault that allocates or converts an unwritten extent (zeroes the block): Jan Kara, DAX sync faults v2 cover letter, ramdisk: empty file 23 us vs preallocated 6 us',
    measurable: false,
  },
  journalCommitUs: {
    defaultUs: 1000,
    source:
      'KERNEL.md E.2 journal_commit on an SSD-like virtual disk (2 cache flushes); jbd2 start->end 0.94 ms quiet',
    measurable: true,
  },
  cacheFlushUs: {
    defaultUs: 400,
    source: 'KERNEL.md E.2 cache_flush',
    measurable: false,
  },
  pageCopy4kUs: {
    defaultUs: 0.5,
    source: 'KERNEL.md E.2 page_copy_4k (estimate; Tux3 page forking: allocation + copy)',
    measurable: false,
  },
  msyncAsyncUs: {
    defaultUs: 2,
    source: 'KERNEL.md E.2 msync(MS_ASYNC) 2-20 us (syscall only: a no-op since 2.6.19)',
    measurable: true,
  },
  msyncScanPerPageUs: {
    defaultUs: 0.05,
    source: 'KERNEL.md E.2 msync_async_scan_per_page (estimate; deferred cmtime PTE walk)',
    measurable: false,
  },
  msyncSyncUs: {
    defaultUs: 1000,
    source: 'KERNEL.md E.2 msync(MS_SYNC), few dirty pages, no journal commit: 0.1-2.6 ms',
    measurable: true,
  },
  fsyncUs: {
    defaultUs: 2000,
    source: 'KERNEL.md E.2 fsync with journal commit: 1.0-3.9 ms',
    measurable: true,
  },
  writebackIoUs: {
    defaultUs: 500,
    source:
      'time from the end of writepages submission to I/O completion of a folio (stable-page window); estimate for an SSD-like virtual disk',
    measurable: false,
  },
};

export function defaultCostParams(): CostParams {
  const out = {} as Record<CostParamName, number>;
  for (const name of COST_PARAM_NAMES) out[name] = COST_PARAM_SPECS[name].defaultUs;
  return out;
}
