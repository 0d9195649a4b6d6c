/**
 * Benchmark: ingest (KERNEL.md B formats -> canonical events -> event log).
 *
 * Cost model. The issue asks for >= 1,000,000 lines/s on one core for parse + normalise +
 * encode + append, i.e. under 1 µs per line of ~120 bytes, every thread of the process counted.
 * Measured per line (profiles of this bench, one core): ~0.13 µs parse with the native line
 * scanner (columns, event name ids, page fault and syscall argument values; ~0.27 µs with the
 * JavaScript parser alone), ~0.25 µs normalise and write the payload (read where it sits in the
 * decoded block, straight into the batch buffer, no event object, no bigint below 2^53), ~0.07 µs
 * the envelope, ~0.03 µs framing (native), the rest decode (latin1 for ASCII, 64 KiB blocks),
 * counters, batching, GC and the kernel's copies for the file reads and log writes (~0.07 µs).
 * Memory must stay flat: one chunk, one block, one 4096-record batch and the log's write buffer,
 * whatever the input size.
 *
 * Figures, all on the shared large input (the ftrace captures repeated, `ctx.largeInput`):
 * - parse only: line splitting + context/event-name scan, no normalisation;
 * - parse + normalise + encode: the records the log would get, no log;
 * - full path: `ingestFiles` into the segmented file log (encode + append + fsync at the end),
 *   then again with the JavaScript parser alone (`nativeScan: false`) as its own baseline;
 * - the full path again in a child process pinned to one CPU (`taskset`): every thread of it (GC
 *   helpers, libuv's file writes) shares that core, the strict reading of "on one core"; run
 *   twice, the faster reported and both in the note;
 * - peak RSS during the full path (sampled every 20 ms) and its growth over the RSS before it;
 * - baseline: ClickHouse's own `Regexp` input format parsing the same file through chdb with
 *   max_threads=1 and parallel parsing off (a regex with the same captures as the B.1 layout:
 *   comm, pid, cpu, flags, seconds, fraction, event, payload), rows counted and one column
 *   summed so no column can be skipped.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { ingestFiles, CaptureReader, type IngestSummary } from '../../ingest/index.js';
import { Interner, LineKind, newRawLine } from '../../ingest/ftrace/line-parser.js';
import { BlockLines, nativeLineScan } from '../../ingest/ftrace/line-scan.js';
import { lineBlocks } from '../../ingest/source/line-blocks.js';
import { openTraceSource } from '../../ingest/source/open-source.js';
import { createFileEventLog } from '../../src/log/file-event-log.js';
import type { BenchContext, BenchFigure, BenchSection } from '../section.js';
import { samplePeakRss } from '../peak-rss.js';

const FTRACE_REGEXP = String.raw`^\s*(.+)-(\d+)\s+\[0*(\d+)\]\s+(\S+)\s+(\d+)\.0*(\d+):\s+(\w+)(?:: |\(| -> )(.*)$`;
const sqlString = (s: string): string => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

async function timed<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  globalThis.gc?.();
  const t0 = performance.now();
  const value = await fn();
  return { seconds: (performance.now() - t0) / 1000, value };
}

/** Parse only: blocks of lines, each scanned for its context columns and event name. */
async function parseOnly(path: string): Promise<{ lines: number; events: number }> {
  const source = await openTraceSource(path);
  const raw = newRawLine();
  const names = new Interner();
  const blockLines = new BlockLines();
  let lines = 0;
  let events = 0;
  for await (const block of lineBlocks(source.chunks())) {
    if (block.kind === 'oversize') {
      lines++;
      continue;
    }
    blockLines.reset(block.text, block.ascii);
    for (let k = blockLines.next(raw, names); k !== -1; k = blockLines.next(raw, names)) {
      if (k === LineKind.Event) events++;
      lines++;
    }
  }
  return { lines, events };
}

/** Parse + normalise + encode into batches: the full path without the log. */
async function parseNormalise(path: string): Promise<{ lines: number; events: number }> {
  const reader = new CaptureReader(path);
  let events = 0;
  for await (const b of reader.encodedBatches()) events += b.count;
  return { lines: reader.stats.lines, events };
}

/**
 * Runs the ClickHouse Regexp parse in a child process: chdb keeps background threads alive once
 * loaded, which would compete with every measurement after it in this process. The child times
 * the query alone (engine start-up excluded by a warm-up query).
 */
