/**
 * The tunables a `faultreplay capture` header records reach the event log and the replay
 * (issue 16): ext4-tunables-expire1500 was recorded on an ext4 loop mount with `commit=15`
 * while vm.dirty_expire_centisecs was 150 (test/fixtures/captures/README.md).
 */
import { describe, expect, test } from 'vitest';
import { readEvents } from '../../../ingest/index.js';
import type { CaptureHeader } from '../../../src/events/index.js';
import { createMemoryEventLog } from '../../../src/log/index.js';
import type { EventLog } from '../../../src/log/index.js';
import { capturedValues, parseSweepSet, replayLog, runSweep } from '../../../src/sim/index.js';

const TRACES = 'test/fixtures/captures';

async function logOf(file: string): Promise<EventLog> {
  const log = createMemoryEventLog();
  for await (const batch of readEvents(`${TRACES}/${file}`)) await log.append(batch);
  return log;
}

async function headerOf(log: EventLog): Promise<CaptureHeader> {
  for await (const batch of log.read(0)) {
    for (const r of batch) if (r.event.type === 'header') return r.event.data;
  }
  throw new Error('no header');
}

describe('captured tunables', () => {
  test('ingest puts the header line tunables in the log header, unknown ones stay undefined', async () => {
    const h = await headerOf(await logOf('ext4-tunables-expire1500.trace.gz'));
    expect(h).toMatchObject({
      hz: 250,
      dirtyExpireMs: 1500,
      writebackIntervalMs: 5000,
      dirtyBackgroundBytes: 0,
      dirtyBackgroundRatio: 10,
      dirtytimeExpireMs: 43_200_000,
      commitIntervalMs: 15_000,
      mountOptions: 'rw,relatime,rw,commit=15',
    });
    // a capture from before the header carried tunables: nothing made up
    const old = await headerOf(await logOf('ext4-small-steady.trace.gz'));
    expect(old.dirtyExpireMs).toBeUndefined();
    expect(old.commitIntervalMs).toBeUndefined();
    expect(old.mountOptions).toBe('');
  });

  test('the replay runs with the captured values where the options leave them unset, and is then the replay given them', async () => {
    const log = await logOf('ext4-tunables-expire1500.trace.gz');
    const fromHeader = await replayLog(log, {
      sim: { writeback: 'modelled' },
      policies: ['legacy'],
    });
    const config = JSON.parse(fromHeader.configJson) as Record<string, unknown>;
    expect(config).toMatchObject({
      dirtyExpireMs: 1500,
      writebackIntervalMs: 5000,
      commitIntervalMs: 15_000,
      dirtytimeExpireMs: 43_200_000,
      // the ratio was in force: no threshold in bytes is modelled, as without a capture
      dirtyBackgroundBytes: 0,
      captured: { dirtyExpireMs: 1500, commitIntervalMs: 15_000, dirtyBackgroundRatio: 10 },
    });
    const given = await replayLog(log, {
      sim: {
        writeback: 'modelled',
        dirtyExpireMs: 1500,
        writebackIntervalMs: 5000,
        commitIntervalMs: 15_000,
        dirtytimeExpireMs: 43_200_000,
      },
      policies: ['legacy'],
    });
    expect(given).toEqual(fromHeader);
    // an option still wins over the captured value
    const other = await replayLog(log, { sim: { dirtyExpireMs: 30_000 }, policies: ['legacy'] });
    expect(JSON.parse(other.configJson)).toMatchObject({ dirtyExpireMs: 30_000 });
    // without recorded tunables the defaults stand and the configuration has no `captured`
    const old = await replayLog(await logOf('ext4-small-steady.trace.gz'), {
      policies: ['legacy'],
    });
    const oldConfig = JSON.parse(old.configJson) as Record<string, unknown>;
    expect(oldConfig['captured']).toBeUndefined();
    expect(oldConfig).toMatchObject({ dirtyExpireMs: 30_000, commitIntervalMs: null });
  });

  test("a sweep's baseline carries the captured values; a value nobody recorded is left out", async () => {
    const axes = [
      parseSweepSet('dirtyExpireMs=1500,30000'),
      parseSweepSet('commitIntervalMs=5000'),
      parseSweepSet('writebackIntervalMs=5000'),
      parseSweepSet('dirtyBackgroundBytes=1000000'),
      parseSweepSet('hz=1000'),
    ];
    const log = await logOf('ext4-tunables-expire1500.trace.gz');
    const s = await runSweep(log, { axes });
    expect(capturedValues(s.axes, undefined, s.baseline)).toEqual([
      { name: 'dirtyExpireMs', value: 1500 },
      { name: 'commitIntervalMs', value: 15_000 },
      { name: 'writebackIntervalMs', value: 5000 },
      // dirtyBackgroundBytes: 0 bytes with a ratio in force, no threshold in bytes known
      { name: 'hz', value: 250 },
    ]);
    // the cells run with the captured values of the parameters they do not vary
    const cell = JSON.parse(s.runs[0]!.configJson) as Record<string, unknown>;
    expect(cell).toMatchObject({ dirtytimeExpireMs: 43_200_000, writeback: 'modelled' });
    // a capture without recorded tunables: only what the user passes counts as captured
    const old = await logOf('ext4-small-steady.trace.gz');
    // and its HZ, which no header gave, is not stored as the 250 the replay assumed (#16.4)
    const o = await runSweep(old, {
      axes: [...axes.slice(0, 2), axes[4]!],
      sim: { commitIntervalMs: 4000 },
    });
    expect(capturedValues(o.axes, { commitIntervalMs: 4000 }, o.baseline)).toEqual([
      { name: 'commitIntervalMs', value: 4000 },
    ]);
    expect(JSON.parse(o.baseline.configJson)).toMatchObject({ hz: 250, hzUnknown: true });
    expect(JSON.parse(s.baseline.configJson)).not.toHaveProperty('hzUnknown');
  });
});
