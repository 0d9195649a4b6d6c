/**
 * `npm run bench`: one process runs every benchmark section and prints one table.
 *
 * 1. Build the shared large input once: the ftrace captures (`*.trace.gz` in
 *    test/fixtures/captures, or BENCH_TRACES) repeated with shifted timestamps into a
 *    scratch directory, ~10M lines by default (BENCH_SCALE scales it, e.g. BENCH_SCALE=0.1 for
 *    a 1M-line CI run). Sections find it as `ctx.largeInput`.
 * 2. Run each section listed in SECTIONS whose module exists (`bench/sections/<name>.ts`);
 *    a missing module is skipped, a failing one is reported and the others still run.
 * 3. Print the table (figure, value, unit, baseline, ratio, target) and write
 *    `bench-output/results.json` (in the current directory).
 *
 * Run with `--expose-gc` (the npm script does) so sections can collect between measurements.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
  fsyncSync,
  readdirSync,
  existsSync,
} from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BenchContext, BenchFigure, BenchSection } from './section.js';

/** Sections in run order; `ingest` first (it measures the large input the others may reuse). */
const SECTIONS = ['ingest', 'log', 'replay', 'store', 'kafka', 'sweep'] as const;

/** The captures repeated into the large input: BENCH_TRACES, else the repository's own. */
const TRACES_FROM_ENV = process.env['BENCH_TRACES'];
const SHARED_TRACES =
  TRACES_FROM_ENV !== undefined && TRACES_FROM_ENV !== ''
    ? TRACES_FROM_ENV
    : join('test', 'fixtures', 'captures');
const DEFAULT_LINES = 10_000_000;

interface SourceLine {
  readonly head: string;
  readonly sec: number;
  readonly frac: string;
  readonly tail: string;
}

/** ftrace line: everything up to the timestamp, the timestamp, the rest. */
const TS = /^(.*?\]\s+(?:\S{4,6}\s+)?)(\d+)\.(\d+)(:.*)$/;

function loadSource(path: string): SourceLine[] {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const out: SourceLine[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = TS.exec(line);
    if (m === null) continue;
    out.push({ head: m[1]!, sec: Number(m[2]), frac: m[3]!, tail: m[4]! });
  }
  return out;
}

/**
 * Writes ~`target` lines: the captures one after another, again and again, each copy shifted
 * so timestamps keep increasing (1 s gap between copies). The header comment says what it is.
 */
export function buildLargeInput(
  dir: string,
  target: number,
  log: (m: string) => void,
): { path: string; lines: number; bytes: number } {
  const files = existsSync(SHARED_TRACES)
    ? readdirSync(SHARED_TRACES)
        .filter((f) => f.endsWith('.trace.gz'))
        .sort()
    : [];
  if (files.length === 0)
    throw new Error(`no *.trace.gz captures in ${SHARED_TRACES} (set BENCH_TRACES)`);
  const sources = files.map((f) => loadSource(join(SHARED_TRACES, f)));
  const path = join(dir, 'large-input.trace');
  const fd = openSync(path, 'w');
  let lines = 0;
  let bytes = 0;
  let shift = 0;
  const header = `# tracer: nop\n# faultreplay bench input: ${files.join(', ')} repeated with shifted timestamps\n`;
  bytes += writeSync(fd, header);
  lines += 2;
  let parts: string[] = [];
  let partBytes = 0;
  const flush = (): void => {
    const buf = Buffer.from(parts.join(''));
    bytes += writeSync(fd, buf);
    parts = [];
    partBytes = 0;
  };
  outer: for (;;) {
    for (const src of sources) {
      if (src.length === 0) continue;
      const first = src[0]!.sec;
      const base = shift - first;
      for (const l of src) {
        const s = `${l.head}${l.sec + base}.${l.frac}${l.tail}\n`;
        parts.push(s);
        partBytes += s.length;
        if (partBytes > 8 << 20) flush();
        if (++lines >= target) break outer;
      }
      shift += src[src.length - 1]!.sec - first + 1;
    }
  }
  flush();
  // On disk before anything is measured: the kernel's background writeback of a freshly written
  // gigabyte would otherwise run during the first measurements (and take CPU from them).
  fsyncSync(fd);
  closeSync(fd);
  log(
    `bench: large input ${path}: ${lines.toLocaleString('en-US')} lines, ${(bytes / 2 ** 20).toFixed(0)} MiB`,
  );
  return { path, lines, bytes };
}

async function loadSection(name: string): Promise<BenchSection | undefined> {
  try {
    const mod = (await import(`./sections/${name}.js`)) as { section?: BenchSection };
    return mod.section;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && (e as Error).message.includes(`sections/${name}.js`))
      return undefined;
    throw e;
  }
}

function fmtValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en-US');
  return v.toPrecision(3);
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) =>
          c === 1 || c === 4 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(): Promise<number> {
  const scaleEnv = Number(process.env['BENCH_SCALE'] ?? '1');
  const scale = Number.isFinite(scaleEnv) && scaleEnv > 0 ? scaleEnv : 1;
  const only = process.env['BENCH_ONLY']?.split(',').filter((s) => s !== '');
  const workDir = mkdtempSync(join(tmpdir(), 'faultreplay-bench-'));
  const log = (m: string): void => {
    process.stderr.write(`${m}\n`);
  };
  const results: { section: string; figures: readonly BenchFigure[]; error?: string }[] = [];
  try {
    const target = Math.max(10_000, Math.round(DEFAULT_LINES * scale));
    const largeInput = buildLargeInput(workDir, target, log);
    const ctx: BenchContext = { workDir, scale, log, largeInput };
    for (const name of SECTIONS) {
      if (only !== undefined && !only.includes(name)) continue;
      const section = await loadSection(name);
      if (section === undefined) {
        log(`bench: no section '${name}' (bench/sections/${name}.ts): skipped`);
        continue;
      }
      log(`bench: section ${name} (${section.name})`);
      try {
        globalThis.gc?.();
        const figures = await section.run(ctx);
        results.push({ section: name, figures });
      } catch (e) {
        log(`bench: section ${name} failed: ${(e as Error).stack ?? String(e)}`);
        results.push({ section: name, figures: [], error: String(e) });
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  const rows: string[][] = [['figure', 'value', 'unit', 'baseline', 'ratio', 'target']];
  for (const r of results) {
    if (r.error !== undefined)
      rows.push([`${r.section}: FAILED`, '', '', r.error.slice(0, 60), '', '']);
    for (const f of r.figures) {
      rows.push([
        f.name,
        fmtValue(f.value),
        f.unit,
        f.baseline === undefined ? '' : `${f.baseline.name} ${fmtValue(f.baseline.value)}`,
        f.baseline === undefined ? '' : `${f.baseline.ratio.toFixed(2)}x`,
        f.target ?? '',
      ]);
    }
  }
  process.stdout.write(`${table(rows)}\n`);
  for (const r of results)
    for (const f of r.figures)
      if (f.note !== undefined) process.stdout.write(`  note (${f.name}): ${f.note}\n`);
  mkdirSync('bench-output', { recursive: true });
  const machine = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memGiB: Math.round(totalmem() / 2 ** 30),
    loadavg: (await import('node:os')).loadavg(),
  };
  writeFileSync(
    join('bench-output', 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), scale, machine, sections: results }, null, 2)}\n`,
  );
  process.stdout.write('wrote bench-output/results.json\n');
  return results.some((r) => r.error !== undefined) ? 1 : 0;
}

process.exitCode = await main();
