/**
 * Per-device counters the trace shows (journal handles and commits, blocks logged, cache
 * flushes, bytes written by kind): summed over the followed files' devices in the summary.
 */
import type { EventOf } from '../../events/index.js';
import { isAnonymousDev } from '../fs/index.js';
import type { TrackerState } from './state.js';
import { ext4CommitStarted, ext4HandleStarted, ext4HandleStopped } from './unmodelled-journal.js';

export interface DevObserved {
  handles: number;
  commits: number;
  blocksLogged: number;
  flushes: number;
  dataBytes: number;
  metaBytes: number;
  journalBytes: number;
  blockRequests: number;
}

export function devCounters(st: TrackerState, dev: number): DevObserved {
  let o = st.devObserved.get(dev);
  if (o === undefined) {
    o = {
      handles: 0,
      commits: 0,
      blocksLogged: 0,
      flushes: 0,
      dataBytes: 0,
      metaBytes: 0,
      journalBytes: 0,
      blockRequests: 0,
    };
    st.devObserved.set(dev, o);
  }
  return o;
}

export function onJournalHandle(st: TrackerState, e: EventOf<'journal_handle'>, t: number): void {
  const ep = st.touch(e.pid, t);
  if (e.data.phase === 'start') {
    devCounters(st, e.data.dev).handles++;
    if (ep !== undefined) ep.handles++;
    ext4HandleStarted(st, e.pid, t, e.data.dev, e.data.type, ep !== undefined);
  } else if (e.data.phase === 'stats') ext4HandleStopped(st, e.pid, t, e.data.dirtiedBlocks);
}

/** jbd2_start_commit -> jbd2_end_commit per (dev, tid): the measured commit latency. */
export function onJournalCommit(st: TrackerState, e: EventOf<'journal_commit'>, t: number): void {
  const d = e.data;
  const key = `${d.dev}:${d.tid}`;
  if (d.phase === 'start') {
    st.commitStart.set(key, t);
    ext4CommitStarted(st, t, d.dev);
  } else if (d.phase === 'end') {
    devCounters(st, d.dev).commits++;
    const s = st.commitStart.get(key);
    if (s !== undefined && st.fileDevs.has(d.dev)) {
      st.measurements.journalCommit.add((t - s) / 1000);
      st.commitStart.delete(key);
    }
  }
}

export function onJournalRunStats(st: TrackerState, e: EventOf<'journal_run_stats'>): void {
  devCounters(st, e.data.dev).blocksLogged += e.data.blocksLogged;
}

/**
 * "7,2 WS 16384 () ... [mmapw]": data from the app or flusher, WSM/WM metadata, jbd2's own
 * writes are the journal; F = cache flush (A.11).
 */
export function onBlockRequest(st: TrackerState, e: EventOf<'block_request'>): void {
  const d = e.data;
  if (d.phase !== 'issue') return;
  const o = devCounters(st, d.dev);
  o.blockRequests++;
  const bytes = d.bytes > 0 ? d.bytes : d.nrSector * 512;
  if (d.rwbs.includes('F')) o.flushes++;
  if (!d.rwbs.includes('W')) return;
  if (e.comm.startsWith('jbd2/')) o.journalBytes += bytes;
  else if (d.rwbs.includes('M')) o.metaBytes += bytes;
  else o.dataBytes += bytes;
}

/** A btrfs event named the filesystem `fsid` about a file on `dev`: remember which dev it is. */
export function learnFsid(st: TrackerState, fsid: string, dev: number): void {
  if (fsid !== '' && dev > 0 && !st.devByFsid.has(fsid)) st.devByFsid.set(fsid, dev);
}

/**
 * A journal commit the runs must replay where the trace shows it (btrfs space flushing, an
 * fsync that fell back from the log tree): sent to the runs through a followed file on its
 * device. The device is the one `fsid` was seen with, or, before that is known, the one
 * anonymous device the followed files share; a commit on a filesystem with no followed file
 * concerns none of them (it is still counted in `observed`).
 */
export function onCapturedCommit(st: TrackerState, t: number, dev: number, fsid: string): void {
  const resolved = dev >= 0 ? dev : (st.devByFsid.get(fsid) ?? soleAnonymousDev(st));
  if (resolved === undefined) return;
  const file = st.fileList.find((f) => f.dev === resolved);
  if (file !== undefined) st.emit({ k: 'fs_commit', t, file });
}

function soleAnonymousDev(st: TrackerState): number | undefined {
  let dev: number | undefined;
  for (const f of st.fileList) {
    if (!isAnonymousDev(f.dev)) continue;
    if (dev !== undefined && dev !== f.dev) return undefined;
    dev = f.dev;
  }
  return dev;
}
