import type { AppInputSink, FileRef } from '../inputs.js';

interface PendingRange {
  readonly pid: number;
  readonly file: FileRef;
  readonly t: number;
  readonly first: number;
  last: number;
  lastT: number;
  readonly reason: string;
}

/**
 * Folios written one event at a time (iomap_writeback_folio, btrfs extent_writepage) by one
 * task, gathered into one writeback of a contiguous range, as the kernel maps and submits
 * them (one delalloc conversion per extent, one ioend per range): emitted before any other
 * input (TrackerState.emit flushes it), so inputs keep their order.
 */
export class GatheredWriteback {
  pending: PendingRange | null = null;
  private readonly sink: AppInputSink;
  private readonly reasonByPid: ReadonlyMap<number, string>;

  /** @param reasonByPid each flusher task's writeback reason (its writeback_start) */
  constructor(sink: AppInputSink, reasonByPid: ReadonlyMap<number, string>) {
    this.sink = sink;
    this.reasonByPid = reasonByPid;
  }

  /** One folio [first, last] written by `pid`: extends the pending range or starts one. */
  add(pid: number, t: number, file: FileRef, first: number, last: number): void {
    const p = this.pending;
    if (p !== null && p.pid === pid && p.file === file && first === p.last + 1) {
      p.last = last;
      p.lastT = t;
      return;
    }
    this.flush();
    const reason = this.reasonByPid.get(pid) ?? 'unknown';
    this.pending = { pid, file, t, first, last, lastT: t, reason };
  }

  flush(): void {
    const p = this.pending;
    if (p === null) return;
    this.pending = null;
    const { file, t, first, last, reason } = p;
    this.sink({ k: 'writeback', t, file, first, last, reason });
    this.sink({ k: 'writeback_done', t: p.lastT, file });
  }
}
