/**
 * Inode state / dirty-flag decoding (KERNEL.md A.3, A.12). ftrace prints the flags as names
 * (`I_DIRTY_SYNC|I_DIRTY_PAGES`); trace-cmd and perf cannot resolve the symbolic names in the
 * print fmt and print hex (`state=0x50 flags=0x10`), whose bit values depend on the kernel
 * version. Both decode to the normalised `InodeFlag` bits of src/events, and the kernel's own
 * bit value is kept in raw* (computed from the names with the same table when ftrace printed
 * names), so the two formats of one buffer give identical events.
 *
 * Bit values, per version (6.1 and 6.12 from the Debian kernel sources per KERNEL.md A.3;
 * 6.18 observed in the shared captures: the trace-cmd report of ext4-small-steady prints
 * 0x10 SYNC, 0x20 DATASYNC, 0x40 PAGES, 0x100 FREEING, 0x1000 DIRTY_TIME, 0x8001 NEW|CREATING
 * next to the ftrace names of the same buffer).
 */
import { InodeFlag } from '../../src/events/index.js';
import { flatString } from '../ftrace/line-parser.js';

type Name =
  | 'I_DIRTY_SYNC'
  | 'I_DIRTY_DATASYNC'
  | 'I_DIRTY_PAGES'
  | 'I_NEW'
  | 'I_WILL_FREE'
  | 'I_FREEING'
  | 'I_CLEAR'
  | 'I_SYNC'
  | 'I_REFERENCED'
  | 'I_LINKABLE'
  | 'I_DIRTY_TIME'
  | 'I_WB_SWITCH'
  | 'I_OVL_INUSE'
  | 'I_CREATING'
  | 'I_DONTCACHE'
  | 'I_SYNC_QUEUED'
  | 'I_PINNING_FSCACHE_WB'
  | 'I_PINNING_NETFS_WB'
  | 'I_LRU_ISOLATING';

/** Normalised bit per printed name (0 for names we do not model: kept only in raw*). */
const NORMALISED: Readonly<Record<Name, number>> = {
  I_DIRTY_SYNC: InodeFlag.DIRTY_SYNC,
  I_DIRTY_DATASYNC: InodeFlag.DIRTY_DATASYNC,
  I_DIRTY_PAGES: InodeFlag.DIRTY_PAGES,
  I_NEW: InodeFlag.NEW,
  I_WILL_FREE: InodeFlag.WILL_FREE,
  I_FREEING: InodeFlag.FREEING,
  I_CLEAR: InodeFlag.CLEAR,
  I_SYNC: InodeFlag.SYNC,
  I_REFERENCED: InodeFlag.REFERENCED,
  I_LINKABLE: InodeFlag.LINKABLE,
  I_DIRTY_TIME: InodeFlag.DIRTY_TIME,
  I_WB_SWITCH: InodeFlag.WB_SWITCH,
  I_OVL_INUSE: InodeFlag.OVL_INUSE,
  I_CREATING: InodeFlag.CREATING,
  I_DONTCACHE: InodeFlag.DONTCACHE,
  I_SYNC_QUEUED: InodeFlag.SYNC_QUEUED,
  I_PINNING_FSCACHE_WB: InodeFlag.PINNING_FSCACHE_WB,
  I_PINNING_NETFS_WB: InodeFlag.PINNING_FSCACHE_WB,
  I_LRU_ISOLATING: 0,
};

/** Kernel bit values by version. */
export const INODE_FLAG_TABLES = {
  '6.1': {
    I_DIRTY_SYNC: 0x1,
    I_DIRTY_DATASYNC: 0x2,
    I_DIRTY_PAGES: 0x4,
    I_NEW: 0x8,
    I_WILL_FREE: 0x10,
    I_FREEING: 0x20,
    I_CLEAR: 0x40,
    I_SYNC: 0x80,
    I_REFERENCED: 0x100,
    I_LINKABLE: 0x400,
    I_DIRTY_TIME: 0x800,
    I_WB_SWITCH: 0x2000,
    I_OVL_INUSE: 0x4000,
    I_CREATING: 0x8000,
    I_DONTCACHE: 0x10000,
    I_SYNC_QUEUED: 0x20000,
    I_PINNING_FSCACHE_WB: 0x40000,
  },
  '6.12': {
    I_NEW: 0x1,
    I_SYNC: 0x2,
    I_LRU_ISOLATING: 0x4,
    I_DIRTY_SYNC: 0x8,
    I_DIRTY_DATASYNC: 0x10,
    I_DIRTY_PAGES: 0x20,
    I_WILL_FREE: 0x40,
    I_FREEING: 0x80,
    I_CLEAR: 0x100,
    I_REFERENCED: 0x200,
    I_LINKABLE: 0x400,
    I_DIRTY_TIME: 0x800,
    I_WB_SWITCH: 0x1000,
    I_OVL_INUSE: 0x2000,
    I_CREATING: 0x4000,
    I_DONTCACHE: 0x8000,
    I_SYNC_QUEUED: 0x10000,
    I_PINNING_NETFS_WB: 0x20000,
  },
  '6.18': {
    I_NEW: 0x1,
    I_SYNC: 0x2,
    I_LRU_ISOLATING: 0x4,
    I_DIRTY_SYNC: 0x10,
    I_DIRTY_DATASYNC: 0x20,
    I_DIRTY_PAGES: 0x40,
    I_WILL_FREE: 0x80,
    I_FREEING: 0x100,
    I_CLEAR: 0x200,
    I_REFERENCED: 0x400,
    I_LINKABLE: 0x800,
    I_DIRTY_TIME: 0x1000,
    I_WB_SWITCH: 0x2000,
    I_OVL_INUSE: 0x4000,
    I_CREATING: 0x8000,
    I_DONTCACHE: 0x10000,
    I_SYNC_QUEUED: 0x20000,
    I_PINNING_NETFS_WB: 0x40000,
  },
} as const satisfies Record<string, Partial<Record<Name, number>>>;

