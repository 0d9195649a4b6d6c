/**
 * Given/when/then for policies (STYLE.md §20, emmett `deciderSpecification.ts`):
 *
 *   await given(events).replayWith('legacy', options).then({ timestampUpdates: 1 })
 *
 * plus a small builder of canonical events shaped like the real 6.18 ext4 sequences
 * (KERNEL.md C.1/C.2/C.4/C.5), so each test states its kernel story in a few lines.
 */
import { expect } from 'vitest';
import type { CanonicalEvent, EventDataMap, EventType } from '../../../src/events/index.js';
import { InodeFlag, LLONG_MAX, makeDev } from '../../../src/events/index.js';
import type { DevT, TimestampNs } from '../../../src/events/index.js';
import { replayEvents } from '../../../src/sim/index.js';
import type { PolicyResult, RunResult } from '../../../src/sim/index.js';
import type { SimOptions } from '../../../src/config/index.js';

export const DEV: DevT = makeDev(7, 0);
export const INO = 12;
export const APP = 100;
export const KWORKER = 12;
export const BASE = 0x7f0000000000n;
const T0 = 1_000_000_000_000n; // 1000 s of uptime: a multiple of the 4 ms jiffy

export class Scenario {
  readonly events: CanonicalEvent[] = [];
  private nowNs = T0;

  constructor(hz = 250) {
    this.push('header', 0, {
      captureId: 'given',
      sourceFile: 'given',
      format: 'ftrace',
      kernel: '6.18.0',
      clock: 'local',
      host: 'test',
      schemaVersion: 1,
      hz,
      nsClock: true,
      fsType: '',
      fsDev: 0,
      contentHash: '',
      mountOptions: '',
      endsWithCaptureEnd: false,
    });
  }

  /** Moves the clock to `ms` after the start (absolute, monotonic). */
  at(ms: number): this {
    const t = T0 + BigInt(Math.round(ms * 1e6));
    if (t > this.nowNs) this.nowNs = t;
    return this;
  }

  /** Advances the clock by `us` microseconds. */
  after(us: number): this {
    this.nowNs += BigInt(Math.round(us * 1000));
    return this;
  }

  push<K extends EventType>(
    type: K,
    pid: number,
    data: EventDataMap[K],
    comm = pid === KWORKER ? 'kworker/u8:0' : 'app',
  ): this {
    const e = {
      captureId: 'given',
      seq: this.events.length,
      ts: this.nowNs as TimestampNs,
      cpu: 0,
      pid,
      tgid: -1,
      comm,
      line: this.events.length,
      type,
      data,
    } as unknown as CanonicalEvent;
    this.events.push(e);
    return this;
  }

  /** open(O_CREAT) of an empty file: every page a hole (ext4_mark_inode_dirty caller __ext4_new_inode). */
  create(ino = INO): this {
    return this.push('inode_marked_dirty', APP, { dev: DEV, ino, caller: '__ext4_new_inode' });
  }

  /** fallocate: unwritten extents (the shared captures show only ext4_alloc_file_blocks). */
  fallocate(ino = INO): this {
    return this.push('inode_marked_dirty', APP, {
      dev: DEV,
      ino,
      caller: 'ext4_alloc_file_blocks',
    });
  }

  mmap(pages: number, flags = 0x1, fd = 4, addr = BASE): this {
    this.push('mmap_enter', APP, {
      addr: 0n,
      len: BigInt(pages * 4096),
      prot: 3,
      flags,
      fd,
      off: 0n,
    });
    this.after(3);
    return this.push('syscall_exit', APP, { syscall: 'mmap', ret: addr });
  }

  /**
   * A write fault on page `index` as ext4 shows it: page_fault_user, mm_filemap_fault (not
   * present), the timestamp update when `ts` (mark_inode_dirty I_DIRTY_SYNC + jbd2 handle +
   * ext4_dirty_inode), writeback_dirty_folio; then 2 µs of episode.
   */
  fault(index: number, opts: { present?: boolean; ts?: boolean; ino?: number } = {}): this {
    const ino = opts.ino ?? INO;
    const present = opts.present ?? false;
    this.push('page_fault', APP, {
      address: BASE + BigInt(index * 4096 + 8),
      ip: 0x1000n,
      errorCode: present ? 0x7 : 0x6,
      user: true,
    });
    if (!present)
      this.push('filemap_fault', APP, {
        dev: DEV,
        ino,
        offset: index * 4096,
        endOffset: 0,
        mapPages: false,
      });
    if (opts.ts === true) {
      this.push('inode_dirtied', APP, {
        dev: DEV,
        ino,
        flags: InodeFlag.DIRTY_SYNC,
        state: 0,
        stage: 'mark_inode_dirty',
        rawFlags: 0,
        rawState: 0,
      });
      this.push('journal_handle', APP, {
        dev: DEV,
        tid: 1,
        type: 1,
        lineNo: 0,
        requestedBlocks: 3,
        phase: 'start',
        dirtiedBlocks: 0,
        interval: 0,
      });
      this.push('inode_marked_dirty', APP, { dev: DEV, ino, caller: 'ext4_dirty_inode' });
    }
    this.after(2);
    this.push('page_dirtied', APP, { dev: DEV, ino, index, legacyPageEvent: false });
    return this.after(1);
  }

