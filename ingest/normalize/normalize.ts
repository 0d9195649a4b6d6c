/**
 * Raw line -> canonical event payload (KERNEL.md A.1-A.13, D.7 step 1).
 *
 * One table maps each kernel event name (without subsystem) to the canonical `type` and a
 * builder that reads the payload fields in TP_printk order with a `FieldScanner`. Renamed
 * tracepoints share a builder (`writeback_dirty_page` -> page_dirtied with legacyPageEvent,
 * `wait_on_page_writeback`, `ext4_da_write_pages`, `xfs_filemap_fault`, `iomap_writepage`).
 * Names not in the table become `generic` events with key/value fields: nothing is dropped.
 * A modelled name whose payload does not read as its format also becomes `generic`, and the
 * caller reports it (`payloadMismatch`), so a format change on a new kernel is visible.
 *
 * Base of each number, per event (A intro): filemap prints ino in hex without 0x; xfs/iomap
 * `0x%llx`; dax `%#lx`; writeback/ext4/jbd2/timestamp decimal. dev_t prints as `7:2`
 * (filemap/xfs/iomap/dax/timestamp, and the writeback `bdi` name) or `7,2` (ext4/jbd2/block).
 */
import {
  i64Exact,
  makeDev,
  type CaptureFormat,
  type DevT,
  type EventDataMap,
  type EventType,
  type FsyncSyscall,
  type GenericEvent,
  type I64Exact,
  type InodeDirtyStage,
  type U64Id,
  u64Id,
  type JournalCommitPhase,
  type MlockSyscall,
  type WritebackPhase,
} from '../../src/events/index.js';
import { flatString, Interner, PayloadStyle, type RawLine } from '../ftrace/line-parser.js';
import { FieldScanner } from './field-scanner.js';
import {
  DEFAULT_FLAG_KERNEL,
  InodeFlagDecoder,
  type DecodedFlags,
  type FlagKernel,
} from './inode-flags.js';
import { ScannedFault, ScannedInode, scannedNumber } from '../ftrace/line-scan.js';
import { arg, newSyscallArgs, parseSyscallArgs, syscallArgsFromScan } from './syscalls.js';
import {
  beginGeneric,
  encodePayload,
  endGeneric,
  endGenericRange,
  genericField,
  genericFieldRange,
  genericHexField,
  writeInodeDirtied,
  writePageFault,
  type ByteWriter,
} from '../../src/codec/index.js';
import type { CanonicalEvent } from '../../src/events/index.js';

export interface NormalizeOptions {
  readonly format: CaptureFormat;
  /** Kernel whose inode flag bits decode hex values. @default '6.18' */
  readonly kernel?: FlagKernel;
  /**
   * Kernel HZ, used only where a tracer printed raw jiffies instead of ms (perf's
   * `[FAILED TO PARSE]` jbd2_run_stats). @default 250 (the kernel of the shared captures)
   */
  readonly hz?: number;
}

/** A normalised payload: the canonical type and its data. */
export interface Normalized {
  type: EventType;
  /** Set for the events `encode` builds as objects (markers included, not generic); else stale. */
  data: EventDataMap[EventType];
  /** Kernel event name for per-tracepoint counts (syscalls as sys_enter_X / sys_exit_X). */
  tracepoint: string;
  /** 0 = modelled, 1 = generic because unmodelled, 2 = generic because the payload did not fit. */
  fallback: 0 | 1 | 2;
  /** With fallback 2: a value in the payload fits no field exactly (FieldScanner.outOfRange). */
  outOfRange?: boolean;
  /** Why, when outOfRange. */
  rangeReason?: string;
}

type Builder = (sc: FieldScanner, raw: RawLine, n: Normalizer) => EventDataMap[EventType];
/**
 * Writes the payload field straight into `w` (the hot events: no payload object, no bigint).
 */
type Writer = (sc: FieldScanner, raw: RawLine, w: ByteWriter, n: Normalizer) => void;
type Entry =
  | { readonly type: EventType; readonly build: Builder; readonly write?: undefined }
  | { readonly type: EventType; readonly write: Writer; readonly build?: undefined };

const NO_DEV = makeDev(0, 0);

/** `bdi 7:2:` -> dev; other bdi names (e.g. `btrfs-1`) give 0 (unknown), not an error. */
function bdiDev(sc: FieldScanner): DevT {
  sc.seek('bdi ');
  const s = sc.s;
  const start = sc.p;
  const colonEnd = s.indexOf(': ', start);
  if (colonEnd === -1 || colonEnd + 2 > sc.end) {
    sc.ok = false;
    return NO_DEV;
  }
  sc.p = colonEnd + 2;
  // `maj:min` read in place (no slices): anything else is a named bdi, dev unknown.
  let p = start;
  let major = 0;
  while (p < colonEnd && s.charCodeAt(p) >= 0x30 && s.charCodeAt(p) <= 0x39)
    major = major * 10 + s.charCodeAt(p++) - 0x30;
  if (p === start || p >= colonEnd || s.charCodeAt(p) !== 0x3a) return NO_DEV;
  const ms = ++p;
  let minor = 0;
  while (p < colonEnd && s.charCodeAt(p) >= 0x30 && s.charCodeAt(p) <= 0x39)
    minor = minor * 10 + s.charCodeAt(p++) - 0x30;
  return p === colonEnd && p > ms ? sc.devOf(major, minor) : NO_DEV;
}

