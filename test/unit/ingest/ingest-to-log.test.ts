// ingestFiles into the real segmented file log: the same input gives byte-identical log files,
// and the log reads back exactly the events readEvents produced.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureReader, ingestFiles } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { ReplayError } from '../../../src/errors.js';
import type { EventLog } from '../../../src/log/event-log.js';
import { createFileEventLog } from '../../../src/log/file-event-log.js';
import { SCENARIOS, TRACES, tempDir } from './helpers.js';

const FILES = [
  join(TRACES, 'ext4-small-steady.tracecmd-report.gz'),
  join(SCENARIOS, 'xfs_default.trace'),
  join(SCENARIOS, 'perf_script_sample.txt'),
];

async function ingestInto(dir: string): Promise<Awaited<ReturnType<typeof ingestFiles>>> {
  const log = await createFileEventLog({ dir });
  try {
    return await ingestFiles(FILES, log);
  } finally {
    await log.close();
  }
}

const j = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

describe('ingest into the file log', () => {
  it('the same input gives a byte-identical log', async () => {
    const a = tempDir();
    const b = tempDir();
    const sa = await ingestInto(a);
    const sb = await ingestInto(b);
    expect(j(sb)).toBe(j(sa));
    const names = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(names);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names)
      expect(readFileSync(join(b, n)).equals(readFileSync(join(a, n))), n).toBe(true);
  });

  it('reads back what readEvents produced, with the summary counts', async () => {
    const dir = tempDir();
    const summary = await ingestInto(dir);
    const expected: CanonicalEvent[] = [];
    for (const f of FILES) {
      const events: CanonicalEvent[] = [];
      const reader = new CaptureReader(f);
      for await (const b of reader.batches()) events.push(...b);
      // Ingest ends each capture with its end event: what came before, the input bytes read,
      // and the lines it skipped or kept unmodelled.
      const last = events[events.length - 1]!;
      const end = {
        events: events.length,
        inputBytes: statSync(f).size,
        inputDamaged: false,
        badLines: reader.stats.malformed,
        payloadMismatchLines: reader.stats.payloadMismatch,
      };
      expected.push(...events, {
        ...{ captureId: last.captureId, seq: events.length, ts: last.ts, cpu: 0, pid: 0 },
        ...{ tgid: -1, comm: '', line: 0, type: 'capture_end', data: end },
      });
    }
    const log = await createFileEventLog({ dir, readOnly: true });
    const got: CanonicalEvent[] = [];
    for await (const recs of log.read(0)) for (const r of recs) got.push(r.event);
    await log.close();
    expect(got.length).toBe(expected.length);
    expect(summary.events).toBe(expected.length);
    expect(summary.nextOffset).toBe(expected.length);
    for (let i = 0; i < got.length; i++) {
      if (j(got[i]) !== j(expected[i])) expect(got[i]).toEqual(expected[i]);
    }
    expect(summary.files.map((f) => [f.format, f.captureId])).toEqual([
      ['trace-cmd', 'ext4-small-steady'],
      ['ftrace', 'xfs_default'],
      ['perf', 'perf_script_sample'],
    ]);
    expect(summary.byKind['header']).toBe(3);
    expect(summary.byKind['capture_end']).toBe(3);
    expect(summary.malformed).toBe(0);
  });
});

describe('ingest into a failing log', () => {
  it('a log error is not an input problem: it propagates, after what was stored', async () => {
    const stored: CanonicalEvent[] = [];
    let calls = 0;
    const log: EventLog = {
      append(events) {
        calls++;
        if (calls === 3)
          return Promise.reject(new ReplayError('RPL_LOG_IO', 'disk full', { retriable: false }));
        const firstOffset = stored.length;
        stored.push(...events);
        return Promise.resolve({ firstOffset, nextOffset: stored.length });
      },
      flush: () => Promise.resolve(),
      read: () => {
        throw new Error('not used');
      },
      endOffset: () => Promise.resolve(stored.length),
      close: () => Promise.resolve(),
    };
    const big = join(TRACES, 'ext4-steady-rand-msync-async.trace.gz');
    await expect(ingestFiles([big], log)).rejects.toMatchObject({
      code: 'RPL_LOG_IO',
      message: 'disk full',
    });
    // Two whole batches were stored, in order, and nothing after the failed one.
    expect(stored.length).toBe(2 * 4096 + 1);
    expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i));
  });
});

describe('ingest into the file log: one capture id, one file', () => {
  const first = join(TRACES, 'ext4-small-steady.trace.gz');
  const other = join(TRACES, 'ext4-fault512-sparse.trace.gz');
  const third = join(SCENARIOS, 'xfs_default.trace');
  /** As `faultreplay ingest --log DIR` calls it (skipIngested unless --force). */
  async function ingest(dir: string, files: string[], captureId?: string) {
    const log = await createFileEventLog({ dir });
    try {
      return await ingestFiles(files, log, {
        skipIngested: true,
        ...(captureId === undefined ? {} : { captureId }),
      });
    } finally {
      await log.close();
    }
  }
  const end = async (dir: string): Promise<number> => {
    const log = await createFileEventLog({ dir, readOnly: true });
    try {
      return await log.endOffset();
    } finally {
      await log.close();
    }
  };

  it('refuses another file under a taken capture id, naming both, as the Kafka sink does', async () => {
    const dir = tempDir();
    const a = await ingest(dir, [first], 'X');
    expect(a.files.map((f) => f.captureId)).toEqual(['X']);
    const held = await end(dir);
    const b = await ingest(dir, [other], 'X');
    expect(b.files).toEqual([]);
    expect(b.skippedFiles).toHaveLength(1);
    const reason = b.skippedFiles[0]!.reason;
    expect(reason).toMatch(/^capture id X in the event log already holds /);
    expect(reason).toContain(first);
    expect(reason).toContain(other);
    expect(reason).toContain('give it another --capture-id');
    expect(b.issues).toEqual([{ file: other, line: 0, reason }]);
    expect(await end(dir)).toBe(held);
    // The same file again is skipped as already ingested, not refused.
    const again = await ingest(dir, [first], 'X');
    expect(again.skippedFiles).toEqual([]);
    expect(again.alreadyIngested.map((f) => [f.path, f.captureId])).toEqual([[first, 'X']]);
    expect(await end(dir)).toBe(held);
  });

  it('goes on with the other files of the call after a refusal', async () => {
    const dir = tempDir();
    await ingest(dir, [first], 'xfs_default');
    const held = await end(dir);
    // `third`'s default id is xfs_default, taken by `first`; `other` is new.
    const s = await ingest(dir, [third, other]);
    expect(s.skippedFiles.map((f) => f.path)).toEqual([third]);
    expect(s.skippedFiles[0]!.reason).toContain(first);
    expect(s.files.map((f) => f.captureId)).toEqual(['ext4-fault512-sparse']);
    expect(s.firstOffset).toBe(held);
    expect(await end(dir)).toBe(held + s.events);
  });
});
