/**
 * Reading a finished fault episode (KERNEL.md D.7 step 3; episodes.ts collects them): the
 * fault input for the runs, the observed counters and the cost measurements it gives.
 */
import type { FsId } from '../fs/index.js';
import { fsModel } from '../fs/index.js';
import { LogLinearHistogram } from '../stats.js';
import { folioFitsPmd, onFaultDirtied } from './folios.js';
import { NO_TERMS } from './observed.js';
import { PAGE } from './state.js';
import type { TrackerState } from './state.js';
import { bindVma, procOfVma } from './vmas.js';

/**
 * Ends a fault episode (KERNEL.md D.7 step 3) and reads it: the binding of its mapping to a
 * file (first filemap fault or dirty folio), the timestamp update it shows (I_DIRTY_SYNC in
 * writeback_mark_inode_dirty, ext4_mark_inode_dirty from ext4_dirty_inode, ctime_ns_xchg, or
 * xfs_update_time), an I/O retry (two mm_filemap_fault, 6.18: VM_FAULT_RETRY after reading),
 * and its duration (fault entry to its last event; page_fault_user has no exit event).
 *
 * Trace findings (6.18 shared captures) that refine KERNEL.md:
 * - `ext4_mark_inode_dirty caller ext4_dirty_inode` is not one jbd2 handle each: inside
 *   writeback (kworker) the handle is nested and no jbd2_handle_start fires (steady capture:
 *   1722 such events vs 996 type-1 handles). Handles are counted from jbd2_handle_start.
 * - The timestamp updates seen in faults sit on a jiffy grid offset from the trace clock
 *   (update times mod 4 ms cluster at 0.6-0.94 ms), so the grid phase is estimated (clock.ts).
 * - ext4-fault512-sparse shows two updates 2.08 ms apart, within one 4 ms jiffy: most likely a
 *   multigrain fine-grained update after a stat the event set does not show (no
 *   fill_mg_cmtime enabled in that capture).
 * - The shared captures do not trace sys_fallocate; the preallocation shows only as
 *   `ext4_mark_inode_dirty caller ext4_alloc_file_blocks` (see fileFact).
 */
