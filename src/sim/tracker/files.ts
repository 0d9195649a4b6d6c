/**
 * Followed files and facts about files not (yet) followed: registration when a mapping is bound
 * (replaying what was learnt before: creation, fallocate, writeback, mtime, folios), the inode
 * changes outside faults that matter to the model, and the devices of inodes seen on
 * anonymous-dev (bdi-named) events.
 */
import { formatDev, lastPageOfRange, pageOfOffset } from '../../events/index.js';
import { isAnonymousDev } from '../fs/index.js';
import type { DevT, U64Id } from '../../events/index.js';
import type { FileRef } from '../inputs.js';
import { MAX_INDEX } from '../inputs.js';
import { setFolioOrder } from './folios.js';
import type { TrackerState } from './state.js';
import { handOverPendingJournal } from './unmodelled-journal.js';

const FACT_CACHE_LIMIT = 4096;
/** `ext4_mark_inode_dirty` callers that tell the model something about a file (see fileFact). */
const FACT_CALLERS = new Set([
  '__ext4_new_inode',
  'ext4_truncate',
  'ext4_alloc_file_blocks',
  'ext4_fallocate',
  'ext4_setattr',
]);

export interface FileFacts {
  mtimeSetT: number;
  created: boolean;
  createdT: number;
  fallocated: { t: number; first: number; last: number } | null;
  folios: Map<number, number> | null;
  /**
   * Ranges written back before the file was followed (write(2) then fsync, say): their blocks
   * are allocated, whatever the creation left.
   */
  written: { t: number; first: number; last: number }[];
}

function newFacts(): FileFacts {
  return {
    mtimeSetT: -1,
    created: false,
    createdT: -1,
    fallocated: null,
    folios: null,
    written: [],
  };
}

/** `${ino}` of a bigint is its exact decimal digits: two 64-bit inodes stay two keys. */
export function fileKey(dev: number, ino: U64Id): string {
  return `${formatDev(dev as DevT)}/${ino}`;
}

export function registerFile(st: TrackerState, dev: number, ino: U64Id): FileRef {
  const key = fileKey(dev, ino);
  let f = st.files.get(key);
  if (f !== undefined) return f;
  f = { id: st.fileList.length, key, dev, ino };
  st.files.set(key, f);
  st.fileList.push(f);
  st.fileDevs.add(dev);
  st.obsFile.push({ updGranule: -Infinity, updT: -1, lastFault: -1, dirtySinceWb: 0 });
  st.folioOrders.push(new Map());
  st.obsDirty.push(new Set());
  st.emit({ k: 'fs', t: 0, file: f, fs: st.fs.fsOf(dev) });
  const facts = st.facts.get(key);
  if (facts !== undefined) {
    st.facts.delete(key);
    if (facts.created)
      st.emit({
        k: 'block_base',
        t: facts.createdT,
        file: f,
        state: 'hole',
        first: 0,
        last: MAX_INDEX,
        reset: true,
      });
    if (facts.fallocated !== null) {
      st.emit({
        k: 'block_base',
        t: facts.fallocated.t,
        file: f,
        state: 'unwritten',
        first: facts.fallocated.first,
        last: facts.fallocated.last,
        reset: true,
      });
    }
    for (const w of facts.written)
      st.emit({ k: 'block_base', file: f, state: 'mapped', ...w, reset: false });
    if (facts.mtimeSetT >= 0) {
      st.emit({ k: 'mtime_set', t: facts.mtimeSetT, file: f });
      st.obsFile[f.id]!.updGranule = st.granuleOf(facts.mtimeSetT);
      st.obsFile[f.id]!.updT = facts.mtimeSetT;
    }
    if (facts.folios !== null) {
      for (const [index, order] of facts.folios) {
        setFolioOrder(st.folioOrders[f.id]!, index, order);
        st.emit({ k: 'folio', t: facts.mtimeSetT, file: f, index, order });
      }
    }
  }
  handOverPendingJournal(st, f);
  return f;
}

export function factsFor(st: TrackerState, key: string): FileFacts {
  let f = st.facts.get(key);
  if (f === undefined) {
    if (st.facts.size >= FACT_CACHE_LIMIT) {
      const oldest = st.facts.keys().next().value;
      if (oldest !== undefined) st.facts.delete(oldest);
    }
    f = newFacts();
    st.facts.set(key, f);
  }
  return f;
}

