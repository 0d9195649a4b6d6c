/** What the tracker hands the engine at the end of a capture (engine.ts result assembly). */
import type { FileRef } from '../inputs.js';
import type { FsId } from '../fs/index.js';
import { isAnonymousDev } from '../fs/index.js';
import type { Measurements, ObservedAccumulator } from './observed.js';
import type { TrackerState } from './state.js';

export interface TrackerSummary {
  readonly files: readonly FileRef[];
  readonly observed: ObservedAccumulator;
  readonly observedDev: {
    readonly journalHandles: number;
    readonly journalCommits: number;
    readonly journalBlocksLogged: number;
    readonly cacheFlushes: number;
    readonly dataBytes: number;
    readonly metadataBytes: number;
    readonly journalBytes: number;
    readonly blockRequests: number;
  };
  readonly measurements: Measurements;
  /** The filesystem of each followed file, by file id. */
  readonly fileFs: readonly FsId[];
  /** What the capture contains (fs-model.ts Evidence). */
  readonly evidence: ReadonlySet<string>;
  /** Pages of folios cleaned by writeback the trace did not show (proved by a later re-dirtying). */
  readonly unseenCleanings: number;
  /** Write faults in shared writable file mappings that could not be bound to a file. */
  readonly unattributedFaults: number;
  /** Write-fault episodes dropped because time went backwards inside them. */
  readonly timeBackwardsFaults: number;
  /** msync/fsync calls whose exit is earlier than their entry: no traced duration. */
  readonly timeBackwardsSyscalls: number;
  /** Events ignored because their page index is beyond the largest possible file. */
  readonly pageIndexBeyondFiles: number;
  readonly lostEvents: number;
  /** Records of the event log lost to damage (`lost` events of kind log_damage). */
  readonly damagedRecords: number;
  readonly hz: number;
  readonly kernel: string;
}

/** The device counters are summed over the followed files' devices only. */
export function summarize(st: TrackerState): TrackerSummary {
  const tracked = new Set(st.fileList.map((f) => f.dev));
  const sum = {
    journalHandles: 0,
    journalCommits: 0,
    journalBlocksLogged: 0,
    cacheFlushes: 0,
    dataBytes: 0,
    metadataBytes: 0,
    journalBytes: 0,
    blockRequests: 0,
  };
  if ([...tracked].some((dev) => isAnonymousDev(dev) && st.fs.fsOf(dev) === 'btrfs'))
    sum.journalCommits += st.anonCommits;
  for (const [dev, o] of st.devObserved) {
    if (!tracked.has(dev)) continue;
    sum.journalHandles += o.handles;
    sum.journalCommits += o.commits;
    sum.journalBlocksLogged += o.blocksLogged;
    sum.cacheFlushes += o.flushes;
    sum.dataBytes += o.dataBytes;
    sum.metadataBytes += o.metaBytes;
    sum.journalBytes += o.journalBytes;
    sum.blockRequests += o.blockRequests;
  }
  return {
    files: st.fileList,
    observed: st.observed,
    observedDev: sum,
    measurements: st.measurements,
    fileFs: st.fileList.map((f) => st.fs.fsOf(f.dev)),
    evidence: st.fs.evidence,
    unseenCleanings: st.unseenCleanings,
    unattributedFaults: st.unattributedFaults,
    timeBackwardsFaults: st.timeBackwardsFaults,
    timeBackwardsSyscalls: st.timeBackwardsSyscalls,
    pageIndexBeyondFiles: st.pageIndexBeyondFiles,
    lostEvents: st.lostEvents,
    damagedRecords: st.damagedRecords,
    hz: st.hz,
    kernel: st.kernel,
  };
}
