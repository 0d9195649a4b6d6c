/**
 * Given/when/then per policy on small hand-written ext4-like event sequences. Expected values are
 * worked out by hand from the kernel rules (KERNEL.md D.1-D.6) and the default cost model
 * (cost-model.ts: outside 2, np 3, wp 1.5, delalloc 1, ts 7 µs; ramdisk-dax: np 4, alloc 17,
 * commit 100 µs); each comment shows the arithmetic.
 */
import { describe, expect, test } from 'vitest';
import { given, scenario } from './given.js';

/** An empty file (holes), 16 pages mapped; faults at 1, 1.5, 2 ms (one jiffy: no update, the
 * file's mtime was just set by the create) and 5 ms (next jiffy: update); MS_ASYNC at 20 ms. */
function fourFaultsThenMsync() {
  return scenario()
    .create()
    .mmap(16)
    .at(1)
    .fault(0)
    .at(1.5)
    .fault(1)
    .at(2)
    .fault(2)
    .at(5)
    .fault(3, { ts: true })
    .at(20)
    .msync(1, 16);
}

describe('legacy', () => {
  test('updates the timestamp only when the coarse clock moved; msync after writes to dirty pages is a SuS violation', async () => {
    const p = await given(fourFaultsThenMsync().events)
      .replayWith('legacy')
      .then({
        writeFaults: 4,
        pageMkwriteCalls: 4,
        timestampUpdates: 1,
        journalHandles: 1,
        inodeDirtySyncEvents: 1,
        bytesDirtied: 4 * 4096,
        msyncCalls: 1,
      });
    // 3 × (2 + 3 + 1 delalloc) + (2 + 3 + 1 + 7) = 31 µs over 4 faults
    expect(p.faultLatencyUs.mean).toBeCloseTo(31 / 4, 2);
    expect(p.faultLatencyUs.max).toBeCloseTo(13, 2);
    // mtime is from the 5 ms jiffy; the pages are writable and dirty at 20 ms
    expect(p.mtimeStaleness.suSViolations).toBe(1);
    expect(p.mtimeStaleness.maxMs).toBeGreaterThan(14);
    // the observed column reads the same story from the trace
    expect(p.observed).toMatchObject({ writeFaults: 4, timestampUpdates: 1, msyncCalls: 1 });
  });

  test('writeback cleans and write-protects dirty pages: the next store faults again', async () => {
    const s = scenario()
      .mmap(4)
      .at(1)
      .fault(0)
      .at(2)
      .fault(1)
      .at(10)
      .writeback(2)
      .at(20)
      .fault(0, { present: true });
    const p = await given(s.events)
      .replayWith('legacy')
      .then({ writeFaults: 3, dataPagesWritten: 2, dataBytesWritten: 8192 });
    // the observed column takes pages_written from ext4_writepages_result
    expect(p.observed?.dataPagesWritten).toBe(2);
  });

  test('a timestamp-only transaction commits after the commit interval: 1 inode block + descriptor + commit block', async () => {
    const s = scenario().mmap(4).at(1).fault(0, { ts: true }).at(5200).fault(1);
    const p = await given(s.events)
      .replayWith('legacy')
      .then({ journalCommits: 1, journalBlocksLogged: 3, checkpointMetadataBlocks: 1 });
    // the update at 1 ms is persisted by the commit 5 s later
    expect(p.mtimeStaleness.durabilityLagMeanMs).toBeCloseTo(5000, 3);
  });

  test('fsync forces the commit; fdatasync does not for a timestamp-only change', async () => {
    await given(scenario().mmap(4).at(1).fault(0, { ts: true }).at(10).fsync(false).events)
      .replayWith('legacy')
      .then({ journalCommits: 1 });
    await given(scenario().mmap(4).at(1).fault(0, { ts: true }).at(10).fsync(true).events)
      .replayWith('legacy')
      .then({ journalCommits: 0 });
  });
});