/** `caller ext4_dirty_inode+0x57/0x90` or `+0x57` (trace-cmd, perf) -> `ext4_dirty_inode`. */
function callerSymbol(text: string): string {
  let e = 0;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 0x2b || c === 0x20) break;
    e++;
  }
  return text.slice(0, e);
}

const inodeDirtied =
  (stage: InodeDirtyStage): Writer =>
  (sc, raw, w, n) => {
    if (raw.inodeAt >= 0) {
      const rows = raw.scanRows;
      const at = raw.inodeAt;
      const st = n.scannedFlags(raw, ScannedInode.stateId, ScannedInode.stateStart);
      const fl = n.scannedFlags(raw, ScannedInode.flagsId, ScannedInode.flagsStart);
      const dev = makeDev(rows[at + ScannedInode.major]!, rows[at + ScannedInode.minor]!);
      const ino = scannedNumber(rows, at + ScannedInode.inoLow, at + ScannedInode.inoHigh);
      writeInodeDirtied(w, dev, ino, fl.normalised, st.normalised, stage, fl.raw, st.raw);
      return;
    }
    const dev = bdiDev(sc);
    const ino = sc.seek('ino=').decId();
    sc.seek(' state=');
    let from = sc.p;
    const st = n.flags.decodeAt(sc.s, from, sc.skipWord());
    sc.seek(' flags=');
    from = sc.p;
    const fl = n.flags.decodeAt(sc.s, from, sc.skipWord());
    if (sc.ok) {
      writeInodeDirtied(w, dev, ino, fl.normalised, st.normalised, stage, fl.raw, st.raw);
    }
  };

const pageDirtied =
  (legacy: boolean): Builder =>
  (sc) => {
    const dev = bdiDev(sc);
    const ino = sc.seek('ino=').decId();
    const index = sc.seek(' index=').decId();
    return { dev, ino, index, legacyPageEvent: legacy };
  };

const writebackWait: Builder = (sc) => {
  const dev = bdiDev(sc);
  const ino = sc.seek('ino=').decId();
  const index = sc.seek(' index=').decId();
  return { dev, ino, index };
};

const writebackWork =
  (phase: WritebackPhase): Builder =>
  (sc) => {
    const bdi = bdiDev(sc);
    const sb = sc.seek('sb_dev ').dev();
    const nrPages = sc.seek(' nr_pages=').dec();
    const syncMode = sc.seek(' sync_mode=').dec();
    const kupdate = sc.seek(' kupdate=').dec() !== 0;
    const background = sc.seek(' background=').dec() !== 0;
    sc.seek(' reason=');
    const reason = sc.word();
    return {
      dev: sb !== NO_DEV ? sb : bdi,
      nrPages,
      syncMode,
      kupdate,
      background,
      reason: reason.length > 0 ? reason : '',
      phase,
    };
  };

const filemapFault =
  (mapPages: boolean): Builder =>
  (sc) => {
    const dev = sc.seek('dev=').dev();
    const ino = sc.seek(' ino=').hexId();
    // `ofs=%lu` is index << PAGE_SHIFT: read exactly, as a rounded offset >> 12 is another page.
    const offset = sc.seek(' ofs=').decId();
    let endOffset: U64Id = 0;
    if (mapPages) {
      sc.seek('-');
      endOffset = sc.decId();
    }
    return { dev, ino, offset, endOffset, mapPages };
  };

/** The unsigned inode number a `%ld` printed as `-magnitude`; clears `ok` out of range. */
function negativeIno(sc: FieldScanner): U64Id {
  const m = BigInt(sc.decId());
  if (m > 0n && m <= 1n << 63n) return u64Id((1n << 64n) - m);
  sc.ok = false;
  return 0;
}

const pageCache =
  (removed: boolean): Builder =>
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').hexId();
    const pfn = sc.seek(' pfn=').hexBig();
    // `ofs=%lu` prints index << PAGE_SHIFT (include/trace/events/filemap.h).
    const ofs = sc.seek(' ofs=').decId();
    const order = sc.seek(' order=').dec();
    const index = typeof ofs === 'number' ? Math.floor(ofs / 4096) : u64Id(ofs >> 12n);
    return { dev, ino, pfn, index, order, removed };
  };

const journalCommit =
  (phase: JournalCommitPhase): Builder =>
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const tid = sc.seek(' transaction ').dec();
    const sync = sc.seek(' sync ').dec() !== 0;
    const head = phase === 'end' ? sc.seek(' head ').dec() : 0;
    return { dev, tid, sync, phase, head };
  };

const journalHandle =
  (phase: 'start' | 'stats' | 'extend'): Builder =>
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const tid = sc.seek(' tid ').dec();
    const type = sc.seek(' type ').dec();
    const lineNo = sc.seek(' line_no ').dec();
    let interval = 0;
    let dirtiedBlocks = 0;
    if (phase === 'stats') interval = sc.seek(' interval ').dec();
    const requestedBlocks = sc.seek(' requested_blocks ').dec();
    if (phase === 'stats') dirtiedBlocks = sc.seek(' dirtied_blocks ').dec();
    return { dev, tid, type, lineNo, requestedBlocks, phase, dirtiedBlocks, interval };
  };

const xfsFault =
  (write: boolean | undefined): Builder =>
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').hexId();
    let order = 0;
    if (sc.has(' order ')) {
      order = sc.dec();
    } else if (write === undefined) {
      // <= 6.5: `dev %d:%d ino 0x%llx %s write_fault %d` with PTE / PMD / PUD.
      sc.spaces();
      const size = sc.word();
      order = size === 'PMD' ? 9 : size === 'PUD' ? 18 : 0;
    }
    const w = write ?? sc.seek(' write_fault ').dec() !== 0;
    return { dev, ino, order, write: w };
  };

