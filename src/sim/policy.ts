/**
 * The policy port. A policy is a pure plug-in in the decider shape of emmett
 * (`typing/decider.ts`): the simulator owns the kernel mechanics (page and PTE state, block
 * state, the journal, writeback, costs and clocks) and, at each application-level input, asks
 * the policy what the kernel under that policy *decides* to do; then it lets the policy *evolve*
 * its private state (e.g. Lutomirski's AS_CMTIME flag, lazytime's I_DIRTY_TIME).
 *
 *   decision = policy.decide(state, input)
 *   state    = policy.evolve(state, input)
 *
 * Both functions must be pure and deterministic: no I/O, no clock, no randomness, no mutation of
 * `state` or `input` (return a new state when it changes, the same object otherwise).
 *
 * Inputs carry the facts of the common model that a decision may depend on (block state of the
 * page, whether the coarse clock moved since the file's last c/mtime change, whether the folio is
 * under writeback, ...), so a policy never needs the simulator's internals. Policies import only
 * this file and `events/` (enforced by eslint).
 */

/** Block state of a page's backing blocks (KERNEL.md D.0). */
export type BlockState = 'mapped' | 'hole' | 'delalloc' | 'unwritten';

interface InputBase {
  /** ns since the first event of the capture. */
  readonly t: number;
  /** "major:minor/ino" */
  readonly file: string;
}

/** A store through a shared writable mapping that takes a write fault under the policy. */
export interface WriteFaultInput extends InputBase {
  readonly kind: 'write_fault';
  readonly index: number;
  /** Pages in the folio (1 << order). */
  readonly pages: number;
  /** true: write-protect fault on a present page (0x7); false: not present (0x6). */
  readonly present: boolean;
  readonly block: BlockState;
  /** The inode has an uncommitted allocation or conversion (ext4 datasync-dirty; IOMAP_F_DIRTY). */
  readonly datasyncDirty: boolean;
  /** The folio is between its writeback's start and its I/O completion. */
  readonly underWriteback: boolean;
  /**
   * The filesystem waits for a folio's writeback before it may be written again (stable
   * pages): btrfs always (`btrfs_page_mkwrite` -> `folio_wait_writeback`: data checksums), others
   * only on devices that require stable writes.
   */
  readonly stablePages: boolean;
  /** The coarse clock (jiffy) moved since the file's last c/mtime change. */
  readonly clockMoved: boolean;
  /** Multigrain kernel (6.13+) and ctime was queried (stat) since the last change. */
  readonly ctimeQueried: boolean;
  /** The mapping was made with MAP_SHARED_VALIDATE|MAP_SYNC. */
  readonly vmSync: boolean;
  /** File data on DAX (profile). */
  readonly dax: boolean;
  /** The file's timestamps are dirty in memory only (I_DIRTY_TIME) since this time, or -1. */
  readonly lazyDirtySince: number;
}

export interface MsyncInput extends InputBase {
  readonly kind: 'msync';
  /** MS_ASYNC=1, MS_INVALIDATE=2, MS_SYNC=4. */
  readonly flags: number;
  /** Pages of the file in the msync range. */
  readonly pages: number;
  /** A page in the range is mapped writable and dirty: stores may have happened without a fault. */
  readonly mayHaveWrites: boolean;
  readonly lazyDirtySince: number;
}

export interface FsyncInput extends InputBase {
  readonly kind: 'fsync';
  /** fdatasync / msync(MS_SYNC) semantics (no timestamp-only commit). */
  readonly datasync: boolean;
  readonly lazyDirtySince: number;
}

/** A writeback of the file's dirty pages (periodic, background, sync, or inside msync/fsync). */
export interface WritebackInput extends InputBase {
  readonly kind: 'writeback';
  /** writeback_start reason (periodic, background, sync, ...), or 'msync' / 'fsync'. */
  readonly reason: string;
  /** Dirty pages about to be cleaned (folio_mkclean moves PTE dirty bits to the page). */
  readonly dirtyPages: number;
  /** The writeback allocates or converts blocks (an I_DIRTY_SYNC change of the inode). */
  readonly allocates: boolean;
  readonly lazyDirtySince: number;
}