function chdbBaseline(path: string): { seconds: number; rows: number } | { error: string } {
  const sql =
    `SELECT count() AS n, sum(pid) AS p FROM file(${sqlString(path)}, 'Regexp', ` +
    `'comm String, pid UInt32, cpu UInt32, flags String, sec UInt64, frac UInt64, event String, payload String') ` +
    `SETTINGS format_regexp=${sqlString(FTRACE_REGEXP)}, format_regexp_escaping_rule='Raw', ` +
    `format_regexp_skip_unmatched=1, max_threads=1, input_format_parallel_parsing=0, optimize_count_from_files=0`;
  // Only src/store/chdb-result-store.ts may import chdb in the engine; the bench measures
  // ClickHouse's own parser as the baseline, so its child process loads chdb itself.
  const script = `
    const { query } = require(${JSON.stringify(createRequire(import.meta.url).resolve('chdb'))});
    query('SELECT 1', 'CSV');
    const t0 = performance.now();
    const out = query(process.argv[1], 'JSONEachRow');
    const seconds = (performance.now() - t0) / 1000;
    process.stdout.write(JSON.stringify({ seconds, rows: Number(JSON.parse(out.trim()).n) }));`;
  const r = spawnSync(process.execPath, ['-e', script, sql], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) {
    const why =
      r.stderr.length > 0 ? r.stderr : (r.error?.message ?? `exit ${r.status ?? 'signal'}`);
    return { error: `chdb baseline failed: ${why.split('\n').find((l) => l.trim() !== '') ?? ''}` };
  }
  return JSON.parse(r.stdout) as { seconds: number; rows: number };
}