const iomapFolio: Builder = (sc) => {
  const dev = sc.seek('dev ').dev();
  const ino = sc.seek(' ino ').hexId();
  // `0x%llx` byte values: exact (hexId), since offset >> 12 is the page written back.
  const size = sc.seek(' size ').hexId();
  const offset = sc.seek(' offset ').hexId();
  const length = sc.seek(' length ').hexId();
  return { dev, ino, size, offset, length, phase: 'folio', mapType: '' };
};

const iomapIoend: Builder = (sc) => {
  const dev = sc.seek('dev ').dev();
  const ino = sc.seek(' ino ').hexId();
  const offset = sc.seek(' pos ').hexId();
  const length = sc.seek(' dirty len ').hexId();
  sc.seek(' type ');
  const mapType = sc.word();
  return { dev, ino, size: 0, offset, length, phase: 'ioend', mapType };
};

const daxFault =
  (pmd: boolean, phase: string): Builder =>
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').hexId();
    sc.spaces();
    const shared = sc.word() === 'shared';
    // Fault flags print as `WRITE|MKWRITE|...`; the address follows.
    const flagsStart = sc.p;
    sc.seek(' address ');
    const faultFlags = sc.s.slice(flagsStart, sc.p - 9).trim();
    const address = sc.hexBig();
    if (pmd) sc.seek(' vm_end ').hex();
    const pgoff = sc.seek(' pgoff ').hex();
    if (pmd) sc.seek(' max_pgoff ').hex();
    const result = sc.rest().trim();
    return { dev, ino, address, pgoff, shared, faultFlags, result, phase, pmd };
  };

const timestampEvent =
  (
    kind: 'ctime_ns_xchg' | 'ctime_xchg_skip' | 'fill_mg_cmtime' | 'inode_set_ctime_to_ts',
  ): Builder =>
  (sc) => {
    // `ino=%d:%d:%ld:%u` = dev major:minor:ino:generation, all decimal.
    sc.seek('ino=');
    const major = sc.dec();
    sc.seek(':');
    const minor = sc.dec();
    sc.seek(':');
    // i_ino is an unsigned long printed with %ld (%llu since ino became u64): an inode number
    // of 2^63 or more shows negative, its two's complement.
    const ino = sc.tryLiteral('-') ? negativeIno(sc) : sc.decId();
    sc.seek(':');
    const gen = sc.dec();
    let ctimeSec = 0;
    let ctimeNsec = 0;
    let queried = false;
    if (kind === 'ctime_ns_xchg') {
      // `old=%u:%s new=%u cur=%u:%s`: %s is "Q" when I_CTIME_QUERIED was set on the old value.
      sc.seek(' old=').dec();
      sc.seek(':');
      queried = sc.word() === 'Q';
      ctimeNsec = sc.seek(' new=').dec();
    } else {
      // `ctime=%lld.%u`: the nanoseconds are printed without zero padding.
      ctimeSec = sc.seek(' ctime=').dec();
      sc.seek('.');
      ctimeNsec = sc.dec();
    }
    return { dev: sc.devOf(major, minor), ino, gen, kind, ctimeSec, ctimeNsec, queried };
  };

const blockRequest =
  (phase: 'issue' | 'complete'): Builder =>
  (sc) => {
    // issue:    `7,2 WS 16384 () 270832 + 32 be,0,4 [mmapw]`   (bytes since 5.x)
    // complete: `7,2 WS () 270832 + 32 be,0,4 [0]`
    const dev = sc.dev();
    sc.p++;
    const rwbs = sc.word();
    let bytes = -1;
    if (phase === 'issue' && !sc.tryLiteral('(')) bytes = sc.dec();
    sc.seek(')');
    const sector = sc.dec();
    sc.seek(' + ');
    const nrSector = sc.dec();
    let error = 0;
    if (phase === 'complete') {
      sc.seek('[');
      error = sc.dec();
    }
    return {
      dev,
      rwbs,
      bytes: bytes >= 0 ? bytes : nrSector * 512,
      sector,
      nrSector,
      phase,
      error,
    };
  };

const marker: Builder = (_sc, raw) => {
  let text = raw.payload;
  // trace-cmd shows marker writes as the `print` event: `print: tracing_mark_write: text`.
  if (raw.name === 'print' && text.startsWith('tracing_mark_write: ')) text = text.slice(20);
  return { text };
};

/** libtraceevent's fallback when it cannot evaluate a print fmt (perf 6.1 on jbd2_run_stats). */
const FAILED_TO_PARSE = '[FAILED TO PARSE]';

/**
 * perf printed `[FAILED TO PARSE] dev=7340032 tid=106 wait=0x0 request_delay=0x0 running=0x3b1
 * locked=0x0 flushing=0x0 logging=0x2 handle_count=543 blocks=7 blocks_logged=9`: the raw
 * fields, i.e. dev as the kernel's dev_t (the same major<<20|minor encoding we use) and the
 * times in jiffies, which the print fmt would have turned into ms with jiffies_to_msecs().
 */
