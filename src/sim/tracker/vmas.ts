/**
 * The VMA table per process (KERNEL.md D.7 step 1): mappings from `sys_enter_mmap` /
 * `sys_exit_mmap` (the exit's return value is the address, A.9), `munmap` and `mlock`; only
 * shared writable file mappings are followed. A mapping is bound to a file by the first fault
 * in it that names the file (episodes.ts): `index - (address - vma_start) / 4096` gives its pgoff.
 */
import type { EventOf, U64Id } from '../../events/index.js';
import { pageOfOffset } from '../../events/index.js';
import type { FileRef } from '../inputs.js';
import { closeEpisode } from './episode-end.js';
import { registerFile } from './files.js';
import { PAGE } from './state.js';
import type { TrackerState } from './state.js';

const MAP_SHARED_VALIDATE = 0x3;
const MAP_SYNC = 0x80000;
const MAP_LOCKED = 0x2000;
const MAP_POPULATE = 0x8000;
const PROT_WRITE = 0x2;

export interface Vma {
  start: number;
  end: number;
  pgoff: number;
  fd: number;
  file: FileRef | null;
  vmSync: boolean;
  /** mlock / MAP_LOCKED / MAP_POPULATE seen before the mapping was bound to a file. */
  pendingLock: boolean;
}

/** VMAs belong to the process (tgid); ftrace's default format has no tgid, then the pid. */
export function procKey(tgid: number, pid: number): number {
  return tgid >= 0 ? tgid : pid;
}

export function findVma(st: TrackerState, proc: number, address: number): Vma | undefined {
  const vmas = st.vmasByProc.get(proc);
  if (vmas === undefined) return undefined;
  for (const v of vmas) if (address >= v.start && address < v.end) return v;
  return undefined;
}

export function procOfVma(st: TrackerState, vma: Vma): number {
  for (const [proc, list] of st.vmasByProc) if (list.includes(vma)) return proc;
  return -1;
}

/** The enter has the arguments, the exit the address (A.9); paired per pid. */
export function onMmapEnter(st: TrackerState, e: EventOf<'mmap_enter'>, t: number): void {
  const pid = e.pid;
  closeEpisode(st, pid);
  const d = e.data;
  st.pendingMmap.set(pid, {
    t,
    len: Number(d.len),
    prot: d.prot,
    flags: d.flags,
    fd: d.fd,
    // The page index exactly (off >> PAGE_SHIFT), not a rounded double's quotient.
    pgoff: pageOfOffset(d.off),
  });
}

/** mmap returns the address in sys_exit_mmap (A.9). */
export function onMmapExit(
  st: TrackerState,
  proc: number,
  pid: number,
  t: number,
  ret: bigint,
): void {
  const m = st.pendingMmap.get(pid);
  st.pendingMmap.delete(pid);
  if (m === undefined || ret < 0n || ret >= 0xfffffffffffff000n) return;
  const start = Number(ret);
  const end = start + Math.ceil(m.len / PAGE) * PAGE;
  // A new mapping replaces whatever was mapped at its addresses (MAP_FIXED, or a range
  // whose unmapping the trace did not show): VMAs never overlap.
  unmapRange(st, proc, start, end, t, false);
  const shared = (m.flags & 0x3) === 0x1 || (m.flags & 0x3) === MAP_SHARED_VALIDATE;
  if (!shared || (m.prot & PROT_WRITE) === 0 || m.fd < 0 || m.fd === 0xffffffff) return;
  const vma: Vma = {
    start,
    end,
    pgoff: m.pgoff,
    fd: m.fd,
    file: null,
    vmSync: (m.flags & 0x3) === MAP_SHARED_VALIDATE && (m.flags & MAP_SYNC) !== 0,
    pendingLock: (m.flags & (MAP_LOCKED | MAP_POPULATE)) !== 0,
  };
  const known = st.fdFiles.get(`${proc}:${m.fd}`);
  let list = st.vmasByProc.get(proc);
  if (list === undefined) {
    list = [];
    st.vmasByProc.set(proc, list);
  }
  list.push(vma);
  if (known !== undefined) {
    vma.file = known;
    if (vma.pendingLock) {
      vma.pendingLock = false;
      emitLock(st, vma, vma.start, vma.end, t);
    }
  }
}

