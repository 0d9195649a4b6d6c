/**
 * Seeded random CanonicalEvents for property tests: every kind, every field, with a bias to the
 * edges that break codecs (0 and proto3 default omission, 32- and 64-bit extremes, negative
 * int32 as ten-byte varints, LLONG_MAX as a double, multi-byte and astral unicode, strings long
 * enough to need a two-byte length prefix).
 *
 * Built from src/events/event.ts by hand, independently of the codec's own tables.
 */
import type { CanonicalEvent, EventDataMap, EventType } from '../../../src/events/index.js';
import { CAPTURED_TUNABLES, EVENT_TYPES, LLONG_MAX, u64Id } from '../../../src/events/index.js';
import type { I64Exact, U64Id } from '../../../src/events/index.js';

/** xorshift128+ style 32-bit PRNG (deterministic per seed; tests print the seed on failure). */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = seed | 0 || 1;
    this.b = 0x9e3779b9;
    this.c = 0x243f6a88;
    this.d = 0xb7e15162;
    for (let i = 0; i < 16; i++) this.u32();
  }

  /** sfc32. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  int(maxExclusive: number): number {
    return Math.floor((this.u32() / 4294967296) * maxExclusive);
  }

  chance(p: number): boolean {
    return this.u32() / 4294967296 < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

export class RandomEvents {
  readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  bool(): boolean {
    return this.rng.chance(0.5);
  }
  u32(): number {
    const r = this.rng;
    if (r.chance(0.25)) return r.pick([0, 0, 1, 127, 128, 16383, 16384, 0x7fffffff, 0xffffffff]);
    return r.chance(0.5) ? r.int(300) : r.u32();
  }
  i32(): number {
    const r = this.rng;
    if (r.chance(0.25)) return r.pick([0, 0, -1, 1, -2147483648, 2147483647, -128, 127]);
    return r.chance(0.5) ? r.int(600) - 300 : r.u32() | 0;
  }
  /** A number-typed uint64 field: safe integers, plus 2^64 (what Number(ULLONG_MAX) gives). */
  u64n(): number {
    const r = this.rng;
    if (r.chance(0.2)) {
      return r.pick([0, 0, 1, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER, 2 ** 60, 2 ** 64]);
    }
    if (r.chance(0.4)) return r.int(100000);
    return r.int(2 ** 21) * 2 ** 32 + r.u32();
  }
  /** A number-typed int64 field: signed safe integers, plus +-2^63 (Number(LLONG_MAX/MIN)). */
  i64n(): number {
    const r = this.rng;
    if (r.chance(0.2)) {
      return r.pick([
        0,
        -1,
        1,
        -(2 ** 32),
        2 ** 63,
        -(2 ** 63),
        Number.MAX_SAFE_INTEGER,
        -Number.MAX_SAFE_INTEGER,
      ]);
    }
    const v = r.chance(0.5) ? r.int(100000) : r.int(2 ** 21) * 2 ** 32 + r.u32();
    return r.chance(0.4) ? -v : v;
  }
  /**
   * An I64Exact field (a loff_t offset, a page budget): i64n's draws (so streams seeded before
   * stay as they were), its +-2^63 made the exact LLONG_MAX and LLONG_MIN.
   */
  i64x(): I64Exact {
    const v = this.i64n();
    if (v >= 2 ** 63) return LLONG_MAX;
    if (v <= -(2 ** 63)) return -LLONG_MAX - 1n;
    return v;
  }
  /** A U64Id byte value: u64n's draws, its unsafe ones made exact (2^64 as 2^64 - 1). */
  u64x(): U64Id {
    const v = this.u64n();
    if (v <= Number.MAX_SAFE_INTEGER) return v;
    return v >= 2 ** 64 ? U64_MAX : BigInt(v);
  }
  /**
   * A U64Id field (inode number, page index): a safe number, or an exact bigint above 2^53, up
   * to 2^64 - 1, in their one canonical form each.
   */
  u64id(): U64Id {
    const r = this.rng;
    if (r.chance(0.2)) {
      return r.pick([0, 1, Number.MAX_SAFE_INTEGER, (1n << 53n) + 1n, (1n << 63n) + 1n, U64_MAX]);
    }
    if (r.chance(0.6)) return r.int(100000);
    return u64Id((BigInt(r.u32()) << 32n) | BigInt(r.u32()));
  }
  u64b(): bigint {
    const r = this.rng;
    if (r.chance(0.2)) return r.pick([0n, 1n, U64_MAX, 1n << 63n, 0xffffffffn, 1n << 53n]);
    if (r.chance(0.3)) return BigInt(r.int(1 << 30));
    return (BigInt(r.u32()) << 32n) | BigInt(r.u32());
  }
  i64b(): bigint {
    const r = this.rng;
    if (r.chance(0.2)) return r.pick([0n, -1n, 1n, I64_MIN, I64_MAX, -(1n << 53n) - 1n, -4095n]);
    return BigInt.asIntN(64, (BigInt(r.u32()) << 32n) | BigInt(r.u32()));
  }
  str(maxLen = 24): string {
    const r = this.rng;
    if (r.chance(0.2)) return '';
    const len = r.chance(0.1) ? 40 + r.int(300) : 1 + r.int(maxLen);
    const unicode = r.chance(0.3);
    let s = '';
    for (let i = 0; i < len; i++) {
      if (!unicode || r.chance(0.5)) {
        s += String.fromCharCode(0x20 + r.int(95));
        continue;
      }
      const block = r.int(4);
      if (block === 0)
        s += String.fromCharCode(0xa0 + r.int(0x700)); // 2-byte UTF-8
      else if (block === 1)
        s += String.fromCharCode(0x3000 + r.int(0x5000)); // CJK, 3-byte
      else if (block === 2)
        s += String.fromCodePoint(0x1f300 + r.int(0x300)); // emoji, 4-byte
      else s += String.fromCharCode(r.int(0x20)); // control characters
    }
    return s;
  }

  data<K extends EventType>(type: K): EventDataMap[K] {
    const d = this.dataOf(type);
    return d as EventDataMap[K];
  }

  private dataOf(type: EventType): EventDataMap[EventType] {
    const r = this.rng;
    const dev = this.u32() as EventDataMap['page_dirtied']['dev'];
    switch (type) {
      case 'header': {
        const h = {
          captureId: this.str(),
          sourceFile: this.str(60),
          format: r.pick(['ftrace', 'trace-cmd', 'perf'] as const),
          kernel: this.str(),
          clock: this.str(),
          host: this.str(),
          schemaVersion: this.u32(),
          hz: this.u32(),
          nsClock: this.bool(),
          fsType: this.str(),
          fsDev: this.u32(),
        };
        // Derived, not drawn: the draws (and so every stream seeded before) stay as they were.
        // The tunables too: absent, 0 (a real value: presence is explicit) or a number.
        const tunable = (salt: number): { v?: number } => {
          const k = (h.fsDev + salt) % 3;
          return k === 0 ? {} : { v: k === 1 ? 0 : (h.schemaVersion * (salt + 1)) % 2 ** 40 };
        };
        const tunables = Object.fromEntries(
          CAPTURED_TUNABLES.flatMap((name, i) => {
            const { v } = tunable(i);
            if (v === undefined) return [];
            return [[name, name === 'dirtyBackgroundRatio' ? v % 101 : v]];
          }),
        );
        return {
          ...h,
          contentHash: h.hz % 2 === 0 ? '' : `sha256:${h.sourceFile}`,
          ...tunables,
          mountOptions: h.fsDev % 2 === 0 ? '' : `rw,lazytime,commit=${h.hz % 60}`,
          endsWithCaptureEnd: h.fsDev % 2 === 1,
        };
      }
      case 'page_fault':
        return { address: this.u64b(), ip: this.u64b(), errorCode: this.u32(), user: this.bool() };
      case 'filemap_fault':
        return {
          dev,
          ino: this.u64id(),
          offset: this.u64id(),
          endOffset: this.u64id(),
          mapPages: this.bool(),
        };
      case 'page_dirtied':
        return { dev, ino: this.u64id(), index: this.u64id(), legacyPageEvent: this.bool() };
      case 'inode_dirtied':
        return {
          dev,
          ino: this.u64id(),
          flags: this.u32(),
          state: this.u32(),
          stage: r.pick(['mark_inode_dirty', 'dirty_inode_start', 'dirty_inode'] as const),
          rawFlags: this.u64n(),
          rawState: this.u64n(),
        };
      case 'inode_marked_dirty':
        return { dev, ino: this.u64id(), caller: this.str() };
      case 'writepages_start':
        return {
          dev,
          ino: this.u64id(),
          nrToWrite: this.i64x(),
          rangeStart: this.i64x(),
          rangeEnd: this.i64x(),
          syncMode: this.u32(),
          forKupdate: this.bool(),
          source: r.pick(['ext4_writepages', 'ext4_da_write_folios'] as const),
        };
      case 'writepages_result':
        return {
          dev,
          ino: this.u64id(),
          ret: this.i64n(),
          pagesWritten: this.i64n(),
          syncMode: this.u32(),
          source: r.pick(['ext4_writepages', 'writeback_single_inode'] as const),
        };
      case 'writeback_work':
        return {
          dev,
          nrPages: this.i64n(),
          syncMode: this.u32(),
          kupdate: this.bool(),
          background: this.bool(),
          reason: this.str(),
          phase: r.pick(['start', 'written', 'queue', 'exec', 'wait'] as const),
        };
      case 'writeback_wait':
        return { dev, ino: this.u64id(), index: this.u64id() };
      case 'journal_handle':
        return {
          dev,
          tid: this.u32(),
          type: this.u32(),
          lineNo: this.u32(),
          requestedBlocks: this.i32(),
          phase: r.pick(['start', 'stats', 'extend'] as const),
          dirtiedBlocks: this.i32(),
          interval: this.i32(),
        };
      case 'journal_commit':
        return {
          dev,
          tid: this.u32(),
          sync: this.bool(),
          phase: r.pick(['start', 'locking', 'flushing', 'logging', 'end', 'drop'] as const),
          head: this.u32(),
        };
      case 'journal_run_stats':
        return {
          dev,
          tid: this.u32(),
          waitMs: this.u32(),
          requestDelayMs: this.u32(),
          runningMs: this.u32(),
          lockedMs: this.u32(),
          flushingMs: this.u32(),
          loggingMs: this.u32(),
          handleCount: this.u32(),
          blocks: this.u32(),
          blocksLogged: this.u32(),
        };
      case 'fs_sync':
        return {
          dev,
          ino: this.u64id(),
          datasync: this.bool(),
          phase: r.pick(['enter', 'exit'] as const),
          ret: this.i32(),
        };
      case 'xfs_fault':
        return { dev, ino: this.u64id(), order: this.u32(), write: this.bool() };
      case 'iomap_writeback':
        return {
          dev,
          ino: this.u64id(),
          size: this.u64x(),
          offset: this.u64x(),
          length: this.u64x(),
          phase: r.pick(['folio', 'ioend'] as const),
          mapType: this.str(),
        };
      case 'dax_fault':
        return {
          dev,
          ino: this.u64id(),
          address: this.u64b(),
          pgoff: this.u64n(),
          shared: this.bool(),
          faultFlags: this.str(),
          result: this.str(),
          phase: this.str(),
          pmd: this.bool(),
        };
      case 'msync_enter':
        return { start: this.u64b(), len: this.u64b(), flags: this.u32() };
      case 'fsync_enter':
        return {
          fd: this.i64n(),
          datasync: this.bool(),
          syscall: r.pick(['fsync', 'fdatasync', 'syncfs', 'sync_file_range', 'sync'] as const),
          offset: this.i64x(),
          nbytes: this.i64x(),
        };
      case 'mmap_enter':
        return {
          addr: this.u64b(),
          len: this.u64b(),
          prot: this.u32(),
          flags: this.u32(),
          fd: this.i64n(),
          off: this.u64b(),
        };
      case 'munmap_enter':
        return { addr: this.u64b(), len: this.u64b() };
      case 'mlock_enter':
        return {
          start: this.u64b(),
          len: this.u64b(),
          flags: this.u32(),
          syscall: r.pick(['mlock', 'mlock2', 'mlockall', 'munlock', 'munlockall'] as const),
        };
      case 'fallocate_enter':
        return { fd: this.i64n(), mode: this.u32(), offset: this.i64x(), len: this.i64x() };
      case 'syscall_exit':
        return { syscall: this.str(), ret: this.i64b() };
      case 'page_cache':
        return {
          dev,
          ino: this.u64id(),
          pfn: this.u64b(),
          index: this.u64id(),
          order: this.u32(),
          removed: this.bool(),
        };
      case 'timestamp':
        return {
          dev,
          ino: this.u64id(),
          gen: this.u32(),
          kind: r.pick(['ctime_ns_xchg', 'ctime_xchg_skip', 'fill_mg_cmtime'] as const),
          ctimeSec: this.i64n(),
          ctimeNsec: this.u32(),
          queried: this.bool(),
        };
      case 'block_request':
        return {
          dev,
          rwbs: this.str(),
          bytes: this.u32(),
          sector: this.u64n(),
          nrSector: this.u32(),
          phase: r.pick(['issue', 'complete'] as const),
          error: this.i32(),
        };
      case 'block_reservation':
        return {
          dev,
          ino: this.u64id(),
          kind: this.str(),
          blocks: this.i64n(),
          pos: this.u64n(),
          count: this.u64n(),
        };
      case 'lost':
        return {
          cpu: this.u32(),
          count: this.u64n(),
          countKnown: this.bool(),
          kind: r.pick(['lost', 'buffer_started'] as const),
        };
      case 'marker':
        return { text: this.str(200) };
      case 'generic': {
        const n = r.chance(0.2) ? 0 : 1 + r.int(6);
        const fields: (readonly [string, string])[] = [];
        for (let i = 0; i < n; i++) fields.push([this.str(12), this.str(30)]);
        return { name: this.str(), subsystem: this.str(), fields, raw: this.str(100) };
      }
      case 'capture_end': {
        const end = { events: this.u64n(), inputBytes: this.u64n(), inputDamaged: this.bool() };
        // Derived, not drawn (streams seeded before stay as they were): the skipped-line counts
        // absent (a log written before ingest recorded them), 0 (presence is explicit) or N.
        const count = (salt: number): { v?: number } => {
          const k = (end.events + salt) % 3;
          return k === 0 ? {} : { v: k === 1 ? 0 : (end.inputBytes + salt) % 2 ** 40 };
        };
        const bad = count(0).v;
        const mismatch = count(1).v;
        return {
          ...end,
          ...(bad !== undefined ? { badLines: bad } : {}),
          ...(mismatch !== undefined ? { payloadMismatchLines: mismatch } : {}),
        };
      }
    }
  }

  event(type: EventType = this.rng.pick(EVENT_TYPES)): CanonicalEvent {
    return {
      captureId: this.str(40),
      seq: this.u64n(),
      ts: this.u64b(),
      cpu: this.u32(),
      pid: this.i32(),
      tgid: this.i32(),
      comm: this.str(16),
      line: this.u64n(),
      type,
      data: this.data(type),
    } as CanonicalEvent;
  }
}