function runStatsFromRawFields(payload: string, hz: number): EventDataMap['journal_run_stats'] {
  const f = new Map(keyValues(payload.slice(FAILED_TO_PARSE.length)));
  const num = (k: string): number => {
    const v = f.get(k);
    const x = v === undefined ? Number.NaN : Number(v);
    return Number.isFinite(x) ? x : 0;
  };
  const ms = (k: string): number => Math.floor((num(k) * 1000) / hz);
  return {
    dev: num('dev') as DevT,
    tid: num('tid'),
    waitMs: ms('wait'),
    requestDelayMs: ms('request_delay'),
    runningMs: ms('running'),
    lockedMs: ms('locked'),
    flushingMs: ms('flushing'),
    loggingMs: ms('logging'),
    handleCount: num('handle_count'),
    blocks: num('blocks'),
    blocksLogged: num('blocks_logged'),
  };
}

const TABLE = new Map<string, Entry>();
const add = (type: EventType, build: Builder, ...names: string[]): void => {
  for (const name of names) TABLE.set(name, { type, build });
};
const addWriter = (type: EventType, write: Writer, ...names: string[]): void => {
  for (const name of names) TABLE.set(name, { type, write });
};

addWriter(
  'page_fault',
  (sc, raw, w) => {
    const user = raw.name === 'page_fault_user';
    if (raw.faultAt >= 0) {
      const rows = raw.scanRows;
      const at = raw.faultAt;
      writePageFault(
        w,
        scannedNumber(rows, at + ScannedFault.addressLow, at + ScannedFault.addressHigh),
        scannedNumber(rows, at + ScannedFault.ipLow, at + ScannedFault.ipHigh),
        rows[at + ScannedFault.errorCode]! >>> 0,
        user,
      );
      return;
    }
    // User addresses fit a double exactly; kernel ones (above 2^53) come back as bigint.
    const address = sc.seek('address=').hexExact();
    // Kernel faults may print ip as a symbol (`ip=rep_movs_alternative+0x..`, `ip=elf_load`): 0
    // then, also when the symbol starts with hex letters (`elf_load` is not 0xe).
    sc.seek(' ip=');
    const ipOk = sc.ok;
    let ip = sc.hexExact();
    if (!sc.ok && ipOk) sc.ok = true;
    else if (sc.p < sc.s.length && sc.s.charCodeAt(sc.p) !== 0x20) ip = 0;
    const errorCode = sc.seek(' error_code=').hex();
    if (sc.ok) writePageFault(w, address, ip, errorCode, user);
  },
  'page_fault_user',
  'page_fault_kernel',
);
add('filemap_fault', filemapFault(false), 'mm_filemap_fault');
add('filemap_fault', filemapFault(true), 'mm_filemap_map_pages');
add('page_cache', pageCache(false), 'mm_filemap_add_to_page_cache');
add('page_cache', pageCache(true), 'mm_filemap_delete_from_page_cache');
add('page_dirtied', pageDirtied(false), 'writeback_dirty_folio');
add('page_dirtied', pageDirtied(true), 'writeback_dirty_page');
add('writeback_wait', writebackWait, 'folio_wait_writeback', 'wait_on_page_writeback');
addWriter('inode_dirtied', inodeDirtied('mark_inode_dirty'), 'writeback_mark_inode_dirty');
addWriter('inode_dirtied', inodeDirtied('dirty_inode_start'), 'writeback_dirty_inode_start');
addWriter('inode_dirtied', inodeDirtied('dirty_inode'), 'writeback_dirty_inode');
add(
  'inode_dirtied',
  (sc, _raw, n) => {
    // `dev %d,%d ino %lu dirtied %lu state %s mode 0%o` (state printed after the new flags).
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    sc.seek(' state ');
    const from = sc.p;
    const st = n.flags.decodeAt(sc.s, from, sc.skipWord());
    return {
      dev,
      ino,
      flags: 0,
      state: st.normalised,
      stage: 'dirty_inode_enqueue',
      rawFlags: 0,
      rawState: st.raw,
    };
  },
  'writeback_dirty_inode_enqueue',
);
for (const phase of ['start', 'written', 'queue', 'exec', 'wait'] as const) {
  add('writeback_work', writebackWork(phase), `writeback_${phase}`);
}
add(
  'writepages_start',
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    // `nr_to_write %ld ... range_start %lld range_end %lld` (include/trace/events/ext4.h): a
    // data-integrity sync prints LONG_MAX and LLONG_MAX (__filemap_fdatawrite_range), which a
    // double would round to 2^63; read exactly.
    const nrToWrite = sc.seek(' nr_to_write ').decI64();
    const rangeStart = sc.seek(' range_start ').decI64();
    const rangeEnd = sc.seek(' range_end ').decI64();
    const syncMode = sc.seek(' sync_mode ').dec();
    const forKupdate = sc.seek(' for_kupdate ').dec() !== 0;
    return {
      dev,
      ino,
      nrToWrite,
      rangeStart,
      rangeEnd,
      syncMode,
      forKupdate,
      source: 'ext4_writepages',
    };
  },
  'ext4_writepages',
);
add(
  'writepages_result',
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    const ret = sc.seek(' ret ').dec();
    const pagesWritten = sc.seek(' pages_written ').dec();
    const syncMode = sc.seek(' sync_mode ').dec();
    return { dev, ino, ret, pagesWritten, syncMode, source: 'ext4_writepages' };
  },
  'ext4_writepages_result',
);
add(
  'writepages_start',
  (sc) => {
    // 6.17+: `start_pos 0x%llx next_pos 0x%llx nr_to_write %ld sync_mode %d`;
    // 6.16-era ext4_da_write_pages: `start_pos 0x%llx nr_to_write ...`;
    // <= 6.12 ext4_da_write_pages: `first_page %lu nr_to_write %ld sync_mode %d`.
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    let rangeStart: I64Exact = 0;
    let rangeEnd: I64Exact = 0;
    if (sc.has(' first_page ')) {
      const page = sc.decId();
      rangeStart =
        typeof page === 'number' && page < 2 ** 41
          ? page * 4096
          : sc.i64OrRefuse(BigInt(page) << 12n);
    } else {
      rangeStart = sc.seek(' start_pos ').hexI64();
      if (sc.has(' next_pos ')) rangeEnd = sc.hexI64();
    }
    const nrToWrite = sc.seek(' nr_to_write ').decI64();
    const syncMode = sc.seek(' sync_mode ').dec();
    return {
      dev,
      ino,
      nrToWrite,
      rangeStart,
      rangeEnd,
      syncMode,
      forKupdate: false,
      source: 'ext4_da_write_folios',
    };
  },
  'ext4_da_write_folios_start',
  'ext4_da_write_pages',
);
add(
  'writepages_result',
  (sc) => {
    // `start_pos 0x%llx next_pos 0x%llx nr_to_write %ld ret %d`: no page count is printed.
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    const ret = sc.seek(' ret ').dec();
    return { dev, ino, ret, pagesWritten: 0, syncMode: 0, source: 'ext4_da_write_folios' };
  },
  'ext4_da_write_folios_end',
);
add(
  'writepages_start',
  (sc) => {
    const dev = bdiDev(sc);
    const ino = sc.seek('ino=').decId();
    const nrToWrite = sc.seek(' to_write=').decI64();
    return {
      dev,
      ino,
      nrToWrite,
      rangeStart: 0,
      rangeEnd: 0,
      syncMode: 0,
      forKupdate: false,
      source: 'writeback_single_inode',
    };
  },
  'writeback_single_inode_start',
);
add(
  'writepages_result',
  (sc) => {
    const dev = bdiDev(sc);
    const ino = sc.seek('ino=').decId();
    const pagesWritten = sc.seek(' wrote=').dec();
    return { dev, ino, ret: 0, pagesWritten, syncMode: 0, source: 'writeback_single_inode' };
  },
  'writeback_single_inode',
);
add(
  'inode_marked_dirty',
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    sc.seek(' caller ');
    return { dev, ino, caller: callerSymbol(sc.rest()) };
  },
  'ext4_mark_inode_dirty',
);
add(
  'fs_sync',
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    sc.seek(' parent ').dec();
    const datasync = sc.seek(' datasync ').dec() !== 0;
    return { dev, ino, datasync, phase: 'enter', ret: 0 };
  },
  'ext4_sync_file_enter',
);
add(
  'fs_sync',
  (sc) => {
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    const ret = sc.seek(' ret ').dec();
    return { dev, ino, datasync: false, phase: 'exit', ret };
  },
  'ext4_sync_file_exit',
);
add('journal_handle', journalHandle('start'), 'jbd2_handle_start');
add('journal_handle', journalHandle('stats'), 'jbd2_handle_stats');
add('journal_handle', journalHandle('extend'), 'jbd2_handle_extend');
add('journal_commit', journalCommit('start'), 'jbd2_start_commit');
add('journal_commit', journalCommit('locking'), 'jbd2_commit_locking');
add('journal_commit', journalCommit('flushing'), 'jbd2_commit_flushing');
add('journal_commit', journalCommit('logging'), 'jbd2_commit_logging');
add('journal_commit', journalCommit('drop'), 'jbd2_drop_transaction');
add('journal_commit', journalCommit('end'), 'jbd2_end_commit');
add(
  'journal_run_stats',
  (sc, raw, n) => {
    if (raw.payload.startsWith(FAILED_TO_PARSE)) return runStatsFromRawFields(raw.payload, n.hz);
    const dev = sc.seek('dev ').dev();
    const tid = sc.seek(' tid ').dec();
    const waitMs = sc.seek(' wait ').dec();
    const requestDelayMs = sc.seek(' request_delay ').dec();
    const runningMs = sc.seek(' running ').dec();
    const lockedMs = sc.seek(' locked ').dec();
    const flushingMs = sc.seek(' flushing ').dec();
    const loggingMs = sc.seek(' logging ').dec();
    const handleCount = sc.seek(' handle_count ').dec();
    const blocks = sc.seek(' blocks ').dec();
    const blocksLogged = sc.seek(' blocks_logged ').dec();
    return {
      dev,
      tid,
      waitMs,
      requestDelayMs,
      runningMs,
      lockedMs,
      flushingMs,
      loggingMs,
      handleCount,
      blocks,
      blocksLogged,
    };
  },
  'jbd2_run_stats',
);
add('xfs_fault', xfsFault(false), 'xfs_read_fault');
add('xfs_fault', xfsFault(true), 'xfs_write_fault');
add('xfs_fault', xfsFault(undefined), 'xfs_filemap_fault');
add('iomap_writeback', iomapFolio, 'iomap_writeback_folio', 'iomap_writepage');
add('iomap_writeback', iomapIoend, 'iomap_add_to_ioend');
for (const phase of [
  'dax_pte_fault',
  'dax_pte_fault_done',
  'dax_load_hole',
  'dax_insert_pfn_mkwrite',
  'dax_insert_pfn_mkwrite_no_entry',
]) {
  add('dax_fault', daxFault(false, phase), phase);
}
for (const phase of ['dax_pmd_fault', 'dax_pmd_fault_done']) {
  add('dax_fault', daxFault(true, phase), phase);
}
for (const kind of [
  'ctime_ns_xchg',
  'ctime_xchg_skip',
  'fill_mg_cmtime',
  'inode_set_ctime_to_ts',
] as const) {
  add('timestamp', timestampEvent(kind), kind);
}
add('block_request', blockRequest('issue'), 'block_rq_issue');
add('block_request', blockRequest('complete'), 'block_rq_complete');
add(
  'block_reservation',
  (sc) => {
    // `... reserve_blocks %dreserved_data_blocks %d` (sic: no space, A.12).
    const dev = sc.seek('dev ').dev();
    const ino = sc.seek(' ino ').decId();
    const blocks = sc.seek(' reserve_blocks ').dec();
    const count = sc.seek('reserved_data_blocks ').dec();
    return { dev, ino, kind: 'ext4_da_reserve_space', blocks, pos: 0, count };
  },
  'ext4_da_reserve_space',
);
for (const kind of ['xfs_iomap_alloc', 'xfs_map_blocks_alloc']) {
  add(
    'block_reservation',
    (sc) => {
      const dev = sc.seek('dev ').dev();
      const ino = sc.seek(' ino ').hexId();
      const pos = sc.seek(' pos ').hex();
      const count = sc.seek(' bytecount ').hex();
      const blocks = sc.seek(' fsbcount ').hex();
      return { dev, ino, kind, blocks, pos, count };
    },
    kind,
  );
}
add('marker', marker, 'tracing_mark_write', 'print');

