/**
 * Application-level inputs: what the tracker (trace -> model, `tracker/`) extracts from the
 * canonical event stream and every policy run replays (KERNEL.md D.7 step 5): write faults with
 * file, page and time; msync / fsync / munmap / mlock calls; writeback triggers; and file facts
 * (created, truncated, fallocated, folio sizes, stat queries). Kernel reactions that a policy
 * changes (timestamp updates, journal handles, page writeback counts) are *not* inputs: each policy
 * run re-derives them.
 */
import type { BlockState } from './policy.js';
import type { FsId } from './fs/index.js';
import type { U64Id } from '../events/index.js';

/** A file the replay follows: one bound to a shared writable mapping. */
export interface FileRef {
  /** Dense id, 0-based, in binding order (array index in the runs). */
  readonly id: number;
  /** "major:minor/ino" */
  readonly key: string;
  readonly dev: number;
  readonly ino: U64Id;
}

export type AppInput =
  | {
      readonly k: 'fault';
      readonly t: number;
      readonly file: FileRef;
      readonly index: number;
      readonly present: boolean;
      /** Wait for read I/O seen in the trace (VM_FAULT_RETRY: two mm_filemap_fault), µs. */
      readonly ioWaitUs: number;
      readonly vmSync: boolean;
      /**
       * The traced episode's own duration without the I/O wait (fault entry to its last event),
       * µs: the measured cost of this fault's kernel work; -1 when unknown.
       */
      readonly serviceUs: number;
      /**
       * The timestamp update inside this fault: what the trace shows, or, where the capture
       * cannot show it on this filesystem, 'inferred' (the coarse-clock rule applied to the
       * trace's own times), so that the measured fault duration is still known to contain it.
       */
      readonly observedTs: 'none' | 'journal' | 'lazy' | 'inferred';
      /**
       * The coarse clock as the trace shows it: the time of the file's c/mtime change the trace
       * showed last before this fault (an update in a fault, or a create / truncate / setattr;
       * -1: none), and whether the clock had moved since (this fault updated c/mtime), or null
       * where the capture cannot show updates on this filesystem.
       */
      readonly clockSince: number;
      readonly clockMoved: boolean | null;
      /**
       * The trace shows this fault dirtying a clean folio (writeback_dirty_folio): whatever the
       * trace showed of writeback, the folio was clean before it.
       */
      readonly dirtied: boolean;
      /**
       * The part of the traced duration spent in a stable-page wait (from folio_wait_writeback to
       * the episode's end), µs; 0 when the trace shows none.
       */
      readonly stableWaitUs: number;
      /**
       * The capture records stable-page waits (it holds `folio_wait_writeback` events): on a
       * filesystem that always waits for writeback in the fault, a traced fault showing none
       * proves its folio was not under writeback then.
       */
      readonly waitsShown: boolean;
      /** The task's previous fault ended just before this one: warm caches (faultOutsideHotUs). */
      readonly hot: boolean;
      /**
       * The faulting page's folio lies within the VMA and one page table: a not-present fault
       * maps it whole (finish_fault), else only this page.
       */
      readonly folioFitsPmd: boolean;
    }
  /** The filesystem of the file's device became known (sent before its first fault, and again if it changes). */
  | { readonly k: 'fs'; readonly t: number; readonly file: FileRef; readonly fs: FsId }
  | {
      readonly k: 'msync';
      readonly t: number;
      readonly file: FileRef;
      readonly first: number;
      readonly last: number;
      readonly flags: number;
      /** Observed call duration (enter -> exit), µs; -1 when the exit is missing. */
      readonly durationUs: number;
    }
  | {
      readonly k: 'fsync';
      readonly t: number;
      readonly file: FileRef;
      readonly datasync: boolean;
      readonly durationUs: number;
    }
  | {
      readonly k: 'writeback';
      readonly t: number;
      readonly file: FileRef;
      readonly first: number;
      readonly last: number;
      readonly reason: string;
    }
  | { readonly k: 'writeback_done'; readonly t: number; readonly file: FileRef }
  | {
      readonly k: 'munmap';
      readonly t: number;
      readonly file: FileRef;
      readonly first: number;
      readonly last: number;
    }
  | {
      readonly k: 'mlock';
      readonly t: number;
      readonly file: FileRef;
      readonly first: number;
      readonly last: number;
    }
  /** c/mtime set outside a fault (create, truncate, fallocate, setattr). */
  | { readonly k: 'mtime_set'; readonly t: number; readonly file: FileRef }
  /**
   * Block state of a page range as the trace shows it: hole after create/truncate and unwritten
   * after fallocate (`reset`: what the run allocated there before is gone), or a hole a write
   * fault proved by reserving delalloc blocks for it (ext4_da_reserve_space, xfs_iomap_alloc).
   */
  | {
      readonly k: 'block_base';
      readonly t: number;
      readonly file: FileRef;
      readonly state: BlockState;
      readonly first: number;
      readonly last: number;
      readonly reset: boolean;
    }
  | {
      readonly k: 'folio';
      readonly t: number;
      readonly file: FileRef;
      readonly index: number;
      readonly order: number;
    }
  /**
   * The filesystem committed its journal transaction of the file's device where the runs do not
   * model it (btrfs space flushing, an fsync's fallback from the log tree): every run commits too.
   */
  | { readonly k: 'fs_commit'; readonly t: number; readonly file: FileRef }
  /**
   * Journal work on the file's device that no modelled path makes (creation, truncation,
   * fallocate, write(2)'s timestamp updates, other tasks): the same under every policy, replayed
   * as the trace shows it (tracker/unmodelled-journal.ts). `handles` started, `blocks` added to
   * the running transaction (jbd2_handle_stats dirtied_blocks; 0 where the trace has no count).
   */
  | {
      readonly k: 'journal_other';
      readonly t: number;
      readonly file: FileRef;
      readonly handles: number;
      readonly blocks: number;
    }
  /** stat()/getattr marked ctime QUERIED (multigrain, fill_mg_cmtime). */
  | { readonly k: 'query'; readonly t: number; readonly file: FileRef };

export type AppInputSink = (input: AppInput) => void;

/**
 * The last page index a file can have, and so "to the end of the file" for ranges: LLONG_MAX >>
 * PAGE_SHIFT = 2^51 - 1 (MAX_LFS_FILESIZE is LLONG_MAX on 64-bit, include/linux/fs.h). A smaller
 * cap left pages of a file above it (offsets from 2^52 bytes) out of every whole-file writeback.
 */
export const MAX_INDEX = 2 ** 51 - 1;