/**
 * Inode changes outside fault episodes that matter to the model: creation (an empty file: every
 * page a hole), truncation, fallocate (unwritten extents) and setattr; all of them set c/mtime.
 * ext4 shows them as `ext4_mark_inode_dirty caller ...`; the fallocate *syscall* is often not
 * in the event set (the shared captures lack it), so `ext4_alloc_file_blocks` is the evidence.
 */
export function fileFact(
  st: TrackerState,
  pid: number,
  t: number,
  dev: number,
  ino: U64Id,
  rawCaller: string,
): void {
  // GCC clones keep their suffix in the symbol: "ext4_alloc_file_blocks.isra.0+0x1b4/0x3c0"
  // in the prealloc capture (.isra.N, .constprop.N, .part.N, .cold).
  const dot = rawCaller.indexOf('.');
  const caller = dot < 0 ? rawCaller : rawCaller.slice(0, dot);
  if (!FACT_CALLERS.has(caller)) return;
  const created = caller === '__ext4_new_inode';
  const truncated = caller === 'ext4_truncate';
  const fallocated = caller === 'ext4_alloc_file_blocks' || caller === 'ext4_fallocate';
  const setattr = caller === 'ext4_setattr';
  if (!created && !truncated && !fallocated && !setattr) return;
  const key = fileKey(dev, ino);
  const file = st.files.get(key);
  let range = { first: 0, last: MAX_INDEX };
  if (fallocated) {
    const pf = st.pendingFallocate.get(pid);
    if (pf !== undefined) {
      st.pendingFallocate.delete(pid);
      range = { first: pageOfOffset(pf.offset), last: lastPageOfRange(pf.offset, pf.len) };
    }
  }
  if (file !== undefined) {
    if (created || truncated) {
      st.obsDirty[file.id]!.clear();
      st.emit({
        k: 'block_base',
        t,
        file,
        state: 'hole',
        first: 0,
        last: MAX_INDEX,
        reset: true,
      });
    }
    if (fallocated)
      st.emit({ k: 'block_base', t, file, state: 'unwritten', ...range, reset: true });
    st.emit({ k: 'mtime_set', t, file });
    st.obsFile[file.id]!.updGranule = st.granuleOf(t);
    st.obsFile[file.id]!.updT = t;
    return;
  }
  const f = factsFor(st, key);
  if (created || truncated) {
    f.created = true;
    f.createdT = t;
    f.fallocated = null;
    f.written = [];
  }
  if (fallocated) f.fallocated = { t, ...range };
  f.mtimeSetT = t;
}

/** Writeback of a file not followed yet: remembered (merged with an adjacent range). */
export function writtenBeforeFollowed(
  st: TrackerState,
  dev: number,
  ino: U64Id,
  t: number,
  first: number,
  last: number,
): void {
  const w = factsFor(st, fileKey(dev, ino)).written;
  const prev = w[w.length - 1];
  if (prev !== undefined && first <= prev.last + 1 && last >= prev.first - 1) {
    prev.first = Math.min(prev.first, first);
    prev.last = Math.max(prev.last, last);
  } else if (w.length < 64) w.push({ t, first, last });
}

/** Remembers the device of an inode seen with a real dev (bdi-named events have none). */
export function noteDev(st: TrackerState, dev: number, ino: U64Id): void {
  if (dev !== 0 && isAnonymousDev(dev)) st.devByIno.set(ino, dev);
}

/** dev 0 (a bdi named like `btrfs-1`): the anonymous device the inode was seen on, if any. */
export function resolveDev(st: TrackerState, dev: number, ino: U64Id): number {
  return dev !== 0 ? dev : (st.devByIno.get(ino) ?? 0);
}

/** A followed file's filesystem became known: tell the runs (dev -1: every anonymous dev). */
export function onFsIdentified(st: TrackerState, dev: number): void {
  for (const file of st.fileList) {
    if (dev === -1 ? isAnonymousDev(file.dev) : file.dev === dev)
      st.emit({ k: 'fs', t: 0, file, fs: st.fs.fsOf(file.dev) });
  }
}
