/**
 * Mechanics shared by every policy: the modelled flusher, lazytime expiry, large folios,
 * MAP_POPULATE, a MAP_SYNC mapping in the capture, several captures in one log, the timeline.
 */
import { describe, expect, test } from 'vitest';
import { createMemoryEventLog } from '../../../src/log/index.js';
import { replayCaptures, replayLog } from '../../../src/sim/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { APP, DEV, INO, given, scenario } from './given.js';

describe('writeback', () => {
  test("'modelled' ignores the trace's writeback and writes pages dirty longer than dirty_expire at the flusher's interval", async () => {
    const s = scenario()
      .mmap(4)
      .at(1)
      .fault(0)
      .at(2)
      .fault(1)
      .at(10)
      .writeback(2)
      .at(12_000)
      .fault(2);
    // observed writeback at 10 ms wrote 2 pages; the modelled flusher (expire 5 s, armed every
    // 1 s + 16 ms of timer-wheel lateness from the first dirtying at 1 ms) writes both at its
    // 5.08 s wake instead, and page 2 is still dirty at the end
    const sim = { writeback: 'modelled' as const, dirtyExpireMs: 5000, writebackIntervalMs: 1000 };
    const p = await given(s.events).replayWith('legacy', sim).then({ dataPagesWritten: 2 });
    expect(p.timeline.find((x) => x.second === 5)?.bytesWritten).toBeGreaterThanOrEqual(8192);
    expect(p.timeline.find((x) => x.second === 0)?.bytesWritten ?? 0).toBe(0);
    await given(s.events).replayWith('legacy').then({ dataPagesWritten: 2 });
  });

  test('large folios (mm_filemap_add_to_page_cache order=4): one fault dirties 16 pages, writeback writes 16', async () => {
    const s = scenario().mmap(32);
    s.push('page_cache', APP, { dev: DEV, ino: INO, pfn: 1n, index: 0, order: 4, removed: false });
    s.at(1).fault(0).at(2).fault(3).at(10).writeback(16);
    s.at(20).fault(0, { present: true }).at(21).fault(3, { present: true });
    // The first, not-present fault maps the whole folio writable: the store to page 3 does not
    // fault. The writeback writes all 16 pages and write-protects every PTE; then each page's
    // write-protect fault makes only its own PTE writable, so page 3 faults again (dirtying
    // nothing new). Bytes dirtied count the application's faulting pages.
    await given(s.events)
      .replayWith('legacy')
      .then({ writeFaults: 3, dataPagesWritten: 16, bytesDirtied: 3 * 4096 });
  });
});

describe('lazytime expiry', () => {
  test('pre-6.6: a lazily dirtied timestamp is written after dirtytime_expire', async () => {
    const s = scenario().mmap(4).at(1).fault(0, { ts: true }).at(500).fault(1);
    await given(s.events)
      .replayWith('lazytime-pre66', { dirtytimeExpireMs: 100 })
      .then({ lazytimeFlushes: 1, journalHandles: 1 });
    await given(s.events)
      .replayWith('lazytime-pre66')
      .then({ lazytimeFlushes: 0, journalHandles: 0 });
  });
});

describe('mappings', () => {
  test('mmap(MAP_SHARED|MAP_POPULATE) pre-faults the mapping under mlock-prefault once it is bound', async () => {
    const s = scenario()
      .create()
      .mmap(4, 0x1 | 0x8000)
      .at(1)
      .fault(0)
      .at(2)
      .fault(1)
      .at(10)
      .writeback(2);
    await given(s.events).replayWith('legacy').then({ writeFaults: 2, dataPagesWritten: 2 });
    await given(s.events)
      .replayWith('mlock-prefault')
      .then({ writeFaults: 4, dataPagesWritten: 4 });
  });

  test('a MAP_SHARED_VALIDATE|MAP_SYNC mapping in the capture makes legacy on DAX sync in allocating faults', async () => {
    const s = scenario()
      .create()
      .mmap(4, 0x3 | 0x80000)
      .at(1)
      .fault(0)
      .at(2)
      .fault(1);
    await given(s.events)
      .replayWith('legacy', { profile: 'ramdisk-dax' })
      .then({ fdatasyncsFromFaults: 2 });
    // without DAX, MAP_SYNC cannot apply
    await given(s.events).replayWith('legacy').then({ fdatasyncsFromFaults: 0 });
  });
});