/** Route markers for `Normalizer.run` (compared by identity, never called). */
const never: Builder = () => {
  throw new Error('route marker');
};
const SYS_ENTER: Entry = { type: 'generic', build: never };
const SYS_EXIT: Entry = { type: 'generic', build: never };
const UNMODELLED: Entry = { type: 'generic', build: never };

/** Syscalls with a typed enter event; their exits become syscall_exit. */
const FSYNC_CALLS: Readonly<Record<string, FsyncSyscall>> = {
  fsync: 'fsync',
  fdatasync: 'fdatasync',
  syncfs: 'syncfs',
  sync_file_range: 'sync_file_range',
  sync: 'sync',
};
const MLOCK_CALLS: Readonly<Record<string, MlockSyscall>> = {
  mlock: 'mlock',
  mlock2: 'mlock2',
  mlockall: 'mlockall',
  munlock: 'munlock',
  munlockall: 'munlockall',
};
const MODELLED_SYSCALLS = new Set([
  'msync',
  'mmap',
  'munmap',
  'fallocate',
  ...Object.keys(FSYNC_CALLS),
  ...Object.keys(MLOCK_CALLS),
]);

const toInt32 = (v: bigint | undefined): number => Number(BigInt.asIntN(32, v ?? 0n));
const toNum = (v: bigint | undefined): number => Number(v ?? 0n);
/**
 * A `loff_t` argument (fallocate's offset and len, sync_file_range's offset and nbytes), exact:
 * the tracer prints the 64-bit register, so a negative value shows as its two's complement.
 */
