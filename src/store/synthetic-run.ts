/**
 * A deterministic, realistic-looking `RunResult` for store tests, the bench and dashboard demos
 * when no real replay is at hand: several policies over several files, log2 histograms whose
 * totals match the latency counts, a per-second timeline and deltas computed from the totals
 * exactly as the contract defines them ((value - legacy) / legacy, 0 when legacy is 0).
 * Same options, same result, byte for byte.
 */
import type {
  NullableObserved,
  CostUsed,
  FileFigures,
  LatencySummary,
  Log2Histogram,
  MetricDelta,
  MtimeStaleness,
  ObservedFigures,
  PolicyFigures,
  PolicyResult,
  RunResult,
  TimelinePoint,
} from '../sim/results.js';
import { COUNTER_COLUMNS } from './rows.js';

export interface SyntheticRunOptions {
  /** @default 'run-synthetic' */
  readonly runId?: string;
  /** @default 'capture-synthetic' */
  readonly captureId?: string;
  /** @default ['legacy', 'deferred', 'lazytime', 'mapsync'] */
  readonly policies?: readonly string[];
  /** Files per policy. @default 5 */
  readonly files?: number;
  /** Timeline length in seconds. @default 30 */
  readonly seconds?: number;
  /** @default 1 */
  readonly seed?: number;
  /**
   * Observed figures the capture could not show (figure -> reason): null in legacy's observed
   * column, as on a filesystem whose trace lacks them. @default {}
   */
  readonly unknownObserved?: Readonly<Partial<Record<NullableObserved, string>>>;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function histogram(rand: () => number, count: number, center: number): Log2Histogram {
  const h: number[] = [];
  let left = count;
  for (let b = 0; left > 0 && b < 24; b++) {
    const share =
      b >= center + 3
        ? left
        : Math.floor(left * Math.min(1, 0.15 + rand() * 0.3 + (b >= center ? 0.3 : 0)));
    h.push(share);
    left -= share;
  }
  while (h.length > 0 && h[h.length - 1] === 0) h.pop();
  return h;
}

function summary(rand: () => number, count: number, base: number): LatencySummary {
  if (count === 0) return { count: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  const p50 = round3(base * (0.8 + rand() * 0.4));
  const p90 = round3(p50 * (1.5 + rand()));
  const p99 = round3(p90 * (1.5 + rand() * 2));
  const max = round3(p99 * (1 + rand() * 4));
  return { count, mean: round3((p50 + p90) / 2), p50, p90, p99, max };
}

function figures(rand: () => number, scale: number, faultBase: number): PolicyFigures {
  const writeFaults = Math.round(1000 * scale * (0.5 + rand()));
  const msyncCalls = Math.round(writeFaults / (5 + rand() * 10));
  const dataPagesWritten = Math.round(writeFaults * (0.6 + rand() * 0.4));
  const dataBytesWritten = dataPagesWritten * 4096;
  const metadataBytesWritten = Math.round(rand() * 50) * 4096;
  const journalBytesWritten = Math.round(rand() * 80) * 4096;
  const bytesWritten = dataBytesWritten + metadataBytesWritten + journalBytesWritten;
  const bytesDirtied = Math.round(writeFaults * 0.9) * 4096;
  const staleness: MtimeStaleness = {
    suSViolations: Math.round(rand() * 5),
    maxMs: round3(rand() * 5000),
    meanMs: round3(rand() * 500),
    samples: msyncCalls,
    staleTimeMs: round3(rand() * 20_000),
    durabilityLagMeanMs: round3(rand() * 5000),
  };
  const faultCenter = Math.max(0, Math.round(Math.log2(faultBase)));
  return {
    writeFaults,
    pageMkwriteCalls: writeFaults,
    timestampUpdates: Math.round(writeFaults * rand() * 0.5),
    inodeDirtySyncEvents: Math.round(writeFaults * rand() * 0.5),
    journalHandles: Math.round(writeFaults * rand() * 0.6),
    journalCommits: Math.round(rand() * 40),
    journalBlocksLogged: Math.round(rand() * 400),
    checkpointMetadataBlocks: Math.round(rand() * 30),
    dataPagesWritten,
    cacheFlushes: Math.round(rand() * 40),
    fdatasyncsFromFaults: Math.round(rand() * 3),
    stablePageWaits: Math.round(rand() * 10),
    stableWaitUsTotal: round3(rand() * 3000),
    pageCopies: Math.round(rand() * 4),
    extraMemoryPeakBytes: Math.round(rand() * 8) * 4096,
    pagesDirtiedWithoutReservation: 0,
    lazytimeFlushes: Math.round(rand() * 2),
    msyncCalls,
    bytesDirtied,
    dataBytesWritten,
    metadataBytesWritten,
    journalBytesWritten,
    bytesWritten,
    writeAmplification: bytesDirtied === 0 ? 0 : bytesWritten / bytesDirtied,
    faultLatencyUs: summary(rand, writeFaults, faultBase),
    msyncLatencyUs: summary(rand, msyncCalls, faultBase * 40),
    faultLatencyHistogram: histogram(rand, writeFaults, faultCenter),
    msyncLatencyHistogram: histogram(rand, msyncCalls, faultCenter + 5),
    mtimeStaleness: staleness,
  };
}

/** Scalar figures compared against legacy, flattened to metric names. */
export function flatFigures(f: PolicyFigures): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k] of COUNTER_COLUMNS) out[k] = f[k];
  out['writeAmplification'] = f.writeAmplification;
  for (const [prefix, l] of [
    ['faultLatencyUs', f.faultLatencyUs],
    ['msyncLatencyUs', f.msyncLatencyUs],
  ] as const) {
    for (const k of ['mean', 'p50', 'p90', 'p99', 'max'] as const) out[`${prefix}.${k}`] = l[k];
  }
  for (const [k, v] of Object.entries(f.mtimeStaleness) as [string, number][]) {
    out[`mtimeStaleness.${k}`] = v;
  }
  return out;
}

