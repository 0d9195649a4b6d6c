import type { Counters } from '../results.js';

/** The ledger of one file or of the whole run, counted as inputs are replayed. */
export type MutableCounters = { -readonly [K in keyof Counters]: number };

export function zeroCounters(): MutableCounters {
  return {
    writeFaults: 0,
    pageMkwriteCalls: 0,
    timestampUpdates: 0,
    inodeDirtySyncEvents: 0,
    journalHandles: 0,
    journalCommits: 0,
    journalBlocksLogged: 0,
    checkpointMetadataBlocks: 0,
    dataPagesWritten: 0,
    cacheFlushes: 0,
    fdatasyncsFromFaults: 0,
    stablePageWaits: 0,
    stableWaitUsTotal: 0,
    pageCopies: 0,
    extraMemoryPeakBytes: 0,
    pagesDirtiedWithoutReservation: 0,
    lazytimeFlushes: 0,
    msyncCalls: 0,
    bytesDirtied: 0,
    dataBytesWritten: 0,
    metadataBytesWritten: 0,
    journalBytesWritten: 0,
    bytesWritten: 0,
  };
}