/**
 * A plausible, deterministic stream of events from one capture (the mix of an ext4 mmap-write
 * capture: faults, dirtying, writeback, journal, msync), for log tests and benchmarks.
 */
export function sampleEvents(count: number, seed = 1, firstSeq = 0): CanonicalEvent[] {
  const rng = new Rng(seed);
  const out: CanonicalEvent[] = [];
  let ts = 5_000_000_000_000n + BigInt(seed) * 1000n;
  const dev = ((259 << 20) | 2) as EventDataMap['page_dirtied']['dev'];
  for (let i = 0; i < count; i++) {
    const seq = firstSeq + i;
    ts += BigInt(1 + rng.int(20000));
    const env = {
      captureId: 'ext4-mmap-0001',
      seq,
      ts: ts as CanonicalEvent['ts'],
      cpu: rng.int(2),
      pid: 4242 + rng.int(3),
      tgid: 4242,
      comm: rng.chance(0.9) ? 'mmap-writer' : 'kworker/u4:1',
      line: seq + 20,
    };
    const k = rng.int(100);
    const ino = 12 + rng.int(4);
    const index = rng.int(4096);
    let e: CanonicalEvent;
    if (k < 30) {
      e = {
        ...env,
        type: 'page_fault',
        data: {
          address: 0x7f3a_0000_0000n + BigInt(index * 4096 + rng.int(4096)),
          ip: 0x55d0_1234_5000n + BigInt(rng.int(4096)),
          errorCode: rng.pick([4, 6, 7, 0x14]),
          user: true,
        },
      };
    } else if (k < 50) {
      e = {
        ...env,
        type: 'filemap_fault',
        data: { dev, ino, offset: index * 4096, endOffset: 0, mapPages: false },
      };
    } else if (k < 70) {
      e = {
        ...env,
        type: 'page_dirtied',
        data: { dev, ino, index, legacyPageEvent: false },
      };
    } else if (k < 78) {
      e = {
        ...env,
        type: 'inode_dirtied',
        data: {
          dev,
          ino,
          flags: 4,
          state: rng.pick([0, 4, 7]),
          stage: 'mark_inode_dirty',
          rawFlags: 4,
          rawState: 0,
        },
      };
    } else if (k < 84) {
      e = {
        ...env,
        type: 'journal_handle',
        data: {
          dev,
          tid: 1000 + rng.int(50),
          type: 1,
          lineNo: 5920,
          requestedBlocks: 1,
          phase: 'start',
          dirtiedBlocks: 0,
          interval: 0,
        },
      };
    } else if (k < 89) {
      e = {
        ...env,
        type: 'writepages_start',
        data: {
          dev,
          ino,
          nrToWrite: 1024,
          rangeStart: 0,
          rangeEnd: LLONG_MAX,
          syncMode: 1,
          forKupdate: false,
          source: 'ext4_writepages',
        },
      };
    } else if (k < 93) {
      e = {
        ...env,
        type: 'msync_enter',
        data: { start: 0x7f3a_0000_0000n, len: 16777216n, flags: 4 },
      };
    } else if (k < 97) {
      e = { ...env, type: 'syscall_exit', data: { syscall: 'msync', ret: 0n } };
    } else {
      e = {
        ...env,
        type: 'generic',
        data: {
          name: 'sched_switch',
          subsystem: 'sched',
          fields: [
            ['prev_comm', 'mmap-writer'],
            ['prev_pid', '4242'],
            ['next_comm', 'swapper/0'],
          ],
          raw: '',
        },
      };
    }
    out.push(e);
  }
  return out;
}