describe('deferred', () => {
  test('no timestamp work in faults; one update at msync(MS_ASYNC); never a SuS violation', async () => {
    const p = await given(fourFaultsThenMsync().events)
      .replayWith('deferred')
      .then({ writeFaults: 4, timestampUpdates: 1, journalHandles: 1 });
    expect(p.faultLatencyUs.mean).toBeCloseTo(6, 2); // 2 + 3 + 1 for every fault
    expect(p.mtimeStaleness.suSViolations).toBe(0);
    // the msync walks 16 PTEs (0.05 µs each) and does the update (7 µs) on top of the traced 3 µs
    expect(p.msyncLatencyUs.mean).toBeCloseTo(3 + 16 * 0.05 + 7, 2);
  });

  test('writeback is a flush point: the update happens in the flusher', async () => {
    const s = scenario().mmap(4).at(1).fault(0).at(10).writeback(1);
    await given(s.events).replayWith('deferred').then({ timestampUpdates: 1 });
    await given(s.events).replayWith('legacy').then({ timestampUpdates: 1 });
    const s2 = scenario()
      .mmap(4)
      .at(1)
      .fault(0)
      .at(10)
      .fault(1)
      .at(20)
      .fault(2)
      .at(30)
      .writeback(3);
    await given(s2.events).replayWith('legacy').then({ timestampUpdates: 3 });
    await given(s2.events).replayWith('deferred').then({ timestampUpdates: 1 });
  });
});

describe('mapsync', () => {
  test('ramdisk-dax, empty file: every first write allocates and pays an fdatasync (commit) in the fault', async () => {
    const events = fourFaultsThenMsync().events;
    const m = await given(events)
      .replayWith('mapsync', { profile: 'ramdisk-dax' })
      .then({ fdatasyncsFromFaults: 4, journalCommits: 4, dataPagesWritten: 0 });
    // 3 × (2 + 4 + 17 + 100) + (2 + 4 + 17 + 100 + 7) = 499
    expect(m.faultLatencyUs.mean).toBeCloseTo(499 / 4, 2);
    const l = await given(events)
      .replayWith('legacy', { profile: 'ramdisk-dax' })
      .then({ fdatasyncsFromFaults: 0 });
    // DAX without MAP_SYNC: 3 × 23 + 30 = 99
    expect(l.faultLatencyUs.mean).toBeCloseTo(99 / 4, 2);
  });

  test('blocks already written are durable: no sync; fallocated (unwritten) extents need the conversion committed: sync', async () => {
    const written = scenario().mmap(4).at(1).fault(0).at(2).fault(1);
    await given(written.events)
      .replayWith('mapsync', { profile: 'ramdisk-dax' })
      .then({ fdatasyncsFromFaults: 0, journalCommits: 0 });
    const fallocated = scenario().fallocate().mmap(4).at(1).fault(0).at(2).fault(1);
    await given(fallocated.events)
      .replayWith('mapsync', { profile: 'ramdisk-dax' })
      .then({ fdatasyncsFromFaults: 2, journalCommits: 2 });
  });

  test('a fault after an allocation was committed by the sync pays nothing more', async () => {
    const s = scenario()
      .create()
      .mmap(4)
      .at(1)
      .fault(0)
      .at(10)
      .msync(4, 4)
      .at(20)
      .fault(0, { present: true });
    await given(s.events)
      .replayWith('mapsync', { profile: 'ramdisk-dax' })
      .then({ writeFaults: 2, fdatasyncsFromFaults: 1 });
  });
});

describe('lazytime', () => {
  test('6.6+: identical to legacy for c/mtime (i_version forces I_DIRTY_SYNC)', async () => {
    const events = fourFaultsThenMsync().events;
    const l = await given(events).replayWith('legacy').then({});
    await given(events).replayWith('lazytime').then({
      timestampUpdates: l.timestampUpdates,
      journalHandles: l.journalHandles,
      inodeDirtySyncEvents: l.inodeDirtySyncEvents,
    });
  });

  test('pre-6.6: the update stays in memory until fsync; fdatasync does not write it', async () => {
    const base = () =>
      scenario().mmap(4).at(1).fault(0, { ts: true }).at(10).fault(1, { ts: true });
    const p = await given(base().events)
      .replayWith('lazytime-pre66')
      .then({ timestampUpdates: 2, journalHandles: 0, lazytimeFlushes: 0 });
    expect(p.faultLatencyUs.mean).toBeCloseTo(2 + 3 + 0.5, 2);
    await given(base().at(20).fsync(false).events)
      .replayWith('lazytime-pre66')
      .then({ lazytimeFlushes: 1, journalHandles: 1, journalCommits: 1 });
    await given(base().at(20).fsync(true).events)
      .replayWith('lazytime-pre66')
      .then({ lazytimeFlushes: 0, journalHandles: 0 });
  });
});

/** Page 0 is cleaned by a writeback that starts at 10 ms and finishes submitting at 20 ms; the
 * application stores to it again at 15 ms (a write-protect fault). */
function faultDuringWriteback() {
  return scenario()
    .mmap(4)
    .at(1)
    .fault(0)
    .at(10)
    .writebackStart()
    .at(15)
    .fault(0, { present: true })
    .at(20)
    .writebackEnd(1);
}