const toI64 = (v: bigint | undefined): I64Exact => i64Exact(BigInt.asIntN(64, v ?? 0n));

interface SyscallName {
  readonly bare: string;
  readonly tp: string;
  readonly modelled: boolean;
}

/** Builds canonical payloads for one capture (holds the per-kernel flag decoder and caches). */
export class Normalizer {
  readonly flags: InodeFlagDecoder;
  readonly hz: number;
  private readonly sc = new FieldScanner();
  private readonly args = newSyscallArgs();
  private readonly kv: KeyValueRange = { keyFrom: 0, keyTo: 0, valueFrom: 0, valueTo: 0 };
  private readonly names = new Interner();
  /** Syscall names by printed name, one map per direction (ftrace prints `sys_x` for both). */
  private readonly sysEnter = new Map<string, SyscallName>();
  private readonly sysExit = new Map<string, SyscallName>();
  /** Entry (or syscall / unmodelled marker) by event name, filled as names are met. */
  private readonly routes = new Map<string, Entry>();

  /** Decoded inode flag texts by their native ids (`ScannedInode`), for `idRows`' ids. */
  private readonly flagsById: (DecodedFlags | undefined)[] = [];
  private idRows: Int32Array | undefined;

  /**
   * The decoded flag text of a natively read inode-dirtied line, by its id (each distinct text is
   * decoded once per reader), or from the text when the scanner's table was full.
   */
  scannedFlags(raw: RawLine, idField: number, startField: number): DecodedFlags {
    const rows = raw.scanRows;
    const at = raw.inodeAt;
    const start = rows[at + startField]!;
    const end = rows[at + startField + 1]!;
    const id = rows[at + idField]!;
    if (id < 0) return this.flags.decodeAt(raw.src, start, end);
    // Ids belong to one scanner's table: start over when another scanner's rows come.
    if (rows !== this.idRows) {
      this.idRows = rows;
      this.flagsById.length = 0;
    }
    let d = this.flagsById[id];
    if (d === undefined) this.flagsById[id] = d = this.flags.decodeAt(raw.src, start, end);
    return d;
  }

  constructor(options: NormalizeOptions) {
    this.flags = new InodeFlagDecoder(
      options.kernel ?? DEFAULT_FLAG_KERNEL,
      options.format !== 'ftrace',
    );
    this.hz = options.hz ?? 250;
  }