export interface UnmapInput extends InputBase {
  readonly kind: 'munmap';
  readonly mayHaveWrites: boolean;
  readonly lazyDirtySince: number;
}

/** mlock / mlock2 / mlockall or mmap(MAP_LOCKED|MAP_POPULATE) over a shared writable file range. */
export interface MlockInput extends InputBase {
  readonly kind: 'mlock';
  readonly firstIndex: number;
  readonly pages: number;
}

export type SimInput =
  | WriteFaultInput
  | MsyncInput
  | FsyncInput
  | WritebackInput
  | UnmapInput
  | MlockInput;

/** What the kernel under the policy does at an input. Absent fields mean "no". */
export interface Decision {
  /**
   * Update c/mtime now: 'journal' = a journalled inode update (I_DIRTY_SYNC, a jbd2 handle);
   * 'lazy' = in memory only (I_DIRTY_TIME). Only applied if the value would change.
   */
  readonly timestamp?: 'none' | 'journal' | 'lazy';
  /** Write the lazily dirtied timestamps to the journal now (lazytime flush). */
  readonly flushLazy?: boolean;
  /** MAP_SYNC: fdatasync the fault range before the PTE goes in. */
  readonly fdatasync?: boolean;
  /** Wait for the folio's writeback to complete (stable pages). */
  readonly stableWait?: boolean;
  /** Copy the folio under writeback and write to the copy (page forking). */
  readonly pageCopy?: boolean;
  /** Write-fault every page of an mlock range now (pre-2.6.38 behaviour). */
  readonly prefault?: boolean;
  /** msync(MS_ASYNC) walks the PTEs of the range to transfer dirty bits (deferred cmtime). */
  readonly ptScan?: boolean;
}

/** Static properties of a policy that change the mechanics, not a per-input decision. */
export interface PolicyTraits {
  /** File data on DAX regardless of the profile (MAP_SYNC requires DAX). */
  readonly dax?: boolean;
}

export interface Policy<S = unknown> {
  /** Registry key, e.g. 'legacy'. */
  readonly id: string;
  /** Human label for tables and dashboards. */
  readonly label: string;
  readonly traits?: PolicyTraits;
  initialState(): S;
  evolve(state: S, input: SimInput): S;
  decide(state: S, input: SimInput): Decision;
}

export const NO_DECISION: Decision = Object.freeze({});

/**
 * Type-erases a concrete policy for the registry. The state type is private to the policy, so
 * the registry stores `Policy<unknown>` and the simulator passes states back unchanged.
 */
export function definePolicy<S>(policy: Policy<S>): Policy {
  return policy as unknown as Policy;
}

/** True when a c/mtime update in a page fault would change the timestamp (legacy rule, D.1). */
export function timestampWouldChange(input: WriteFaultInput): boolean {
  return input.clockMoved || input.ctimeQueried;
}

/**
 * MAP_SYNC rule (KERNEL.md C.8/D.3, `dax_fault_is_synchronous()`): a write fault needs an
 * fdatasync before the PTE goes in when the block mapping is not yet durable: a hole (allocating
 * write), an unwritten extent (ext4 converts it, with zeroing, inside the DAX fault: a metadata
 * change in the running transaction), or any earlier uncommitted allocation of the inode.
 */
export function blockMappingNotDurable(input: WriteFaultInput): boolean {
  return input.block !== 'mapped' || input.datasyncDirty;
}

/**
 * What a current kernel decides at an input (the `legacy` behaviour, KERNEL.md D.1): a journalled
 * timestamp update in the write fault when the clock moved (or multigrain ctime was queried), and
 * the in-fault fdatasync only for a MAP_SYNC mapping on DAX. Variants start from this.
 */
export function currentKernelDecision(input: SimInput): Decision {
  if (input.kind !== 'write_fault') return NO_DECISION;
  return {
    timestamp: timestampWouldChange(input) ? 'journal' : 'none',
    fdatasync: input.vmSync && input.dax && blockMappingNotDurable(input),
    stableWait: input.underWriteback && input.stablePages,
  };
}