describe('stablewait / pagefork', () => {
  test('stablewait: the fault waits until the I/O completes (submission end 20 ms + 500 µs I/O)', async () => {
    const p = await given(faultDuringWriteback().events)
      .replayWith('stablewait')
      .then({ stablePageWaits: 1, pageCopies: 0, writeFaults: 2 });
    expect(p.stableWaitUsTotal).toBeCloseTo(5500, 3);
    // 2 + 1.5 (wp) + 7 (new jiffy) + 5500
    expect(p.faultLatencyUs.max).toBeCloseTo(5510.5, 1);
  });

  test('pagefork: the fault copies the folio instead of waiting; legacy neither waits nor copies', async () => {
    const p = await given(faultDuringWriteback().events)
      .replayWith('pagefork')
      .then({ stablePageWaits: 0, pageCopies: 1, extraMemoryPeakBytes: 4096 });
    // first fault (2 + 3 np + 7 first update) and the forking one (2 + 1.5 wp + 7 + 0.5 copy)
    expect(p.faultLatencyUs.mean).toBeCloseTo((12 + 11) / 2, 2);
    await given(faultDuringWriteback().events)
      .replayWith('legacy')
      .then({ stablePageWaits: 0, pageCopies: 0 });
  });
});

describe('mlock-prefault', () => {
  test('mlock write-faults the whole range: later stores do not fault, untouched pages are written back', async () => {
    const s = scenario()
      .create()
      .mmap(4)
      .at(1)
      .fault(0)
      .at(2)
      .mlock(4)
      .at(3)
      .fault(1)
      .at(10)
      .writeback(2);
    await given(s.events)
      .replayWith('legacy')
      .then({ writeFaults: 2, dataPagesWritten: 2, bytesDirtied: 8192, writeAmplification: 1 });
    await given(s.events).replayWith('mlock-prefault').then({
      writeFaults: 4, // fault 0, then pages 1-3 at mlock; the store to page 1 finds it writable
      dataPagesWritten: 4,
      bytesDirtied: 4096,
      writeAmplification: 4,
      pagesDirtiedWithoutReservation: 3,
    });
  });
});

describe('msync(MS_SYNC)', () => {
  test('deferred: the update and the PTE scan are charged to the msync even when it writes pages back', async () => {
    const s = scenario().mmap(4).at(1).fault(0).at(10).msync(4, 4, 300);
    const p = await given(s.events)
      .replayWith('deferred')
      .then({ timestampUpdates: 1, dataPagesWritten: 1 });
    // traced 300 µs + the update (7 µs); MS_SYNC does not scan PTEs (writeback's mkclean does)
    expect(p.msyncLatencyUs.mean).toBeCloseTo(307, 2);
  });
});

describe('staleness at writeback', () => {
  test('deferred catches up at writeback (lag 0); legacy lags by the time since its last update', async () => {
    const s = scenario().mmap(4).at(1).fault(0).at(50).writeback(1);
    const d = await given(s.events).replayWith('deferred').then({});
    expect(d.mtimeStaleness.maxMs).toBe(0);
    const l = await given(s.events).replayWith('legacy').then({});
    // mtime from the 0-4 ms jiffy (coarse value 0 ms), the writeback at 50 ms may follow stores
    expect(l.mtimeStaleness.maxMs).toBeCloseTo(50, 3);
  });
});

describe('stablewait: per-folio I/O window', () => {
  test('folios are submitted in index order across the writepages span; a fault after its folio completed does not wait', async () => {
    // pages 0 and 1 written back from 10 to 20 ms: page 0 submitted at 15 ms (done 15.5),
    // page 1 at 20 ms (done 20.5)
    const mk = (faultAtMs: number, page: number) =>
      scenario()
        .mmap(4)
        .at(1)
        .fault(0)
        .at(2)
        .fault(1)
        .at(10)
        .writebackStart()
        .at(faultAtMs)
        .fault(page, { present: true })
        .at(20)
        .writebackEnd(2);
    const a = await given(mk(15, 0).events).replayWith('stablewait').then({ stablePageWaits: 1 });
    expect(a.stableWaitUsTotal).toBeCloseTo(500, 3);
    const b = await given(mk(17, 0).events)
      .replayWith('stablewait')
      .then({ stablePageWaits: 0, stableWaitUsTotal: 0 });
    expect(b.writeFaults).toBe(3);
    const c = await given(mk(17, 1).events).replayWith('stablewait').then({ stablePageWaits: 1 });
    expect(c.stableWaitUsTotal).toBeCloseTo(3500, 3);
  });
});
