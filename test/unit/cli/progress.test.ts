// Phase progress: the line formats, the redraw limit on a terminal, and the plain lines off one.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatPhaseDone,
  formatProgress,
  REDRAW_MS,
  startPhase,
  withReadProgress,
} from '../../../src/cli/progress.js';
import { createMemoryEventLog } from '../../../src/log/index.js';
import { sampleEvents } from '../codec/random-events.js';

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (b: Buffer) => (text += b.toString()));
  return { stream, text: () => text };
}

describe('progress lines', () => {
  it('formats bytes in SI units and counts with separators', () => {
    expect([formatAmount(999, 'bytes'), formatAmount(213_719, 'bytes')]).toEqual([
      '999 B',
      '214 kB',
    ]);
    expect([formatAmount(1_170_000_000, 'bytes'), formatAmount(23_285, 'events')]).toEqual([
      '1.17 GB',
      '23,285 events',
    ]);
    expect([formatAmount(1, 'runs'), formatAmount(3, 'runs')]).toEqual(['1 run', '3 runs']);
  });

  it('shows done of total, rate and ETA', () => {
    const line = formatProgress({
      phase: 'ingest',
      unit: 'bytes',
      done: 30_000_000,
      total: 120_000_000,
      elapsedMs: 2000,
      detail: 'a.trace.gz',
    });
    expect(line).toBe('ingest a.trace.gz: 30.0 MB of 120 MB (25%)  15.0 MB/s  ETA 6.0 s');
    expect(
      formatProgress({ phase: 'replay', unit: 'events', done: 5, total: undefined, elapsedMs: 0 }),
    ).toBe('replay: 5 events');
    expect(
      formatPhaseDone({
        phase: 'replay',
        unit: 'events',
        done: 90_000,
        total: 90_000,
        elapsedMs: 90_000,
      }),
    ).toBe('replay: 90,000 events in 1 min 30 s (1,000 events/s)');
  });

  it('redraws a terminal line at most every 200 ms and ends with the final line', () => {
    const err = sink();
    let now = 0;
    const p = startPhase({ stderr: err.stream, interactive: true }, 'run', {
      phase: 'replay',
      unit: 'events',
      total: 100,
      clock: () => now,
    });
    for (let i = 1; i <= 100; i++) {
      now = i * 10; // 1 s in all: at most 5 redraws plus the first
      p.update(i);
    }
    p.finish();
    p.finish();
    const draws = err
      .text()
      .split('\r\x1b[K')
      .filter((s) => s !== '');
    expect(draws.length).toBeLessThanOrEqual(1000 / REDRAW_MS + 2);
    expect(draws.length).toBeGreaterThanOrEqual(3);
    expect(draws.at(-1)).toBe('faultreplay run: replay: 100 events in 1.0 s (100 events/s)\n');
  });

  it('off a terminal writes one plain line when a phase starts and one when it ends', () => {
    const err = sink();
    let now = 0;
    const p = startPhase({ stderr: err.stream, interactive: false }, 'ingest', {
      phase: 'ingest',
      unit: 'bytes',
      total: 4000,
      clock: () => now,
    });
    for (let i = 1; i <= 4; i++) {
      now = i * 500;
      p.update(i * 1000);
    }
    p.finish();
    expect(err.text()).toBe(
      'faultreplay ingest: ingest: started, 4.00 kB in all\nfaultreplay ingest: ingest: 4.00 kB in 2.0 s (2.00 kB/s)\n',
    );
  });

  it('counts the records each read of the log returns, numbering the reads', async () => {
    const log = createMemoryEventLog();
    const seen: [number, number, number][] = [];
    const tracked = withReadProgress(log, (n, from, read) => seen.push([n, from, read]));
    await tracked.append(sampleEvents(5, 1, 0));
    for (let pass = 0; pass < 2; pass++) {
      for await (const batch of tracked.read(1, { batchSize: 2 })) void batch;
    }
    expect(seen).toEqual([
      [2, 1, 1],
      [4, 1, 1],
      [2, 1, 2],
      [4, 1, 2],
    ]);
  });
});
