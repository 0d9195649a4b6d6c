/**
 * The application's syscalls other than the mapping ones (vmas.ts): fallocate (unwritten
 * extents), and msync / fsync and their relatives, paired enter -> exit per task and replayed
 * at their exit with the observed duration.
 */
import type { EventOf } from '../../events/index.js';
import { lastPageOfRange, pageOfOffset } from '../../events/index.js';
import type { FileRef } from '../inputs.js';
import { MAX_INDEX } from '../inputs.js';
import { WRITEBACK_ACTIVITY } from '../fs/index.js';
import { closeEpisode } from './episode-end.js';
import { fileKey } from './files.js';
import { cleanObserved } from './folios.js';
import { NO_TERMS, observedMsyncStaleness } from './observed.js';
import { PAGE } from './state.js';
import type { TrackerState } from './state.js';
import { onMmapExit, procKey } from './vmas.js';

export interface PendingSyscall {
  readonly t: number;
  readonly kind: 'msync' | 'fsync';
  readonly start: number;
  readonly len: number;
  readonly flags: number;
  readonly fd: number;
  readonly datasync: boolean;
  readonly syscall: string;
  file: FileRef | null;
}

export function onFallocateEnter(st: TrackerState, e: EventOf<'fallocate_enter'>, t: number): void {
  const pid = e.pid;
  closeEpisode(st, pid);
  const d = e.data;
  const file = st.fdFiles.get(`${procKey(e.tgid, pid)}:${d.fd}`);
  // Exact: a loff_t beyond 2^53 as a double could land on the neighbouring page.
  const first = pageOfOffset(d.offset);
  const last = lastPageOfRange(d.offset, d.len);
  // mode bit 0x2 (PUNCH_HOLE) and 0x10 (ZERO_RANGE) do not preallocate unwritten extents
  // the same way; 0 and KEEP_SIZE (0x1) do.
  if ((d.mode & ~0x1) !== 0) return;
  if (file !== undefined)
    st.emit({ k: 'block_base', t, file, state: 'unwritten', first, last, reset: true });
  else st.pendingFallocate.set(pid, { t, fd: d.fd, offset: d.offset, len: d.len });
}

/** "sys_msync(start: 0x7f.., len: 0x800000, flags: 1)": replayed at its exit. */
export function onMsyncEnter(st: TrackerState, e: EventOf<'msync_enter'>, t: number): void {
  const pid = e.pid;
  closeEpisode(st, pid);
  st.syscalls.set(pid, {
    t,
    kind: 'msync',
    start: Number(e.data.start),
    len: Number(e.data.len),
    flags: e.data.flags,
    fd: -1,
    datasync: (e.data.flags & 4) !== 0,
    syscall: 'msync',
    file: null,
  });
}

export function onFsyncEnter(st: TrackerState, e: EventOf<'fsync_enter'>, t: number): void {
  const pid = e.pid;
  closeEpisode(st, pid);
  const d = e.data;
  st.syscalls.set(pid, {
    t,
    kind: 'fsync',
    start: 0,
    len: 0,
    flags: 0,
    fd: d.fd,
    datasync: d.datasync,
    syscall: d.syscall,
    file: st.fdFiles.get(`${procKey(e.tgid, pid)}:${d.fd}`) ?? null,
  });
}

/** The filesystem's sync entry names the inode an fsync by fd could not be tied to. */
export function onFsSync(st: TrackerState, e: EventOf<'fs_sync'>, t: number): void {
  const pid = e.pid;
  st.touch(pid, t);
  const sc = st.syscalls.get(pid);
  if (sc?.kind === 'fsync' && sc.file === null && e.data.phase === 'enter') {
    sc.file = st.files.get(fileKey(e.data.dev, e.data.ino)) ?? null;
  }
}

/** msync and fsync are replayed at their exit, with the observed duration. */
export function onSyscallExit(st: TrackerState, e: EventOf<'syscall_exit'>, t: number): void {
  const pid = e.pid;
  const name = e.data.syscall;
  closeEpisode(st, pid);
  const proc = procKey(e.tgid, pid);
  if (name === 'mmap') {
    onMmapExit(st, proc, pid, t, e.data.ret);
    return;
  }
  const sc = st.syscalls.get(pid);
  if (sc === undefined) return;
  if (sc.kind === 'msync' && name === 'msync') {
    st.syscalls.delete(pid);
    const durationUs = syscallDurationUs(st, sc.t, t);
    const vmas = st.vmasByProc.get(proc) ?? [];
    const end = sc.start + sc.len;
    let ours = false;
    for (const v of vmas) {
      if (v.file === null || v.end <= sc.start || v.start >= end) continue;
      ours = true;
      const lo = Math.max(v.start, sc.start);
      const hi = Math.min(v.end, end);
      const first = v.pgoff + Math.floor((lo - v.start) / PAGE);
      const last = v.pgoff + Math.ceil((hi - v.start) / PAGE) - 1;
      // MS_SYNC wrote the range back whether or not the trace showed the writeback.
      if ((sc.flags & 4) !== 0) {
        cleanObserved(st, v.file, first, last);
        st.fs.evidence.add(WRITEBACK_ACTIVITY);
      }
      observedMsyncStaleness(st, v.file, sc.t);
      st.emit({ k: 'msync', t: sc.t, file: v.file, first, last, flags: sc.flags, durationUs });
    }
    // Only msyncs of the followed files are the workload's: another process's msync of
    // an anonymous or unfollowed mapping is neither counted nor a cost measurement.
    if (!ours) return;
    const o = st.observed;
    o.msyncCalls++;
    if (durationUs < 0) return; // no traced duration: neither a latency nor a cost measurement
    o.msyncLatency.add(NO_TERMS, durationUs);
    ((sc.flags & 4) !== 0 ? st.measurements.msyncSync : st.measurements.msyncAsync).add(durationUs);
    return;
  }
  if (
    sc.kind === 'fsync' &&
    (name === sc.syscall ||
      name === 'fsync' ||
      name === 'fdatasync' ||
      name === 'sync_file_range' ||
      name === 'syncfs' ||
      name === 'sync')
  ) {
    st.syscalls.delete(pid);
    const durationUs = syscallDurationUs(st, sc.t, t);
    const targets =
      sc.file !== null
        ? [sc.file]
        : sc.syscall === 'syncfs' || sc.syscall === 'sync'
          ? st.fileList
          : [];
    if (targets.length > 0 && durationUs >= 0) st.measurements.fsync.add(durationUs);
    for (const file of targets) {
      st.fs.evidence.add(WRITEBACK_ACTIVITY);
      cleanObserved(st, file, 0, MAX_INDEX);
      st.emit({ k: 'fsync', t: sc.t, file, datasync: sc.datasync, durationUs });
    }
  }
}

/**
 * A syscall's traced duration in µs, or -1 when its exit is earlier than its entry (a clock
 * that jumped back): -1 is what the runner already takes for "no traced duration" (a missing
 * exit), so the policies charge the modelled cost; counted, and never a negative latency.
 */
function syscallDurationUs(st: TrackerState, enterT: number, exitT: number): number {
  if (exitT >= enterT) return (exitT - enterT) / 1000;
  st.timeBackwardsSyscalls++;
  return -1;
}