  /**
   * Normalises one parsed event line and writes its payload field into `w` (the caller has
   * written the envelope before it). `out.type`, `tracepoint` and `fallback` are set; `out.data`
   * only for the events built as objects (markers among them: the reader keeps their text for a
   * continuation line), not for the directly written ones (page faults, syscalls, generic).
   * Throws `RPL_CODEC` for a value the schema cannot hold; the caller rewinds `w`.
   */
  encode(raw: RawLine, out: Normalized, w: ByteWriter): Normalized {
    if (raw.style !== PayloadStyle.Plain)
      return this.syscall(raw, out, raw.style === PayloadStyle.SyscallEnter, w);
    const name = raw.name;
    // One lookup per line: the route of each name is decided once.
    let entry = this.routes.get(name);
    if (entry === undefined) {
      entry =
        name.startsWith('sys_enter_') && name.length > 10
          ? SYS_ENTER
          : name.startsWith('sys_exit_') && name.length > 9
            ? SYS_EXIT
            : (TABLE.get(name) ?? UNMODELLED);
      this.routes.set(name, entry);
    }
    if (entry === SYS_ENTER) return this.syscall(raw, out, true, w);
    if (entry === SYS_EXIT) return this.syscall(raw, out, false, w);
    out.tracepoint = name;
    if (entry === UNMODELLED) return this.generic(raw, out, 1, raw.subsystem, name, w);
    const sc = this.sc.reset(raw.src, raw.payloadStart, raw.payloadEnd);
    if (entry.write !== undefined) {
      const start = w.pos;
      entry.write(sc, raw, w, this);
      if (!sc.ok) {
        w.pos = start;
        return this.generic(raw, out, 2, raw.subsystem, name, w);
      }
      out.type = entry.type;
      out.fallback = 0;
      return out;
    }
    const data = entry.build(sc, raw, this);
    if (!sc.ok) return this.generic(raw, out, 2, raw.subsystem, name, w);
    out.type = entry.type;
    out.data = data;
    out.fallback = 0;
    encodePayload(w, out as unknown as CanonicalEvent);
    return out;
  }

  private syscall(raw: RawLine, out: Normalized, enter: boolean, w: ByteWriter): Normalized {
    // Printed name -> bare syscall name: `sys_msync` (ftrace), `sys_enter_msync` (format file).
    const printed = raw.name;
    const names = enter ? this.sysEnter : this.sysExit;
    let sn = names.get(printed);
    if (sn === undefined) {
      const bare = flatString(
        raw.style !== PayloadStyle.Plain
          ? printed.startsWith('sys_')
            ? printed.slice(4)
            : printed
          : printed.slice(enter ? 10 : 9),
      );
      sn = {
        bare,
        tp: flatString((enter ? 'sys_enter_' : 'sys_exit_') + bare),
        modelled: MODELLED_SYSCALLS.has(bare),
      };
      names.set(printed, sn);
    }
    const bare = sn.bare;
    const tp = sn.tp;
    out.tracepoint = tp;
    const sc = this.sc;
    if (!enter) {
      sc.reset(raw.src, raw.payloadStart, raw.payloadEnd);
      if (!sn.modelled) {
        // Unmodelled: the signed decimal value and the canonical hex text, without a BigInt when
        // the value fits 52 bits (the common case: small results and user addresses).
        const digits = sc.hexDigits();
        if (!sc.ok || sc.p !== sc.end) return this.generic(raw, out, 2, 'syscalls', tp, w);
        const v = digits.length <= 13 ? Number.parseInt(digits, 16) : undefined;
        const ret =
          v !== undefined ? String(v) : BigInt.asIntN(64, BigInt(`0x${digits}`)).toString();
        out.type = 'generic';
        out.fallback = 1;
        // The signed value is the whole payload (the three print styles carry the same value).
        const start = beginGeneric(w, tp, 'syscalls');
        genericField(w, 'ret', ret);
        endGeneric(w, start, '');
        return out;
      }
      const v = sc.hexBig();
      if (!sc.ok || sc.p !== sc.end) return this.generic(raw, out, 2, 'syscalls', tp, w);
      const ret = BigInt.asIntN(64, v);
      out.type = 'syscall_exit';
      out.data = { syscall: bare, ret };
      out.fallback = 0;
      encodePayload(w, out as unknown as CanonicalEvent);
      return out;
    }
    const a = this.args;
    if (raw.argsAt >= 0) syscallArgsFromScan(raw, this.names, a);
    else if (!parseSyscallArgs(raw.payload, this.names, a))
      return this.generic(raw, out, 2, 'syscalls', tp, w);
    out.fallback = 0;
    if (bare === 'msync') {
      out.type = 'msync_enter';
      out.data = {
        start: arg(a, 'start') ?? 0n,
        len: arg(a, 'len') ?? 0n,
        flags: toNum(arg(a, 'flags')),
      };
    } else if (bare === 'mmap') {
      out.type = 'mmap_enter';
      out.data = {
        addr: arg(a, 'addr') ?? 0n,
        len: arg(a, 'len') ?? 0n,
        prot: toNum(arg(a, 'prot')),
        flags: toNum(arg(a, 'flags')),
        fd: toInt32(arg(a, 'fd')),
        off: arg(a, 'off') ?? 0n,
      };
    } else if (bare === 'munmap') {
      out.type = 'munmap_enter';
      out.data = { addr: arg(a, 'addr') ?? 0n, len: arg(a, 'len') ?? 0n };
    } else if (bare === 'fallocate') {
      out.type = 'fallocate_enter';
      out.data = {
        fd: toInt32(arg(a, 'fd')),
        mode: toNum(arg(a, 'mode')),
        offset: toI64(arg(a, 'offset')),
        len: toI64(arg(a, 'len')),
      };
    } else if (bare in FSYNC_CALLS) {
      const syscall = FSYNC_CALLS[bare]!;
      out.type = 'fsync_enter';
      out.data = {
        fd: toInt32(arg(a, 'fd')),
        datasync: syscall === 'fdatasync' || syscall === 'sync_file_range',
        syscall,
        offset: toI64(arg(a, 'offset')),
        nbytes: toI64(arg(a, 'nbytes')),
      };
    } else if (bare in MLOCK_CALLS) {
      out.type = 'mlock_enter';
      out.data = {
        start: arg(a, 'start') ?? 0n,
        len: arg(a, 'len') ?? 0n,
        flags: toNum(arg(a, 'flags')),
        syscall: MLOCK_CALLS[bare]!,
      };
    } else {
      out.type = 'generic';
      out.fallback = 1;
      // The fields are the whole payload, canonical whichever of the three syscall print styles
      // the tracer used; raw keeps the printed text only when it held more (a quoted user string
      // after a pointer on newer kernels), so one buffer read as ftrace and as trace-cmd is
      // identical and the log does not carry every argument twice.
      const start = beginGeneric(w, tp, 'syscalls');
      for (let i = 0; i < a.count; i++)
        genericHexField(w, a.names[i]!, a.src, a.from[i]!, a.to[i]!);
      endGeneric(w, start, a.quoted ? raw.payload : '');
      return out;
    }
    encodePayload(w, out as unknown as CanonicalEvent);
    return out;
  }