  msync(flags: number, pages: number, durUs = 3): this {
    this.push('msync_enter', APP, { start: BASE, len: BigInt(pages * 4096), flags });
    this.after(durUs);
    return this.push('syscall_exit', APP, { syscall: 'msync', ret: 0n });
  }

  /** A periodic writeback of the whole file by a kworker: start ... result after `durUs`. */
  writeback(pagesWritten: number, durUs = 50, ino = INO): this {
    this.push('writeback_work', KWORKER, {
      dev: DEV,
      nrPages: 1024,
      syncMode: 0,
      kupdate: true,
      background: false,
      reason: 'periodic',
      phase: 'start',
    });
    this.push('writepages_start', KWORKER, {
      dev: DEV,
      ino,
      nrToWrite: 1024,
      rangeStart: 0,
      rangeEnd: LLONG_MAX, // the whole file, as the kernel's wbc says it
      syncMode: 0,
      forKupdate: true,
      source: 'ext4_writepages',
    });
    this.after(durUs);
    return this.push('writepages_result', KWORKER, {
      dev: DEV,
      ino,
      ret: 0,
      pagesWritten,
      syncMode: 0,
      source: 'ext4_writepages',
    });
  }

  writebackStart(ino = INO): this {
    this.push('writeback_work', KWORKER, {
      dev: DEV,
      nrPages: 1024,
      syncMode: 0,
      kupdate: true,
      background: false,
      reason: 'periodic',
      phase: 'start',
    });
    return this.push('writepages_start', KWORKER, {
      dev: DEV,
      ino,
      nrToWrite: 1024,
      rangeStart: 0,
      rangeEnd: LLONG_MAX, // the whole file, as the kernel's wbc says it
      syncMode: 0,
      forKupdate: true,
      source: 'ext4_writepages',
    });
  }

  writebackEnd(pagesWritten: number, ino = INO): this {
    return this.push('writepages_result', KWORKER, {
      dev: DEV,
      ino,
      ret: 0,
      pagesWritten,
      syncMode: 0,
      source: 'ext4_writepages',
    });
  }

  munmap(pages: number): this {
    return this.push('munmap_enter', APP, { addr: BASE, len: BigInt(pages * 4096) });
  }

  mlock(pages: number): this {
    this.push('mlock_enter', APP, {
      start: BASE,
      len: BigInt(pages * 4096),
      flags: 0,
      syscall: 'mlock',
    });
    this.after(5);
    return this.push('syscall_exit', APP, { syscall: 'mlock', ret: 0n });
  }

  fsync(datasync: boolean, fd = 4): this {
    this.push('fsync_enter', APP, {
      fd,
      datasync,
      syscall: datasync ? 'fdatasync' : 'fsync',
      offset: 0,
      nbytes: 0,
    });
    this.push('fs_sync', APP, { dev: DEV, ino: INO, datasync, phase: 'enter', ret: 0 });
    this.after(100);
    return this.push('syscall_exit', APP, { syscall: datasync ? 'fdatasync' : 'fsync', ret: 0n });
  }
}

export function scenario(hz = 250): Scenario {
  return new Scenario(hz);
}

type Expected = Partial<Record<keyof PolicyResult, unknown>>;

export function given(events: readonly CanonicalEvent[]): {
  replayWith(
    policy: string,
    sim?: SimOptions,
  ): { then(expected: Expected): Promise<PolicyResult>; result(): Promise<RunResult> };
} {
  return {
    replayWith(policy, sim = {}) {
      const run = (): Promise<RunResult> =>
        replayEvents(() => events, {
          policies: [policy],
          // Pinning the base fault costs makes the runs charge the modelled costs (the hand
          // arithmetic in the tests) instead of each traced episode's own duration.
          // (A DAX profile pins its own base costs.)
          sim: {
            clockPhaseNs: 0,
            ...sim,
            costs:
              sim.profile === undefined
                ? { faultBaseNpUs: 3, faultBaseWpUs: 1.5, ...sim.costs }
                : { ...sim.costs },
          },
        });
      return {
        async then(expected) {
          const r = await run();
          const p = r.policies[policy]!;
          expect(p).toMatchObject(expected);
          return p;
        },
        result: run,
      };
    },
  };
}