/** The first CPU this process may run on (a container's cpuset need not include CPU 0). */
function firstAllowedCpu(): number {
  try {
    const m = /^Cpus_allowed_list:\s*(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m === null ? 0 : Number(m[1]);
  } catch {
    return 0;
  }
}

/**
 * The full path in a child process pinned to one CPU with `taskset`, so that every thread of it
 * (V8's GC helpers, libuv's file writes) shares that core: the strict reading of "on one core".
 */
function pinnedFullPath(
  path: string,
  dir: string,
  cpu: number,
): { seconds: number; cpuSeconds: number; lines: number } | { error: string } {
  const url = (p: string): string => JSON.stringify(new URL(p, import.meta.url).href);
  const script = `
    const { ingestFiles } = await import(${url('../../ingest/index.js')});
    const { createFileEventLog } = await import(${url('../../src/log/file-event-log.js')});
    const dir = process.argv[2];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const log = await createFileEventLog({ dir });
    const s = await ingestFiles([process.argv[1]], log);
    await log.close();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    process.stdout.write(JSON.stringify({ seconds, cpuSeconds, lines: s.lines }));`;
  const r = spawnSync(
    'taskset',
    ['-c', String(cpu), process.execPath, '--input-type=module', '-e', script, path, dir],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  rmSync(dir, { recursive: true, force: true });
  if (r.error !== undefined) return { error: `taskset: ${r.error.message}` };
  if (r.status !== 0) {
    const why = r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${r.status ?? 'signal'}`;
    return { error: `pinned run failed: ${why}` };
  }
  return JSON.parse(r.stdout) as { seconds: number; cpuSeconds: number; lines: number };
}

export const section: BenchSection = {
  name: 'ingest: readers, normaliser, file log',
  async run(ctx: BenchContext): Promise<readonly BenchFigure[]> {
    const input = ctx.largeInput;
    if (input === undefined) throw new Error('ingest bench needs ctx.largeInput');
    const mib = (input.bytes / 2 ** 20).toFixed(0);
    ctx.log(`ingest bench: ${input.lines.toLocaleString('en-US')} lines (${mib} MiB)`);

    ctx.log('ingest bench: parse only');
    const p = await timed(() => parseOnly(input.path));
    ctx.log('ingest bench: parse + normalise + encode (no log)');
    const n = await timed(() => parseNormalise(input.path));

    const fullPath = async (
      nativeScan: boolean,
    ): Promise<{ seconds: number; cpuSeconds: number; value: IngestSummary }> => {
      const dir = join(ctx.workDir, `ingest-log-${nativeScan ? 'native' : 'js'}`);
      const cpu0 = process.cpuUsage();
      const run = await timed(async () => {
        const log = await createFileEventLog({ dir });
        try {
          return await ingestFiles([input.path], log, { nativeScan });
        } finally {
          await log.close();
        }
      });
      const cpu1 = process.cpuUsage(cpu0);
      rmSync(dir, { recursive: true, force: true });
      return { ...run, cpuSeconds: (cpu1.user + cpu1.system) / 1e6 };
    };
    ctx.log(
      `ingest bench: parse + normalise + encode + append (file log), native scanner ${nativeLineScan ? 'on' : 'not built'}`,
    );
    const rss = samplePeakRss({ collect: true });
    const rssBefore = rss.before;
    const full = await fullPath(true);
    const cpuSeconds = full.cpuSeconds;
    const rssPeak = rss.stop();
    const summary = full.value;
    let jsOnly: Awaited<ReturnType<typeof fullPath>> | undefined;
    if (nativeLineScan) {
      ctx.log('ingest bench: full path with the JavaScript parser alone (native scanner off)');
      jsOnly = await fullPath(false);
    }

    const cpu = firstAllowedCpu();
    // Twice, the faster run reported (both in the note): on a shared machine one run can be
    // slowed by other work on that core, which is not the code's cost.
    const pinnedRuns: ReturnType<typeof pinnedFullPath>[] = [];
    for (let run = 1; run <= 2; run++) {
      ctx.log(
        `ingest bench: full path in a child process pinned to CPU ${cpu} (taskset), run ${run} of 2`,
      );
      const r = pinnedFullPath(input.path, join(ctx.workDir, 'ingest-log-pinned'), cpu);
      if ('error' in r) ctx.log(`ingest bench: ${r.error}`);
      pinnedRuns.push(r);
    }
    const pinnedOk = pinnedRuns.filter(
      (r): r is Exclude<typeof r, { error: string }> => !('error' in r),
    );
    const pinned =
      pinnedOk.length === 0
        ? pinnedRuns[0]!
        : pinnedOk.reduce((a, b) => (b.seconds < a.seconds ? b : a));

    ctx.log('ingest bench: chdb Regexp baseline (child process)');
    const chdb = chdbBaseline(input.path);
    const chdbRate = 'error' in chdb ? undefined : input.lines / chdb.seconds;
    if ('error' in chdb) ctx.log(`ingest bench: ${chdb.error}`);
    const versus = (value: number): BenchFigure['baseline'] =>
      chdbRate === undefined
        ? undefined
        : { name: 'chdb Regexp (1 thread)', value: chdbRate, ratio: value / chdbRate };
    if (summary.lines !== input.lines)
      throw new Error(`full path read ${summary.lines} of ${input.lines} lines`);
    if (summary.malformed !== 0) throw new Error(`full path: ${summary.malformed} malformed lines`);

    const figures: BenchFigure[] = [];
    const add = (f: BenchFigure): void => {
      figures.push(f);
    };
    const parseRate = p.value.lines / p.seconds;
    const pb = versus(parseRate);
    add({
      name: `ingest: parse only (native scanner ${nativeLineScan ? 'on' : 'not built'})`,
      value: parseRate,
      unit: 'lines/s',
      ...(pb === undefined ? {} : { baseline: pb }),
      target: '>= 2.5x chdb Regexp',
    });
    const normRate = n.value.lines / n.seconds;
    const nb = versus(normRate);
    add({
      name: 'ingest: parse + normalise + encode (no log)',
      value: normRate,
      unit: 'lines/s',
      ...(nb === undefined ? {} : { baseline: nb }),
    });
    const fullRate = summary.lines / full.seconds;
    const fb = versus(fullRate);
    add({
      name: 'ingest: parse+normalise+encode+append (file log)',
      value: fullRate,
      unit: 'lines/s',
      ...(fb === undefined ? {} : { baseline: fb }),
      target: '>= 1,000,000 lines/s and >= 2.5x chdb',
      note: `${summary.events.toLocaleString('en-US')} events from ${summary.lines.toLocaleString('en-US')} lines (${mib} MiB) in ${full.seconds.toFixed(2)} s`,
    });
    if (!('error' in pinned)) {
      const pinnedRate = pinned.lines / pinned.seconds;
      const pinnedVersus = versus(pinnedRate);
      add({
        name: 'ingest: full path, whole process pinned to one core',
        value: pinnedRate,
        unit: 'lines/s',
        ...(pinnedVersus === undefined ? {} : { baseline: pinnedVersus }),
        target: '>= 1,000,000 lines/s on one core',
        note: `taskset -c ${cpu}, all threads on that core, fsync of the log included; faster of ${pinnedOk.length} runs: ${pinnedOk.map((r) => `${r.seconds.toFixed(2)} s wall / ${r.cpuSeconds.toFixed(2)} CPU-s`).join(', ')}`,
      });
    }
    add({
      name: 'ingest: full path per CPU-second',
      value: summary.lines / cpuSeconds,
      unit: 'lines/cpu-s',
      target: '>= 1,000,000 (one core)',
      note: `${cpuSeconds.toFixed(2)} CPU-s (user+system, all threads) for ${full.seconds.toFixed(2)} s wall: on a shared machine this is the per-core figure`,
    });
    if (jsOnly !== undefined) {
      const jsRate = jsOnly.value.lines / jsOnly.cpuSeconds;
      add({
        name: 'ingest: full path per CPU-second, JavaScript parser alone',
        value: jsRate,
        unit: 'lines/cpu-s',
        baseline: {
          name: 'full path with the native scanner',
          value: summary.lines / cpuSeconds,
          ratio: jsRate / (summary.lines / cpuSeconds),
        },
        note: 'FAULTREPLAY_NATIVE=0, or no C compiler at install: the same log bytes, this fast',
      });
    }
    add({
      name: 'ingest: peak RSS during full path',
      value: rssPeak / 2 ** 20,
      unit: 'MiB',
      target: 'flat on any input size',
      note: `RSS before ${(rssBefore / 2 ** 20).toFixed(0)} MiB, growth ${((rssPeak - rssBefore) / 2 ** 20).toFixed(0)} MiB for a ${mib} MiB input`,
    });
    if (chdbRate !== undefined && !('error' in chdb)) {
      add({
        name: 'ingest: chdb Regexp parse (baseline)',
        value: chdbRate,
        unit: 'lines/s',
        note: `${chdb.rows.toLocaleString('en-US')} rows matched in ${chdb.seconds.toFixed(2)} s`,
      });
    }
    return figures;
  },
};
