/**
 * Sweeps (issue 16) on the repo's real captures (test/fixtures/captures): every cell is
 * byte-identical to the same cell replayed alone, and the tunables move the figures the way
 * the kernel's do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readEvents } from '../../../../ingest/index.js';
import { ReplayError } from '../../../../src/errors.js';
import { createMemoryEventLog } from '../../../../src/log/index.js';
import type { EventLog } from '../../../../src/log/index.js';
import {
  gridOf,
  parseSweepSet,
  replayLog,
  resultToJson,
  runSweep,
} from '../../../../src/sim/index.js';
import type { SimOptions } from '../../../../src/config/index.js';
import { formatSweepTable } from '../../../../src/cli/format/sweep-table.js';
import { FS_MODELS, blindSpots } from '../../../../src/sim/fs/index.js';

const TRACES = 'test/fixtures/captures';
/** ext4-steady-rand-msync-async was captured with these (fixture README). */
const STEADY_CAPTURED: SimOptions = { dirtyExpireMs: 1000, writebackIntervalMs: 500 };

async function logOf(file: string): Promise<EventLog> {
  const log = createMemoryEventLog();
  for await (const batch of readEvents(`${TRACES}/${file}`)) await log.append(batch);
  return log;
}

describe('grid', () => {
  test('--set axes: names and values are checked, combinations come outer axis first', () => {
    expect(parseSweepSet('dirtyExpireMs=1000,5000')).toEqual({
      param: 'dirtyExpireMs',
      values: [1000, 5000],
    });
    expect(() => parseSweepSet('dirtyExpire=1')).toThrow(ReplayError);
    expect(() => parseSweepSet('hz=250,fast')).toThrow(/non-negative numbers/);
    expect(
      gridOf([
        { param: 'hz', values: [250, 1000] },
        { param: 'commitIntervalMs', values: [1, 2] },
      ]),
    ).toEqual([
      { hz: 250, commitIntervalMs: 1 },
      { hz: 250, commitIntervalMs: 2 },
      { hz: 1000, commitIntervalMs: 1 },
      { hz: 1000, commitIntervalMs: 2 },
    ]);
  });
});

describe('blind spots', () => {
  test('of the sweep figures, only XFS journal commits are never shown (dashboards/sweep.sql says so too)', () => {
    const blind = FS_MODELS.map((m) => {
      const b: Record<string, string | undefined> = blindSpots(m);
      return [m.id, ['dataPagesWritten', 'journalCommits', 'timestampUpdates'].filter((k) => b[k])];
    });
    expect(Object.fromEntries(blind)).toEqual({
      ext4: [],
      xfs: ['journalCommits'],
      btrfs: [],
      generic: [],
    });
    // dashboards/sweep.sql nulls exactly these, with the model's reason
    const sql = readFileSync('dashboards/sweep.sql', 'utf8');
    expect(sql.match(/has\(filesystems, '\w+'\)/g)).toEqual([
      "has(filesystems, 'xfs')",
      "has(filesystems, 'xfs')",
    ]);
    expect(sql).toContain("if(has(filesystems, 'xfs'), NULL, journal_commits) AS journal_commits");
    const xfs = blindSpots(FS_MODELS.find((m) => m.id === 'xfs')!);
    expect(sql).toContain(`'journal_commits: xfs: ${xfs.journalCommits!}'`);
    // a figure a capture merely lacks the event for is no blind spot: ext4 shows commits
    expect(blindSpots(FS_MODELS.find((m) => m.id === 'ext4')!).journalCommits).toBeUndefined();
  });
});

