// Whether a run's capture is whole (#15.5): ingest ends every capture with an end event, and
// replay marks each run complete, incomplete (no end: a torn log tail, a killed ingest, a writer
// still running; or a damaged input; or events missing before the end) or unknown (a log
// written before end events existed).
import { readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../ingest/index.js';
import type { CanonicalEvent } from '../../../src/events/index.js';
import { createFileEventLog, createMemoryEventLog } from '../../../src/log/index.js';
import { ingestCountsKnown, replayCaptures } from '../../../src/sim/index.js';
import type { RunResult } from '../../../src/sim/results.js';
import { FIXTURES, TRACES, tempDir } from '../ingest/helpers.js';

const CAPTURE = join(TRACES, 'ext4-fault512-sparse.trace.gz');
const POLICIES = { policies: ['legacy'] };

async function ingestInto(dir: string, files = [CAPTURE]): Promise<void> {
  const log = await createFileEventLog({ dir });
  try {
    await ingestFiles(files, log);
  } finally {
    await log.close();
  }
}

async function replayDir(dir: string): Promise<RunResult[]> {
  const log = await createFileEventLog({ dir, readOnly: true, onWarning: () => undefined });
  try {
    return await replayCaptures(log, POLICIES);
  } finally {
    await log.close();
  }
}

const completeness = (runs: readonly RunResult[]): unknown[] =>
  runs.map((r) => [r.captureId, r.completeness, r.incompleteReason]);

describe('capture completeness', () => {
  it('an ingested capture replays complete, its end event counted like any event', async () => {
    const dir = tempDir();
    await ingestInto(dir);
    const runs = await replayDir(dir);
    expect(completeness(runs)).toEqual([['ext4-fault512-sparse', 'complete', undefined]]);
    const log = await createFileEventLog({ dir, readOnly: true });
    const end = await log.endOffset();
    expect(runs[0]!.events).toBe(end);
    await log.close();
  });

  it('the same log cut mid-capture (a torn tail) replays incomplete', async () => {
    const dir = tempDir();
    await ingestInto(dir);
    const seg = readdirSync(dir).find((f) => f.endsWith('.seg'))!;
    truncateSync(join(dir, seg), Math.floor(statSync(join(dir, seg)).size / 2));
    const runs = await replayDir(dir);
    expect(completeness(runs)).toEqual([['ext4-fault512-sparse', 'incomplete', 'no-end-record']]);
  });

  it('a log written before end events existed replays with completeness unknown', async () => {
    const dir = tempDir();
    const old = join(FIXTURES, 'logs', 'pre-capture-end');
    for (const f of readdirSync(old))
      writeFileSync(join(dir, f.replace(/\.gz$/, '')), gunzipSync(readFileSync(join(old, f))));
    const runs = await replayDir(dir);
    expect(completeness(runs)).toEqual([['ext4-fault512-sparse', 'unknown', undefined]]);
    // Nor does it know what its ingest skipped: not a made-up 0 (no run_skipped row for it).
    expect(runs[0]!.skipped).toBeUndefined();
    expect(ingestCountsKnown(runs[0]!)).toBe(false);
    // Ingesting more into that log: the new capture knows its completeness, the old one not.
    await ingestInto(dir, [join(TRACES, 'ext4-fault512-prealloc.trace.gz')]);
    const both = await replayDir(dir);
    expect(completeness(both)).toEqual([
      ['ext4-fault512-sparse', 'unknown', undefined],
      ['ext4-fault512-prealloc', 'complete', undefined],
    ]);
    expect(both.map(ingestCountsKnown)).toEqual([false, true]);
  });

  it('a damaged input, or events missing before the end, is incomplete', async () => {
    const cut = join(tempDir(), 'cut.trace.gz');
    const whole = readFileSync(CAPTURE);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const log = createMemoryEventLog();
    await ingestFiles([cut], log);
    expect(completeness(await replayCaptures(log, POLICIES))).toEqual([
      ['cut', 'incomplete', 'input-damaged'],
    ]);

    const events: CanonicalEvent[] = [];
    const full = createMemoryEventLog();
    await ingestFiles([CAPTURE], full);
    for await (const b of full.read(0)) for (const r of b) events.push(r.event);
    const gap = createMemoryEventLog();
    await gap.append(events.filter((_e, i) => i !== 100));
    expect(completeness(await replayCaptures(gap, POLICIES))).toEqual([
      ['ext4-fault512-sparse', 'incomplete', 'events-missing'],
    ]);
  });
});