/** Unmapped on enter: the range is gone for the task's later faults either way. */
export function onMunmapEnter(st: TrackerState, e: EventOf<'munmap_enter'>, t: number): void {
  const pid = e.pid;
  closeEpisode(st, pid);
  const start = Number(e.data.addr);
  unmapRange(st, procKey(e.tgid, pid), start, start + Number(e.data.len), t, true);
}

/** mlock on a mapping not bound to a file yet is remembered and replayed at binding. */
export function onMlockEnter(st: TrackerState, e: EventOf<'mlock_enter'>, t: number): void {
  const pid = e.pid;
  closeEpisode(st, pid);
  const d = e.data;
  if (d.syscall === 'munlock' || d.syscall === 'munlockall') return;
  const vmas = st.vmasByProc.get(procKey(e.tgid, pid)) ?? [];
  const all = d.syscall === 'mlockall';
  const start = Number(d.start);
  const end = start + Number(d.len);
  for (const v of vmas) {
    if (!all && (v.end <= start || v.start >= end)) continue;
    const lo = all ? v.start : Math.max(v.start, start);
    const hi = all ? v.end : Math.min(v.end, end);
    if (v.file === null) v.pendingLock = true;
    else emitLock(st, v, lo, hi, t);
  }
}

export function bindVma(
  st: TrackerState,
  vma: Vma,
  dev: number,
  ino: U64Id,
  index: number,
  address: number,
  proc: number,
): void {
  const file = registerFile(st, dev, ino);
  vma.file = file;
  vma.pgoff = index - Math.floor((address - vma.start) / PAGE);
  if (vma.fd >= 0) st.fdFiles.set(`${proc}:${vma.fd}`, file);
  if (vma.pendingLock) {
    vma.pendingLock = false;
    emitLock(st, vma, vma.start, vma.end, -1);
  }
}

function emitLock(st: TrackerState, vma: Vma, lo: number, hi: number, t: number): void {
  if (vma.file === null) return;
  const first = vma.pgoff + Math.floor((lo - vma.start) / PAGE);
  const last = vma.pgoff + Math.ceil((hi - vma.start) / PAGE) - 1;
  st.emit({ k: 'mlock', t, file: vma.file, first, last });
}

/** Removes [start, end) from the process's VMAs, emitting `munmap` for followed files. */
function unmapRange(
  st: TrackerState,
  proc: number,
  start: number,
  end: number,
  t: number,
  emit: boolean,
): void {
  const list = st.vmasByProc.get(proc);
  if (list === undefined) return;
  const keep: Vma[] = [];
  for (const v of list) {
    if (v.end <= start || v.start >= end) {
      keep.push(v);
      continue;
    }
    const lo = Math.max(v.start, start);
    const hi = Math.min(v.end, end);
    if (emit && v.file !== null) {
      const first = v.pgoff + Math.floor((lo - v.start) / PAGE);
      const last = v.pgoff + Math.ceil((hi - v.start) / PAGE) - 1;
      st.emit({ k: 'munmap', t, file: v.file, first, last });
    }
    if (v.start < lo) keep.push({ ...v, end: lo });
    if (hi < v.end)
      keep.push({ ...v, start: hi, pgoff: v.pgoff + Math.floor((hi - v.start) / PAGE) });
  }
  for (const [pid, ep] of st.episodes)
    if (!keep.includes(ep.vma) && list.includes(ep.vma)) closeEpisode(st, pid);
  st.vmasByProc.set(proc, keep);
}