describe('log replay', () => {
  test('several captures in one log replay separately; a chosen capture alone', async () => {
    const log = createMemoryEventLog();
    const relabel = (events: readonly CanonicalEvent[], id: string): CanonicalEvent[] =>
      events.map((e) => ({ ...e, captureId: id }) as CanonicalEvent);
    await log.append(relabel(scenario().mmap(4).at(1).fault(0).at(5).fault(1).events, 'a'));
    await log.append(
      relabel(scenario().mmap(4).at(1).fault(0).at(2).fault(1).at(3).fault(2).events, 'b'),
    );
    const runs = await replayCaptures(log, { policies: ['deferred'] });
    expect(runs.map((r) => [r.captureId, r.policies['legacy']!.writeFaults])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    expect(runs[1]!.fromOffset).toBe(runs[0]!.toOffset);
    const b = await replayLog(log, { captureId: 'b', policies: ['deferred'] });
    expect(b.runId).toBe(runs[1]!.runId);
    await expect(replayLog(log)).rejects.toThrow(/2 captures/);
    await expect(replayLog(log, { captureId: 'zzz' })).rejects.toThrow(/not in the log/);
  });

  test('timeline: per second since the first event', async () => {
    const s = scenario()
      .mmap(4)
      .at(1)
      .fault(0)
      .at(1500)
      .fault(1)
      .at(1600)
      .fault(2)
      .at(2500)
      .fault(3);
    const p = await given(s.events).replayWith('legacy').then({ writeFaults: 4 });
    expect(p.timeline.map((x) => [x.second, x.writeFaults, x.timestampUpdates])).toEqual([
      [0, 1, 1],
      [1, 2, 2],
      [2, 1, 1],
    ]);
  });
});

describe('XFS', () => {
  test('a file whose faults go through XFS pays the XFS timestamp cost (5 µs, not ext4 7 µs)', async () => {
    const s = scenario().mmap(4).at(1);
    s.push('page_fault', APP, { address: 0x7f0000000000n, ip: 1n, errorCode: 0x6, user: true });
    s.push('filemap_fault', APP, { dev: DEV, ino: INO, offset: 0, endOffset: 0, mapPages: false });
    s.push('xfs_fault', APP, { dev: DEV, ino: INO, order: 0, write: true });
    s.after(2).push('page_dirtied', APP, { dev: DEV, ino: INO, index: 0, legacyPageEvent: false });
    s.at(10).fault(1);
    const p = await given(s.events).replayWith('legacy').then({ timestampUpdates: 2 });
    // both faults: 2 + 3 (np, pinned) + 5 (XFS update in a new jiffy)
    expect(p.faultLatencyUs.mean).toBeCloseTo(10, 2);
  });
});

describe('multigrain (6.13+)', () => {
  test('a stat between two faults of one jiffy makes the second update the timestamp too (fill_mg_cmtime)', async () => {
    const s = scenario().mmap(4).at(1).fault(0).at(1.5);
    s.push('generic', APP, { name: 'sys_statx', subsystem: 'syscalls', fields: [], raw: '' });
    s.push('timestamp', APP, {
      dev: DEV,
      ino: INO,
      gen: 0,
      kind: 'fill_mg_cmtime',
      ctimeSec: 0,
      ctimeNsec: 0,
      queried: true,
    });
    s.at(2).fault(1).at(2.5).fault(2);
    // fault 0 updates (first), fault 1 updates (queried), fault 2 does not (same jiffy, not queried)
    await given(s.events).replayWith('legacy').then({ timestampUpdates: 2 });
    await given(s.events).replayWith('legacy', { multigrain: false }).then({ timestampUpdates: 1 });
  });
});
