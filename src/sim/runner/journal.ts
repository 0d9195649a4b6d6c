/**
 * The running jbd2-like transaction per device (KERNEL.md A.5): inode blocks joined once per
 * transaction, allocation metadata, committed after the commit interval of the filesystem
 * that opened it, or forced (fsync / fdatasync / MAP_SYNC, policy-runner.ts).
 */
import type { SimParams } from '../../config/index.js';
import type { MutableCounters } from './counters.js';
import type { FileSim } from './file-sim.js';
import { secondOf } from './timeline.js';
import type { Timeline } from './timeline.js';

interface Tx {
  readonly startT: number;
  /** When the journal commits on its own: the interval of the filesystem that opened it. */
  readonly intervalNs: number;
  readonly files: Map<FileSim, number>;
  overheadOwner: FileSim | null;
  alloc: boolean;
}

export class Journal {
  private readonly txs = new Map<number, Tx>();
  private readonly params: SimParams;
  private readonly run: MutableCounters;
  private readonly timeline: Timeline;

  /** @param run the run's counters, @param timeline its timeline: commits count in both */
  constructor(params: SimParams, run: MutableCounters, timeline: Timeline) {
    this.params = params;
    this.run = run;
    this.timeline = timeline;
  }

  /** Commits every transaction whose interval ran out by `t`, at the time it ran out. */
  commitDue(t: number): void {
    for (const [dev, tx] of this.txs) {
      if (t - tx.startT >= tx.intervalNs) this.commit(dev, tx.startT + tx.intervalNs);
    }
  }

  /** The device has a running transaction. */
  running(dev: number): boolean {
    return this.txs.has(dev);
  }

  /** The file's inode is in its device's running transaction (fsync needs a commit). */
  holds(f: FileSim): boolean {
    return this.txs.get(f.ref.dev)?.files.has(f) === true;
  }

  /** The file's inode block joins its device's running transaction (once per transaction). */
  join(f: FileSim, t: number): Tx {
    const tx = this.tx(f, t);
    if (!tx.files.has(f)) tx.files.set(f, 1);
    return tx;
  }

  /**
   * Blocks that journal work the runs do not model dirtied (jbd2_handle_stats of the file's
   * creation, say) join the running transaction, or open one: the commit interval counts from
   * it, as jbd2's does. They count as the file's, so its inode block is not joined again.
   */
  addBlocks(f: FileSim, t: number, blocks: number): void {
    const tx = this.tx(f, t);
    tx.files.set(f, (tx.files.get(f) ?? 0) + blocks);
  }

  /** The transaction carries an allocation (its metadata blocks, once): fdatasync commits. */
  allocate(f: FileSim, tx: Tx): void {
    if (!tx.alloc) {
      tx.alloc = true;
      tx.files.set(f, (tx.files.get(f) ?? 1) + 2);
    }
    f.datasyncDirty = true;
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

  /**
   * A commit the trace shows and the runs do not make on their own (btrfs space flushing, an
   * fsync's fallback from the log tree): the running transaction commits; with none, none of
   * the followed files' changes were in it, but the device committed all the same.
   */
  commitCaptured(dev: number, t: number): void {
    if (this.txs.has(dev)) {
      this.commit(dev, t);
      return;
    }
    this.run.journalCommits++;
    this.timeline.at(secondOf(t)).journalCommits++;
    this.run.cacheFlushes += 2;
  }

  /**
   * The file's inode was made durable through a log tree (btrfs fsync): its timestamps and
   * allocations are on disk, while the transaction stays open until its own commit.
   */
  persistByLog(f: FileSim, t: number): void {
    persisted(f, t);
  }

  /**
   * A jbd2 commit (A.5): metadata blocks of the transaction + descriptor + commit block
   * (`journalCommitOverheadBlocks`), i.e. blocks_logged 3 for a lone timestamp update as
   * observed; the same metadata is later checkpointed in place (metadata bytes); two cache
   * flushes. Persists the in-memory timestamps of the files in it (durability lag samples).
   */
  commit(dev: number, t: number): void {
    const tx = this.txs.get(dev);
    if (tx === undefined) return;
    this.txs.delete(dev);
    const bs = this.params.blockSize;
    const overhead = this.params.journalCommitOverheadBlocks;
    this.run.journalCommits++;
    this.timeline.at(secondOf(t)).journalCommits++;
    let metaBlocks = 0;
    let owner = true;
    for (const [f, blocks] of tx.files) {
      f.c.journalCommits++;
      const logged = blocks + (owner ? overhead : 0);
      owner = false;
      metaBlocks += blocks;
      countCommitted(f.c, logged, blocks, bs);
      persisted(f, t);
    }
    const logged = metaBlocks + overhead;
    countCommitted(this.run, logged, metaBlocks, bs);
    // jbd2 issues a cache flush before the commit block and the commit block with FUA/flush.
    this.run.cacheFlushes += 2;
    const first = tx.files.keys().next().value;
    if (first !== undefined) first.c.cacheFlushes += 2;
    this.timeline.at(secondOf(t)).bytesWritten += (logged + metaBlocks) * bs;
  }
}

/**
 * A commit's blocks in a ledger: `logged` written to the journal, `metaBlocks` of them
 * checkpointed in place later (metadata bytes), both in the bytes written.
 */
function countCommitted(c: MutableCounters, logged: number, metaBlocks: number, bs: number): void {
  c.journalBlocksLogged += logged;
  c.journalBytesWritten += logged * bs;
  c.checkpointMetadataBlocks += metaBlocks;
  c.metadataBytesWritten += metaBlocks * bs;
  c.bytesWritten += (logged + metaBlocks) * bs;
}

/** The file's in-memory timestamps and allocations reached the disk: one durability lag sample. */
function persisted(f: FileSim, t: number): void {
  if (f.unpersistedSince >= 0) {
    f.st.durSumMs += (t - f.unpersistedSince) / 1e6;
    f.st.durN++;
    f.unpersistedSince = -1;
  }
  f.datasyncDirty = false;
}