export function closeEpisode(st: TrackerState, pid: number): void {
  const ep = st.episodes.get(pid);
  if (ep === undefined) return;
  st.episodes.delete(pid);
  const vma = ep.vma;
  if (vma.file === null) {
    if (ep.bindDev < 0) {
      st.unattributedFaults++;
      return;
    }
    const proc = procOfVma(st, vma);
    bindVma(st, vma, ep.bindDev, ep.bindIno, ep.bindIndex, ep.address, proc);
  }
  const file = vma.file!;
  const index = vma.pgoff + Math.floor((ep.address - vma.start) / PAGE);
  const ioWaitUs = ep.firstFilemapT >= 0 ? (ep.lastFilemapT - ep.firstFilemapT) / 1000 : 0;
  const durationUs = (ep.lastT - ep.t) / 1000;
  st.lastFaultEnd.set(pid, ep.lastT);
  // page_fault_user alone (a write-protect fault on a page of an already dirty large folio:
  // no dirtying, no update): nothing of the kernel's work is timed, so it is no measurement.
  const traced = ep.seen > 0;
  const fsId = st.fs.fsOf(file.dev);
  if (ep.dirtiedIndex >= 0) onFaultDirtied(st, file, ep.t, index, ep.dirtiedIndex);
  if (ep.reservedHole) {
    const start = ep.dirtiedIndex >= 0 ? ep.dirtiedIndex : index;
    const pages = 2 ** (st.folioOrders[file.id]!.get(start) ?? 0);
    const last = start + pages - 1;
    st.emit({
      k: 'block_base',
      t: ep.t,
      file,
      state: 'hole',
      first: start,
      last,
      reset: false,
    });
  }
  const of = st.obsFile[file.id]!;
  // Where this filesystem's capture cannot show the update, the coarse-clock rule on the
  // trace's own times says whether the fault made one: its measured duration contains it.
  let inferredTs = false;
  if (!ep.ts && timestampUnseen(st, fsId)) {
    inferredTs = st.granuleOf(ep.t) > of.updGranule;
  }
  const o = st.observed;
  o.writeFaults++;
  o.pageMkwriteCalls++;
  // Each kind of evidence shows every update once (ext4 shows one update three ways).
  if (ep.ts) o.timestampUpdates += Math.max(1, ep.dirtySync, ep.tsXchg, ep.tsFs);
  o.inodeDirtySyncEvents += ep.dirtySync;
  o.journalHandlesInFaults += ep.handles;
  o.bytesDirtied += PAGE;
  o.stablePageWaits += ep.stableWaits;
  if (ep.needDsync) o.fdatasyncsFromFaults++;
  o.faultLatency.add(NO_TERMS, durationUs);
  of.lastFault = ep.t;
  of.dirtySinceWb += ep.dirtiedPages;
  if (ep.tsNsec >= 0 && st.coarseGrid.fineGrained(ep.tsNsec, ep.tsQueried, st.granuleNs())) {
    // The update took a fine-grained time: the multigrain clock moved without a tick.
    st.emit({ k: 'query', t: ep.t, file });
  }
  // What the trace says of the coarse clock at this fault, before this fault's update is noted.
  const clockSince = of.updT;
  const clockMoved = timestampUnseen(st, fsId) ? null : ep.ts;
  if (ep.ts) of.updT = ep.t;
  if (ep.ts || inferredTs) {
    of.updGranule = st.granuleOf(ep.t);
    if (ep.ts) st.onObservedUpdate?.(Number(st.t0) + ep.t);
  }
  if (st.onObservedFault !== null && !timestampUnseen(st, fsId))
    st.onObservedFault(file.id, Number(st.t0) + ep.t, ep.ts);
  if (ioWaitUs === 0 && traced) {
    const service = durationUs;
    const m = st.measurements;
    const ts = ep.ts || inferredTs;
    if (ep.present) (ts ? m.serviceWpTs : m.serviceWpPlain).add(service);
    else (ts ? m.serviceNpTs : m.serviceNpPlain).add(service);
    const param = fsModel(fsId).timestampCost;
    let h = m.byTsCost.get(param);
    if (h === undefined) {
      h = {
        wpPlain: new LogLinearHistogram(),
        wpTs: new LogLinearHistogram(),
        npPlain: new LogLinearHistogram(),
        npTs: new LogLinearHistogram(),
      };
      m.byTsCost.set(param, h);
    }
    if (ep.present) (ts ? h.wpTs : h.wpPlain).add(service);
    else (ts ? h.npTs : h.npPlain).add(service);
  }
  st.emit({
    k: 'fault',
    t: ep.t,
    file,
    index,
    present: ep.present,
    ioWaitUs,
    vmSync: vma.vmSync,
    serviceUs: traced ? Math.max(0, durationUs - ioWaitUs) : -1,
    hot: ep.hot,
    observedTs: inferredTs ? 'inferred' : !ep.ts ? 'none' : ep.tsLazyOnly ? 'lazy' : 'journal',
    clockSince,
    clockMoved,
    dirtied: ep.dirtiedIndex >= 0,
    folioFitsPmd: folioFitsPmd(st, file, vma, ep.address, index),
    stableWaitUs: ep.waitT >= 0 ? (ep.lastT - ep.waitT) / 1000 : 0,
    waitsShown: st.fs.evidence.has('writeback_wait'),
  });
}

/** The capture cannot show c/mtime updates on this filesystem (cached per evidence size). */
function timestampUnseen(st: TrackerState, fsId: FsId): boolean {
  const size = st.fs.evidence.size;
  const c = st.unseenCache.get(fsId);
  if (c?.size === size) return c.ts;
  const ts = fsModel(fsId).unseen(st.fs.evidence).timestampUpdates !== undefined;
  st.unseenCache.set(fsId, { size, ts });
  return ts;
}
