/**
 * Writeback the trace shows: the flusher's reason (writeback_start), ext4_writepages ranges,
 * XFS/iomap and btrfs folios (gathered into ranges, gathered-writeback.ts). Each is counted as
 * observed pages written and cleans the folios it covers; outside the application's own
 * msync/fsync it is also a writeback input for the runs.
 */
import type { EventOf, U64Id } from '../../events/index.js';
import { isWholeFileEnd, pageOfOffset, pagesOfLength } from '../../events/index.js';
import { MAX_INDEX } from '../inputs.js';
import { WRITEBACK_ACTIVITY } from '../fs/index.js';
import { closeAllEpisodes } from './episodes.js';
import { fileKey, writtenBeforeFollowed } from './files.js';
import { cleanObserved } from './folios.js';
import { noteObservedWriteback } from './observed.js';
import type { TrackerState } from './state.js';

export function onWritebackWork(st: TrackerState, e: EventOf<'writeback_work'>): void {
  if (e.data.phase === 'start' || e.data.phase === 'exec' || e.data.phase === 'queue') {
    st.reasonByPid.set(e.pid, e.data.reason);
  }
  // dev 0: a named bdi (btrfs-N), which may be the followed files' device.
  if (e.data.dev === 0 || st.fileDevs.has(e.data.dev)) st.fs.evidence.add(WRITEBACK_ACTIVITY);
}

/**
 * A writeback trigger the trace shows: ext4_writepages (or XFS/iomap per folio, or
 * writeback_single_inode on filesystems without either). Writeback inside the application's own
 * msync/fsync is part of that call and not a separate trigger. The flusher's `reason` comes from
 * its writeback_start. ext4_da_write_folios_* are chunks of one ext4_writepages call.
 */
export function onWritepagesStart(
  st: TrackerState,
  e: EventOf<'writepages_start'>,
  t: number,
): void {
  const pid = e.pid;
  const d = e.data;
  st.touch(pid, t);
  if (d.source === 'ext4_da_write_folios') return;
  if (d.source === 'ext4_writepages') st.devsWithWritepages.add(d.dev);
  else if (st.devsWithWritepages.has(d.dev)) return;
  if (!st.inSync(pid)) closeAllEpisodes(st);
  // range_end is inclusive; LLONG_MAX is the kernel's whole file (__filemap_fdatawrite), and
  // any other end is shifted exactly (`end >> PAGE_SHIFT`, as write_cache_pages does).
  const first = Math.max(0, pageOfOffset(d.rangeStart));
  const last = isWholeFileEnd(d.rangeEnd)
    ? MAX_INDEX
    : Math.min(MAX_INDEX, pageOfOffset(d.rangeEnd));
  const file = st.files.get(fileKey(d.dev, d.ino));
  if (file === undefined) {
    writtenBeforeFollowed(st, d.dev, d.ino, t, first, last);
    return;
  }
  st.writepagesByPid.set(pid, file);
  cleanObserved(st, file, first, last);
  if (st.inSync(pid)) return;
  st.emit({
    k: 'writeback',
    t,
    file,
    first,
    last,
    reason: st.reasonByPid.get(pid) ?? 'unknown',
  });
}

export function onWritepagesResult(
  st: TrackerState,
  e: EventOf<'writepages_result'>,
  t: number,
): void {
  const pid = e.pid;
  const d = e.data;
  st.touch(pid, t);
  if (d.source === 'ext4_da_write_folios') return;
  if (d.source !== 'ext4_writepages' && st.devsWithWritepages.has(d.dev)) return;
  const file = st.files.get(fileKey(d.dev, d.ino));
  st.writepagesByPid.delete(pid);
  if (file === undefined) return;
  st.observed.dataPagesWritten += d.pagesWritten;
  noteObservedWriteback(st, file);
  if (st.inSync(pid)) return;
  st.emit({ k: 'writeback_done', t, file });
}

/** XFS (and other iomap filesystems) write back one folio per event. */
export function onIomapWriteback(st: TrackerState, e: EventOf<'iomap_writeback'>, t: number): void {
  const pid = e.pid;
  const d = e.data;
  if (d.phase !== 'folio') return;
  st.devsWithWritepages.add(d.dev);
  // A fault of the workload may be running on another CPU meanwhile (XFS steady capture: an
  // xfs_update_time 0 µs after a kworker's folio, inside a fault not dirtied yet): it stays open.
  if (!st.inSync(pid)) closeAllEpisodes(st, -1, true);
  const file = st.files.get(fileKey(d.dev, d.ino));
  const first = pageOfOffset(d.offset);
  const pages = pagesOfLength(d.length);
  if (file === undefined) {
    writtenBeforeFollowed(st, d.dev, d.ino, t, first, first + pages - 1);
    return;
  }
  st.observed.dataPagesWritten += pages;
  cleanObserved(st, file, first, first + pages - 1);
  noteObservedWriteback(st, file);
  if (st.inSync(pid)) return;
  st.gathered.add(pid, t, file, first, first + pages - 1);
}

/** A folio a filesystem model saw written (btrfs extent_writepage): as an iomap folio. */
export function onFolioWritten(
  st: TrackerState,
  pid: number,
  t: number,
  dev: number,
  ino: U64Id,
  index: U64Id,
): void {
  if (st.pageBeyondAnyFile(index)) return;
  const resolved = dev >= 0 ? dev : (st.devByIno.get(ino) ?? 0);
  const file = st.files.get(fileKey(resolved, ino));
  if (file === undefined) return;
  const pages = 2 ** (st.folioOrders[file.id]!.get(index) ?? 0);
  st.observed.dataPagesWritten += pages;
  cleanObserved(st, file, index, index + pages - 1);
  noteObservedWriteback(st, file);
  if (st.inSync(pid)) return;
  // btrfs_page_mkwrite may flush delalloc itself: that fault's episode goes on, as do faults of
  // other tasks still waiting in page_mkwrite (not dirtied yet) while this writeback runs.
  closeAllEpisodes(st, pid, true);
  st.gathered.add(pid, t, file, index, index + pages - 1);
}