describe('sweep', () => {
  test('3 x 2 values x 2 policies: 12 cells, each byte-identical to the cell replayed alone', async () => {
    const log = await logOf('ext4-steady-rand-msync-async.trace.gz');
    const s = await runSweep(log, {
      sim: STEADY_CAPTURED,
      axes: [
        parseSweepSet('dirtyExpireMs=1000,5000,30000'),
        parseSweepSet('commitIntervalMs=1000,5000'),
      ],
      policies: ['legacy', 'lazytime'],
    });
    expect(s.cells).toHaveLength(12);
    expect(new Set(s.cells.map((c) => `${c.runId}/${c.policy}`)).size).toBe(12);
    for (const c of s.cells) {
      expect(c.retimed).toBe(true);
      const alone = await replayLog(log, {
        sim: { ...STEADY_CAPTURED, ...c.params, writeback: 'modelled' },
        policies: [c.policy],
      });
      expect(resultToJson(c.figures)).toBe(resultToJson(alone.policies[c.policy]));
    }
    // deltas are against legacy with the captured parameters and the captured writeback
    const base = s.baseline.policies['legacy']!;
    expect(JSON.parse(s.baseline.configJson)).toMatchObject({ writeback: 'observed' });
    const c0 = s.cells[0]!;
    expect(c0.deltas['dataPagesWritten']).toEqual({
      value: c0.figures.dataPagesWritten,
      baseline: base.dataPagesWritten,
      abs: c0.figures.dataPagesWritten - base.dataPagesWritten,
    });
    // ext4 with jbd2, writeback and timestamp tracepoints: the capture shows every figure
    expect(s.unknown).toEqual({});
    // 13 replays of the steady capture: ~20 s alone, 90 s seen on a loaded 2-core machine.
  }, 300_000);

  test('XFS: journal commits the capture cannot show are unknown in every cell, with the reason', async () => {
    const log = await logOf('xfs-kupdate-exp200.trace.gz');
    const s = await runSweep(log, {
      axes: [parseSweepSet('commitIntervalMs=1000,30000')],
      policies: ['legacy', 'lazytime'],
    });
    const observed = s.baseline.policies['legacy']!.observed!;
    expect(observed.journalCommits).toBeNull();
    expect(s.unknown).toEqual({ journalCommits: `xfs: ${observed.unknown['journalCommits']}` });
    expect(s.unknown['journalCommits']).toMatch(/CIL/);
    for (const c of s.cells) {
      expect(c.deltas['journalCommits']).toEqual({ value: null, baseline: null, abs: null });
      // the figures the capture does show stay numbers
      expect(c.deltas['dataPagesWritten']!.value).toBe(c.figures.dataPagesWritten);
      // the stored run keeps the model's number: the sweep, not the run, declares it unknown
      expect(typeof c.figures.journalCommits).toBe('number');
    }
    // the table says unknown in the commits column, and why under the grid
    const table = formatSweepTable(s).split('\n');
    const header = table.findIndex((l) => l.startsWith('commitIntervalMs'));
    expect(
      table.slice(header + 1, header + 1 + s.cells.length).every((l) => /\bunknown\b/.test(l)),
    ).toBe(true);
    expect(table).toContain(`commits unknown: ${s.unknown['journalCommits']!}`);
  });

  test('one pass over the log for the whole grid; every run, and the baseline, is the replay run alone', async () => {
    const log = await logOf('ext4-small-steady.trace.gz');
    let reads = 0;
    const counted: EventLog = {
      ...log,
      read: (from, opts) => {
        reads++;
        return log.read(from, opts);
      },
    };
    // HZ changes the tracker's jiffy grid: its cells need their own tracker, still in the pass
    const axes = [parseSweepSet('hz=250,1000'), parseSweepSet('dirtyExpireMs=1000,30000')];
    const s = await runSweep(counted, { axes, policies: ['legacy', 'deferred'] });
    // the clock-phase pre-pass and the replay: two reads for baseline and 4 combinations
    expect(reads).toBe(2);
    expect(s.runs).toHaveLength(4);
    for (const [i, run] of s.runs.entries()) {
      const params = s.cells[i * 2]!.params;
      const alone = await replayLog(log, {
        sim: { ...params, writeback: 'modelled' },
        policies: ['legacy', 'deferred'],
      });
      expect(resultToJson(run)).toBe(resultToJson(alone));
    }
    const baseline = await replayLog(log, { policies: ['legacy'] });
    expect(resultToJson(s.baseline)).toBe(resultToJson(baseline));
  });

  test('a longer expire interval writes fewer pages of a rewrite-heavy workload and leaves mtime staler', async () => {
    const log = await logOf('ext4-steady-rand-msync-async.trace.gz');
    const s = await runSweep(log, {
      sim: STEADY_CAPTURED,
      axes: [parseSweepSet('dirtyExpireMs=1000,3000')],
    });
    const [short, long] = s.cells;
    expect(long!.figures.dataPagesWritten).toBeLessThan(short!.figures.dataPagesWritten);
    expect(long!.figures.mtimeStaleness.meanMs).toBeGreaterThan(
      short!.figures.mtimeStaleness.meanMs,
    );
  });

  test('a longer commit interval gives fewer journal commits; HZ=1000 more timestamp updates than 250', async () => {
    const log = await logOf('ext4-small-steady.trace.gz');
    const commit = await runSweep(log, { axes: [parseSweepSet('commitIntervalMs=100,5000')] });
    const [c100, c5000] = commit.cells;
    expect(c100!.retimed).toBe(false);
    expect(c5000!.figures.journalCommits).toBeLessThan(c100!.figures.journalCommits);
    const hz = await runSweep(log, { axes: [parseSweepSet('hz=250,1000')] });
    const [h250, h1000] = hz.cells;
    expect(h1000!.figures.timestampUpdates).toBeGreaterThan(h250!.figures.timestampUpdates);
  });
});