export function syntheticRun(opts: SyntheticRunOptions = {}): RunResult {
  const rand = rng(opts.seed ?? 1);
  const policyIds = opts.policies ?? ['legacy', 'deferred', 'lazytime', 'mapsync'];
  const nFiles = opts.files ?? 5;
  const seconds = opts.seconds ?? 30;
  const policies: Record<string, PolicyResult> = {};
  for (const [pi, id] of policyIds.entries()) {
    const faultBase = 2 + pi * 6 + rand() * 4;
    const files: FileFigures[] = [];
    for (let f = 0; f < nFiles; f++) {
      const ino = 12 + f * 7;
      files.push({
        ...figures(rand, 1 / (f + 1), faultBase),
        file: `259:1/${ino}`,
        dev: (259 << 20) | 1,
        ino,
        fs: 'ext4',
      });
    }
    const total = figures(rand, nFiles, faultBase);
    const timeline: TimelinePoint[] = [];
    for (let s = 0; s < seconds; s++) {
      timeline.push({
        second: s,
        writeFaults: Math.round(rand() * 200),
        timestampUpdates: Math.round(rand() * 80),
        journalCommits: s % 5 === 0 ? 1 : 0,
        bytesWritten: Math.round(rand() * 100) * 4096,
        faultLatencyMeanUs: round3(faultBase * (0.5 + rand())),
      });
    }
    const observedFull: { -readonly [K in keyof PolicyFigures]?: PolicyFigures[K] } = figures(
      rand,
      nFiles,
      faultBase,
    );
    delete observedFull.faultLatencyHistogram;
    delete observedFull.msyncLatencyHistogram;
    const unknown = opts.unknownObserved ?? {};
    for (const k of Object.keys(unknown)) (observedFull as Record<string, unknown>)[k] = null;
    const observed = {
      ...observedFull,
      unknown,
      filesystems: Object.fromEntries(files.map((f) => [f.file, f.fs])),
      unseenCleanedPages: 0,
    } as ObservedFigures;
    policies[id] = {
      ...total,
      policy: id,
      label: `${id} (synthetic)`,
      files,
      timeline,
      ...(id === 'legacy' ? { observed } : {}),
    };
  }
  const deltas: Record<string, Record<string, MetricDelta>> = {};
  const legacy = policies['legacy'];
  if (legacy !== undefined) {
    const base = flatFigures(legacy);
    for (const id of policyIds) {
      if (id === 'legacy') continue;
      const mine = flatFigures(policies[id]!);
      const d: Record<string, MetricDelta> = {};
      for (const [metric, value] of Object.entries(mine)) {
        const l = base[metric]!;
        d[metric] = { value, legacy: l, abs: value - l, rel: l === 0 ? null : (value - l) / l };
      }
      deltas[id] = d;
    }
  }
  const costs: CostUsed[] = [
    { name: 'wpFaultUs', valueUs: 1.5, source: 'default', note: 'KERNEL.md E.2' },
    {
      name: 'timestampUpdateUs',
      valueUs: 7,
      source: 'profile:ssd',
      note: 'ext4 inode update in the fault',
    },
    {
      name: 'journalCommitUs',
      valueUs: round3(900 + rand() * 200),
      source: 'measured',
      note: '41 samples',
    },
    { name: 'cacheFlushUs', valueUs: 400, source: 'config', note: 'user\'s "override" \\ test' },
  ];
  return {
    runId: opts.runId ?? 'run-synthetic',
    captureId: opts.captureId ?? 'capture-synthetic',
    policyIds,
    profile: 'ssd',
    costs,
    policies,
    deltas,
    events: Math.round(rand() * 1e6),
    fromOffset: 0,
    toOffset: Math.round(rand() * 1e6),
    engineVersion: '0.1.0',
    schemaVersion: 1,
    configJson: JSON.stringify({ policies: policyIds, profile: 'ssd' }),
    completeness: 'complete',
  };
}
