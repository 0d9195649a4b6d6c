/**
 * Benchmark: ingest (KERNEL.md B formats -> canonical events -> event log).
 *
 * Cost model. The issue asks for >= 1,000,000 lines/s on one core for parse + normalise +
 * encode + append, i.e. under 1 µs per line for: the UTF-8 decode of its ~120 bytes (one
 * `toString` per MiB block), the charCodeAt scan of the context columns, a few `indexOf` for
 * the payload fields, 1-3 BigInt conversions (timestamp, addresses), one event object, the
 * protobuf encode and the buffered file append. Memory must stay flat: one chunk, one block,
 * one 4096-event batch and the log's write buffer, whatever the input size.
 *
 * Figures, all on the shared large input (the ftrace captures repeated, `ctx.largeInput`):
 * - parse only: line splitting + context/event-name scan, no normalisation;
 * - parse + normalise: canonical events, no log;
 * - full path: `ingestFiles` into the segmented file log (encode + append + fsync at the end);
 * - peak RSS during the full path (sampled every 20 ms) and its growth over the RSS before it;
 * - baseline: ClickHouse's own `Regexp` input format parsing the same file through chdb with
 *   max_threads=1 and parallel parsing off (a regex with the same captures as the B.1 layout:
 *   comm, pid, cpu, flags, seconds, fraction, event, payload), rows counted and one column
 *   summed so no column can be skipped.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ingestFiles, CaptureReader } from '../../ingest/index.js';
import { Interner, LineKind, newRawLine, parseLineAt } from '../../ingest/ftrace/line-parser.js';
import { lineBlocks } from '../../ingest/source/line-blocks.js';
import { openTraceSource } from '../../ingest/source/open-source.js';
import { createFileEventLog } from '../../src/log/file-event-log.js';
import type { BenchContext, BenchFigure, BenchSection } from '../section.js';

interface ChdbModule {
  query(sql: string, format: string): string;
}

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
  let lines = 0;
  let events = 0;
  for await (const block of lineBlocks(source.chunks())) {
    if (block.kind === 'oversize') {
      lines++;
      continue;
    }
    const text = block.text;
    let s = 0;
    while (s < text.length) {
      let e = text.indexOf('\n', s);
      if (e === -1) e = text.length;
      if (parseLineAt(text, s, e, raw, names) === LineKind.Event) events++;
      lines++;
      s = e + 1;
    }
  }
  return { lines, events };
}

async function parseNormalise(path: string): Promise<{ lines: number; events: number }> {
  const reader = new CaptureReader(path);
  let events = 0;
  for await (const b of reader.batches()) events += b.length;
  return { lines: reader.stats.lines, events };
}

function chdbBaseline(
  path: string,
  log: (m: string) => void,
): { seconds: number; rows: number } | { error: string } {
  let chdb: ChdbModule;
  try {
    // Only src/store/chdb-result-store.ts may import chdb in the engine; the bench measures
    // ClickHouse's own parser as the baseline, so it loads chdb itself (at run time).
    chdb = createRequire(import.meta.url)('chdb') as ChdbModule;
  } catch (e) {
    return { error: `chdb not loadable: ${(e as Error).message}` };
  }
  const sql =
    `SELECT count() AS n, sum(pid) AS p FROM file(${sqlString(path)}, 'Regexp', ` +
    `'comm String, pid UInt32, cpu UInt32, flags String, sec UInt64, frac UInt64, event String, payload String') ` +
    `SETTINGS format_regexp=${sqlString(FTRACE_REGEXP)}, format_regexp_escaping_rule='Raw', ` +
    `format_regexp_skip_unmatched=1, max_threads=1, input_format_parallel_parsing=0, optimize_count_from_files=0`;
  try {
    // Warm-up on the same query (loads the engine), then the measured run.
    log('ingest bench: chdb Regexp warm-up');
    chdb.query('SELECT 1', 'CSV');
    const t0 = performance.now();
    const out = chdb.query(sql, 'JSONEachRow');
    const seconds = (performance.now() - t0) / 1000;
    const rows = Number((JSON.parse(out.trim()) as { n: number | string }).n);
    return { seconds, rows };
  } catch (e) {
    return { error: `chdb query failed: ${(e as Error).message.split('\n')[0] ?? ''}` };
  }
}

export const section: BenchSection = {
  name: 'ingest: readers, normaliser, file log',
  async run(ctx: BenchContext): Promise<readonly BenchFigure[]> {
    const input = ctx.largeInput;
    if (input === undefined) throw new Error('ingest bench needs ctx.largeInput');
    const mib = (input.bytes / 2 ** 20).toFixed(0);
    ctx.log(`ingest bench: ${input.lines.toLocaleString('en-US')} lines (${mib} MiB)`);

    const chdb = chdbBaseline(input.path, (m) => {
      ctx.log(m);
    });
    const chdbRate = 'error' in chdb ? undefined : input.lines / chdb.seconds;
    if ('error' in chdb) ctx.log(`ingest bench: ${chdb.error}`);
    const versus = (value: number): BenchFigure['baseline'] =>
      chdbRate === undefined
        ? undefined
        : { name: 'chdb Regexp (1 thread)', value: chdbRate, ratio: value / chdbRate };

    ctx.log('ingest bench: parse only');
    const p = await timed(() => parseOnly(input.path));
    ctx.log('ingest bench: parse + normalise');
    const n = await timed(() => parseNormalise(input.path));

    ctx.log('ingest bench: parse + normalise + encode + append (file log)');
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 20);
    const dir = join(ctx.workDir, 'ingest-log');
    const full = await timed(async () => {
      const log = await createFileEventLog({ dir });
      try {
        return await ingestFiles([input.path], log);
      } finally {
        await log.close();
      }
    });
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    const summary = full.value;
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
      name: 'ingest: parse only',
      value: parseRate,
      unit: 'lines/s',
      ...(pb === undefined ? {} : { baseline: pb }),
      target: '>= 2.5x chdb Regexp',
    });
    const normRate = n.value.lines / n.seconds;
    const nb = versus(normRate);
    add({
      name: 'ingest: parse + normalise',
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