  private generic(
    raw: RawLine,
    out: Normalized,
    fallback: 1 | 2,
    subsystem: string,
    name: string,
    w: ByteWriter,
  ): Normalized {
    out.type = 'generic';
    out.fallback = fallback;
    // Only a fallback-2 line has reset the scanner for itself.
    out.outOfRange = fallback === 2 && this.sc.outOfRange;
    out.rangeReason = this.sc.rangeReason;
    out.tracepoint = name;
    // Written straight from the payload text (a quarter of the lines of a typical capture are
    // unmodelled): no field arrays, no slices. Same bytes as encodePayload(genericEvent(...)).
    // Read where the payload sits in the block (flat; see FieldScanner).
    const text = raw.src;
    const end = raw.payloadEnd;
    const start = beginGeneric(w, name, subsystem);
    const kv = this.kv;
    let p = raw.payloadStart;
    while ((p = nextKeyValue(text, p, end, kv)) !== -1)
      genericFieldRange(w, text, kv.keyFrom, kv.keyTo, text, kv.valueFrom, kv.valueTo);
    endGenericRange(w, start, text, raw.payloadStart, end);
    return out;
  }
}

/** The unmodelled event `name` with `payload` as its text (what `generic` writes). */
export function genericEvent(name: string, subsystem: string, payload: string): GenericEvent {
  return { name, subsystem, fields: keyValues(payload), raw: payload };
}

/** Where one key/value pair of a payload is (see `nextKeyValue`). */
export interface KeyValueRange {
  keyFrom: number;
  keyTo: number;
  valueFrom: number;
  valueTo: number;
}

/**
 * Best-effort key/value split of an unmodelled payload: `k=v` tokens (`prev_comm=foo
 * prev_pid=269`) or `k: v,` lists. Values run to the next space (or comma for `k: v`).
 * The raw text is always kept beside the fields, so nothing depends on this split being exact.
 */
export function keyValues(payload: string): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  const r: KeyValueRange = { keyFrom: 0, keyTo: 0, valueFrom: 0, valueTo: 0 };
  let p = 0;
  while ((p = nextKeyValue(payload, p, payload.length, r)) !== -1) {
    out.push([payload.slice(r.keyFrom, r.keyTo), payload.slice(r.valueFrom, r.valueTo)]);
  }
  return out;
}

/**
 * Finds the next key/value pair of `s[from, n)` (the split `keyValues` describes) and puts its
 * ranges in `r`; returns where to continue, or -1 when there is none.
 */
function nextKeyValue(s: string, from: number, n: number, r: KeyValueRange): number {
  let p = from;
  while (p < n) {
    while (p < n && (s.charCodeAt(p) === 0x20 || s.charCodeAt(p) === 0x2c)) p++;
    const ks = p;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (c === 0x3d || c === 0x20 || c === 0x3a) break;
      p++;
    }
    if (p >= n) return -1;
    const c = s.charCodeAt(p);
    if (p === ks || (c !== 0x3d && !(c === 0x3a && p + 1 < n && s.charCodeAt(p + 1) === 0x20))) {
      // Not a key: skip this word.
      while (p < n && s.charCodeAt(p) !== 0x20) p++;
      continue;
    }
    r.keyFrom = ks;
    r.keyTo = p;
    p += c === 0x3d ? 1 : 2;
    r.valueFrom = p;
    while (p < n) {
      const d = s.charCodeAt(p);
      if (d === 0x20 || (c === 0x3a && d === 0x2c)) break;
      p++;
    }
    r.valueTo = p;
    return p;
  }
  return -1;
}
