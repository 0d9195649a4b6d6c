// Live capture must give what "capture to a file, then ingest it" gives: the live sink feeds the
// same bytes through the same reader. Here a real capture's text is streamed through the sink in
// odd-sized chunks (no tracefs needed) and compared with ingesting the file the file sink would
// have written; kernel-counted losses the stream never marked become lost events at the end.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createLiveSink } from '../../../ingest/capture/live-sink.js';
import { formatCaptureHeader, type CaptureFileHeader } from '../../../ingest/capture/header.js';
import type { CaptureSummary } from '../../../ingest/capture/recorder.js';
import { ingestFiles } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { createMemoryEventLog, type EventLog } from '../../../src/log/index.js';
import { TRACES, tempDir } from '../ingest/helpers.js';

const HEADER: CaptureFileHeader = {
  kernel: '6.18.0-test',
  clock: 'mono',
  hz: 250,
  host: 'testhost',
  started: '2026-11-22T00:00:00Z',
  events: ['exceptions:page_fault_user'],
  pids: [],
  comms: [],
  dev: '7:0',
  fsType: 'xfs',
  bufferKb: 8192,
};

async function eventsOf(log: EventLog): Promise<CanonicalEvent[]> {
  const out: CanonicalEvent[] = [];
  for await (const b of log.read(0)) for (const r of b) out.push(r.event);
  return out;
}

/** A memory log whose close() keeps the data readable (the sink closes what it opened). */
function keptLog(): { log: EventLog; view: EventLog } {
  const log = createMemoryEventLog();
  return { log, view: { ...log, close: () => Promise.resolve() } as EventLog };
}

const FAULT_LINE =
  '           mmw-9956    [001] d..1.   510.604611: page_fault_user: address=0x7f10dc52bb70 ip=0x55e5f5c0a3c1 error_code=0x6\n';

/** A live sink into a kept memory log, begun with HEADER. */
async function startedSink(): Promise<{ log: EventLog; sink: ReturnType<typeof createLiveSink> }> {
  const { log, view } = keptLog();
  const sink = createLiveSink({
    captureId: 'live',
    openLog: () => Promise.resolve(view),
    target: 'memory',
  });
  await sink.begin(HEADER);
  return { log, sink };
}

describe('live sink', () => {
  it('streams a capture into the same events as ingesting its file, plus kernel losses', async () => {
    const body = gunzipSync(readFileSync(join(TRACES, 'ext4-small-steady.trace.gz')));
    const path = join(tempDir('live-sink-'), 'capture.trace');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from(`${formatCaptureHeader(HEADER)}\n# tracer: nop\n#\n`), body]),
    );
    const fromFile = createMemoryEventLog();
    const summary = await ingestFiles([path], fromFile, { captureId: 'live' });
    // The same events, except that a stream has no file whose content the header could hash,
    // and its end event follows the kernel losses.
    const fileEvents = await eventsOf(fromFile);
    expect(fileEvents[fileEvents.length - 1]?.type).toBe('capture_end');
    const want = fileEvents
      .slice(0, -1)
      .map((e) => (e.type === 'header' ? { ...e, data: { ...e.data, contentHash: '' } } : e));
    const first = (await eventsOf(fromFile))[0];
    expect(first?.type === 'header' ? first.data.contentHash : '').toMatch(/^sha256:[0-9a-f]{64}$/);

    const { log, view } = keptLog();
    const sink = createLiveSink({
      captureId: 'live',
      openLog: () => Promise.resolve(view),
      target: 'memory',
      source: path,
      batchSize: 500,
      maxDelayMs: 60_000,
    });
    await sink.begin(HEADER);
    for (let at = 0, step = 1; at < body.length; at += step, step = (step * 7 + 13) % 9000) {
      await sink.write(body.subarray(at, at + step));
    }
    const end = {
      cpuLoss: [
        { cpu: 1, overrun: 40, dropped: 2, commitOverrun: 0 },
        { cpu: 0, overrun: 0, dropped: 0, commitOverrun: 0 },
      ],
    } as unknown as CaptureSummary;
    await sink.end(end);
    const got = await eventsOf(log);

    expect(got.slice(0, want.length)).toEqual(want);
    const extra = got.slice(want.length);
    expect(extra).toHaveLength(2);
    expect(extra[0]).toMatchObject({
      seq: want.length,
      type: 'lost',
      data: { cpu: 1, count: 42, countKnown: true, kind: 'lost' },
    });
    expect(extra[1]).toMatchObject({
      seq: want.length + 1,
      type: 'capture_end',
      data: {
        events: want.length + 1,
        inputBytes: 0,
        inputDamaged: false,
        badLines: summary.malformed,
        payloadMismatchLines: summary.payloadMismatch,
      },
    });
    expect(sink.stats.events).toBe(got.length);
    expect(sink.stats.appends).toBeGreaterThan(want.length / 500);
    expect(sink.stats.lines).toBe(summary.lines);
    expect(sink.stats.lost).toBe(summary.lost + 42);
    expect(sink.stats.issues).toEqual(summary.issues);
  });

  it('reports unreadable lines with their line numbers in the capture-file layout', async () => {
    const { log, sink } = await startedSink();
    const ok = FAULT_LINE;
    await sink.write(Buffer.from(`${ok}this is not a trace line\n${ok}`));
    await sink.end({ cpuLoss: [] } as unknown as CaptureSummary);
    expect(sink.stats.malformed).toBe(1);
    // Three header lines, then the stream: the bad line is line 5.
    expect(sink.stats.issues.map((i) => i.line)).toEqual([5]);
    expect((await eventsOf(log)).map((e) => e.type)).toEqual([
      'header',
      'page_fault',
      'page_fault',
      'capture_end',
    ]);
  });

  it('an aborted capture keeps what was read without an end event', async () => {
    const { log, sink } = await startedSink();
    const ok = FAULT_LINE;
    await sink.write(Buffer.from(ok));
    await sink.abort?.();
    // No end event: the capture replays as incomplete.
    expect((await eventsOf(log)).map((e) => e.type)).toEqual(['header', 'page_fault']);
  });

  it('a log that fails makes the next write fail, and abort still closes the log', async () => {
    let closed = false;
    const failing: EventLog = {
      ...createMemoryEventLog(),
      append: () => Promise.reject(new Error('disk on fire')),
      close: () => {
        closed = true;
        return Promise.resolve();
      },
    } as EventLog;
    const sink = createLiveSink({
      captureId: 'live',
      openLog: () => Promise.resolve(failing),
      target: 'memory',
      batchSize: 1,
    });
    await sink.begin(HEADER);
    const line =
      '           mmw-9956    [001] d..1.   510.604611: page_fault_user: address=0x7f10dc52bb70 ip=0x55e5f5c0a3c1 error_code=0x6\n';
    let error: unknown;
    try {
      for (let i = 0; i < 10; i++) await sink.write(Buffer.from(line.repeat(3)));
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/disk on fire/);
    await sink.abort?.();
    expect(closed).toBe(true);
  });
});