export type FlagKernel = keyof typeof INODE_FLAG_TABLES;
export const FLAG_KERNELS = Object.keys(INODE_FLAG_TABLES) as FlagKernel[];
export const DEFAULT_FLAG_KERNEL: FlagKernel = '6.18';

export interface DecodedFlags {
  normalised: number;
  raw: number;
}

const ZERO: DecodedFlags = { normalised: 0, raw: 0 };

/**
 * Decodes inode flags for one kernel version. Results are cached per printed string: a capture
 * has a handful of distinct values.
 */
export class InodeFlagDecoder {
  private readonly byName: ReadonlyMap<string, number>;
  private readonly bits: readonly (readonly [number, number])[];
  private readonly cache = new Map<string, DecodedFlags>();
  /** trace-cmd / perf print a lone first name for the value 0 (KERNEL.md A.12). */
  private readonly zeroNameQuirk: boolean;

  constructor(kernel: FlagKernel, zeroNameQuirk: boolean) {
    this.zeroNameQuirk = zeroNameQuirk;
    const table: Partial<Record<Name, number>> = INODE_FLAG_TABLES[kernel];
    const byName = new Map<string, number>();
    const bits: [number, number][] = [];
    for (const [name, bit] of Object.entries(table) as [Name, number][]) {
      byName.set(name, bit);
      bits.push([bit, NORMALISED[name]]);
    }
    this.byName = byName;
    this.bits = bits;
  }

  /**
   * `decode(s.slice(start, end))`. The slice is looked up in the cache Map directly: V8 hashes
   * and compares the key natively, several times faster than comparing it character by
   * character in JavaScript against a cached candidate (these values are 10-40 characters).
   */
  decodeAt(s: string, start: number, end: number): DecodedFlags {
    if (end === start) return ZERO;
    return this.decode(s.slice(start, end));
  }

  /** Decodes a printed value: names joined by `|`, hex `0x..`, or empty (0). */
  decode(text: string): DecodedFlags {
    const hit = this.cache.get(text);
    if (hit !== undefined) return hit;
    const d = this.decodeUncached(text);
    // Flat: a slice would pin the block it came from.
    if (this.cache.size < 4096) this.cache.set(flatString(text), d);
    return d;
  }

  private decodeUncached(text: string): DecodedFlags {
    if (text === '') return { normalised: 0, raw: 0 };
    if (text.startsWith('0x') || text.startsWith('0X')) {
      const raw = Number.parseInt(text.slice(2), 16);
      if (!Number.isFinite(raw)) return { normalised: InodeFlag.UNRESOLVED, raw: 0 };
      let normalised = 0;
      let seen = 0;
      for (const [bit, norm] of this.bits) {
        if ((raw & bit) !== 0) {
          normalised |= norm;
          seen |= bit;
        }
      }
      // Bits the table does not know: say so rather than drop them silently.
      if ((raw & ~seen) !== 0) normalised |= InodeFlag.UNRESOLVED;
      return { normalised: normalised >>> 0, raw };
    }
    if (this.zeroNameQuirk && text === 'I_DIRTY_SYNC') return { normalised: 0, raw: 0 };
    let normalised = 0;
    let raw = 0;
    for (const part of text.split('|')) {
      const bit = this.byName.get(part);
      if (bit === undefined) {
        normalised |= InodeFlag.UNRESOLVED;
        continue;
      }
      raw |= bit;
      normalised |= NORMALISED[part as Name];
    }
    return { normalised: normalised >>> 0, raw };
  }
}

/**
 * The flag table for a kernel release string (`6.18.44-fc-v669`, `6.12.117`): the newest table
 * at or below the release; releases older than every table use the oldest, unknown ones the
 * default. Between tables the bit layout may differ: pass `--kernel` when it matters.
 */
export function flagKernelForRelease(release: string): FlagKernel {
  const m = /^(\d+)\.(\d+)/.exec(release);
  if (m === null) return DEFAULT_FLAG_KERNEL;
  const v = Number(m[1]) * 1000 + Number(m[2]);
  let best: FlagKernel | undefined;
  let bestV = -1;
  let oldest: FlagKernel = FLAG_KERNELS[0]!;
  let oldestV = Number.MAX_SAFE_INTEGER;
  for (const k of FLAG_KERNELS) {
    const [a, b] = k.split('.').map(Number) as [number, number];
    const kv = a * 1000 + b;
    if (kv <= v && kv > bestV) {
      best = k;
      bestV = kv;
    }
    if (kv < oldestV) {
      oldest = k;
      oldestV = kv;
    }
  }
  return best ?? oldest;
}
