/**
 * The replay driver: reads an event log once, in offset order, and for each capture in it runs
 * the tracker (trace -> application inputs, observed counters, measured costs) and one
 * `PolicyRunner` per policy side by side, then resolves the cost parameters and builds the
 * `RunResult` (results.ts). Nothing depends on wall-clock time or iteration order of hash maps:
 * the same log range and configuration give byte-identical JSON.
 */
import { createHash } from 'node:crypto';
import type { CanonicalEvent, CaptureEnd, CaptureHeader } from '../events/index.js';
import { SCHEMA_VERSION } from '../events/index.js';
import type { EventLog } from '../log/event-log.js';
import { ReplayError } from '../errors.js';
import { resolveSimParams } from '../config/index.js';
import type { SimOptions, SimParams } from '../config/index.js';
import { defaultPolicyRegistry } from './registry.js';
import type { PolicyRegistry } from './registry.js';
import type { Policy } from './policy.js';
import { PolicyRunner } from './runner/index.js';
import { Tracker } from './tracker/index.js';
import type { TrackerSummary } from './tracker/index.js';
import type { AppInput, AppInputSink } from './inputs.js';
import { measureCosts, resolveCosts } from './costs.js';
import type {
  CaptureCompleteness,
  IncompleteReason,
  MetricDelta,
  ObservedFigures,
  PolicyFigures,
  PolicyResult,
  RunResult,
} from './results.js';
import { round3 } from './stats.js';
import { PhaseEstimator } from './clock.js';
import type { FsIdentities } from './fs/index.js';
import { fsModel, isAnonymousDev } from './fs/index.js';
import type { NullableObserved } from './results.js';
import { createModelledFlusher, kupdatePhase } from './flusher/index.js';
import type { FlusherSummary, InputTransform, KupdatePhase } from './flusher/index.js';
import { applyCapturedTunables, capturedTunablesOf } from './captured-tunables.js';
import type { CapturedTunables } from './captured-tunables.js';

export const ENGINE_VERSION = '0.1.0';
const DEFAULT_HZ = 250;

export interface ReplayOptions {
  /** Simulator configuration (profile, costs, clocks...). @default {} */
  readonly sim?: SimOptions;
  /** Policy ids to replay; legacy is always replayed first. @default every registered policy */
  readonly policies?: readonly string[];
  /** Replay only this capture. @default every capture in the range */
  readonly captureId?: string;
  /** @default 0 */
  readonly fromOffset?: number;
  /** Exclusive end offset. @default the end of the log */
  readonly toOffset?: number;
  /** @default defaultPolicyRegistry() */
  readonly registry?: PolicyRegistry;
  /** Read batch size. @default 4096 */
  readonly batchSize?: number;
  /**
   * Replay legacy first even when not listed (deltas need it). Benchmarks turn it off to time
   * one policy alone. @default true
   */
  readonly withLegacy?: boolean;
  /** Receives what the replay had to skip or estimate, per capture (for warnings). */
  readonly onDiagnostics?: (d: ReplayDiagnostics) => void;
}

/** What a replay skipped or estimated (not part of the RunResult contract). */
export interface ReplayDiagnostics {
  readonly captureId: string;
  /** Write faults in shared writable file mappings that could not be bound to a file. */
  readonly unattributedFaults: number;
  /** Write faults dropped because time went backwards inside their episode (tracker/episodes.ts). */
  readonly timeBackwardsFaults: number;
  /** Events left out because their page index is beyond any file (tracker/state.ts pageBeyondAnyFile). */
  readonly pageIndexBeyondFiles: number;
  /** msync/fsync calls whose exit was earlier than their entry: charged the modelled cost. */
  readonly timeBackwardsSyscalls: number;
  /** Events the tracer lost ([LOST N EVENTS]): the model may have missed faults or writeback. */
  readonly lostEvents: number;
  /** Records of the event log lost to damage (replaced by `faultreplay log repair`). */
  readonly damagedRecords: number;
  /** Input lines ingest skipped as unreadable, as the capture's end record says (0: unknown too). */
  readonly badLines: number;
  /** Lines of modelled events ingest kept as generic (not modelled), as the end record says. */
  readonly payloadMismatchLines: number;
  /** Files followed (bound to shared writable mappings). */
  readonly files: number;
  /** Jiffy grid offset used, ns. */
  readonly clockPhaseNs: number;
  /** Set when writeback was re-timed by the modelled flusher: what it replaced. */
  readonly flusher?: FlusherSummary;
}

/** Replays every capture of the log range; one RunResult per capture, in order of appearance. */
export async function replayCaptures(
  log: EventLog,
  options: ReplayOptions = {},
): Promise<RunResult[]> {
  const [runs] = await replayVariants(
    log,
    [{ ...(options.sim !== undefined ? { sim: options.sim } : {}), policies: options.policies }],
    options,
  );
  return runs!;
}

/** One configuration of a multi-configuration replay: its simulator options and policies. */
export interface ReplayVariant {
  /** @default {} */
  readonly sim?: SimOptions;
  /** @default every registered policy (legacy first, as in ReplayOptions) */
  readonly policies?: readonly string[] | undefined;
}

/**
 * Replays the log range once for several configurations (a sweep's cells): one RunResult per
 * capture for each variant, in variant order, each byte-identical to `replayCaptures` with that
 * variant's options. Variants whose trackers would see the same jiffy grid (same `hz` and
 * `clockPhaseNs` options) share one tracker, which feeds each variant's flusher and policy
 * runners the same inputs, as one replay feeds its policies; the log is read once for all
 * (twice with the clock-phase pre-pass).
 */
export async function replayVariants(
  log: EventLog,
  variants: readonly ReplayVariant[],
  options: Omit<ReplayOptions, 'sim' | 'policies'> = {},
): Promise<RunResult[][]> {
  const registry = options.registry ?? defaultPolicyRegistry();
  const groups = new Map<string, TrackerGroup>();
  variants.forEach((v, index) => {
    const params = resolveSimParams(v.sim);
    const policies = selectPolicies(registry, v.policies, options.withLegacy);
    const key = `${params.hz}\u0000${params.clockPhaseNs}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { params, variants: [], phases: new Map(), replays: new Map() };
      groups.set(key, g);
    }
    g.variants.push({ index, params, policies });
  });
  const from = options.fromOffset ?? 0;
  const readOpts = {
    ...(options.toOffset !== undefined ? { toOffset: options.toOffset } : {}),
    batchSize: options.batchSize ?? 4096,
  };
  const probing = [...groups.values()].filter(
    (g) =>
      g.params.clockPhaseNs === 'auto' || g.variants.some((v) => v.params.writeback === 'modelled'),
  );
  if (probing.length > 0) {
    const instances = new CaptureInstances();
    for await (const batch of log.read(from, readOpts)) {
      for (const rec of batch) {
        const e = rec.event;
        if (options.captureId !== undefined && e.captureId !== options.captureId) continue;
        const key = instances.keyOf(e);
        for (const g of probing) {
          let p = g.phases.get(key);
          if (p === undefined) {
            p = new PhaseProbe(g.params);
            g.phases.set(key, p);
          }
          p.push(e);
        }
      }
    }
  }
  const all = [...groups.values()];
  const instances = new CaptureInstances();
  for await (const batch of log.read(from, readOpts)) {
    for (const rec of batch) {
      const e = rec.event;
      if (options.captureId !== undefined && e.captureId !== options.captureId) continue;
      const key = instances.keyOf(e);
      for (const g of all) {
        let r = g.replays.get(key);
        if (r === undefined) {
          const probe = g.phases.get(key);
          r = new CaptureReplay(
            e.captureId,
            g.variants,
            rec.offset,
            phaseOf(g.params, probe),
            probe?.identities(),
            probe?.firstPeriodicRunNs,
          );
          g.replays.set(key, r);
        }
        r.push(e, rec.offset);
      }
    }
  }
  const out: RunResult[][] = variants.map(() => []);
  for (const g of all) {
    // Map iteration follows insertion: results come in order of appearance.
    for (const r of g.replays.values()) {
      const results = r.results(options.onDiagnostics);
      g.variants.forEach((v, i) => out[v.index]!.push(results[i]!));
    }
  }
  return out;
}

/** Variants that share a tracker (the same jiffy grid), with their pre-pass and replays. */
interface TrackerGroup {
  /** The first variant's parameters: hz and clockPhaseNs are the group's. */
  readonly params: SimParams;
  readonly variants: VariantSpec[];
  readonly phases: Map<string, PhaseProbe>;
  readonly replays: Map<string, CaptureReplay>;
}

/** One variant of a replay: where its results go, its parameters and policies. */
interface VariantSpec {
  readonly index: number;
  readonly params: SimParams;
  readonly policies: readonly Policy[];
}

/**
 * The same capture can be in a log more than once (a file ingested twice, `faultreplay run`
 * repeated). Each copy starts with its own header event and must replay as its own run, never
 * merged with an earlier copy: an event's key is its capture id plus the number of headers of
 * that capture seen so far in the range.
 */
class CaptureInstances {
  private readonly headers = new Map<string, number>();

  keyOf(e: CanonicalEvent): string {
    let n = this.headers.get(e.captureId) ?? 0;
    if (e.type === 'header') {
      n += 1;
      this.headers.set(e.captureId, n);
    }
    return `${e.captureId}\u0000${n}`;
  }
}

/** Replays one capture: the chosen one, or the only one in the range. */
export async function replayLog(log: EventLog, options: ReplayOptions = {}): Promise<RunResult> {
  return onlyRun(await replayCaptures(log, options), options.captureId);
}

/** The one capture's run of a replay (replayLog's rule): RPL_INPUT for none or several. */
export function onlyRun(results: readonly RunResult[], captureId?: string): RunResult {
  if (results.length === 0) {
    throw new ReplayError(
      'RPL_INPUT',
      captureId === undefined
        ? 'the log range holds no events'
        : `capture '${captureId}' is not in the log`,
    );
  }
  if (results.length > 1) {
    throw new ReplayError(
      'RPL_INPUT',
      `the log holds ${results.length} captures (${results.map((r) => r.captureId).join(', ')}); choose one with captureId`,
    );
  }
  return results[0]!;
}

type EventSource = Iterable<CanonicalEvent> | AsyncIterable<CanonicalEvent>;

/**
 * Replays a sequence of events of one capture (tests, benchmarks). Pass a function returning the
 * sequence to allow the clock-phase pre-pass (`clockPhaseNs: 'auto'`); a one-shot iterable uses
 * phase 0 then.
 */
export async function replayEvents(
  events: EventSource | (() => EventSource),
  options: Omit<ReplayOptions, 'fromOffset' | 'toOffset' | 'batchSize'> = {},
): Promise<RunResult> {
  const params = resolveSimParams(options.sim);
  const policies = selectPolicies(
    options.registry ?? defaultPolicyRegistry(),
    options.policies,
    options.withLegacy,
  );
  let probe: PhaseProbe | undefined;
  if (
    typeof events === 'function' &&
    (params.clockPhaseNs === 'auto' || params.writeback === 'modelled')
  ) {
    probe = new PhaseProbe(params);
    for await (const e of events()) {
      if (options.captureId === undefined || e.captureId === options.captureId) probe.push(e);
    }
  }
  let r: CaptureReplay | undefined;
  let offset = 0;
  const source = typeof events === 'function' ? events() : events;
  const feed = (e: CanonicalEvent): void => {
    if (options.captureId !== undefined && e.captureId !== options.captureId) return;
    r ??= new CaptureReplay(
      e.captureId,
      [{ index: 0, params, policies }],
      0,
      phaseOf(params, probe),
      probe?.identities(),
      probe?.firstPeriodicRunNs,
    );
    r.push(e, offset++);
  };
  // A synchronous source is iterated synchronously: `for await` would cost a microtask per event.
  if (Symbol.iterator in source) for (const e of source) feed(e);
  else for await (const e of source) feed(e);
  if (r === undefined) throw new ReplayError('RPL_INPUT', 'no events to replay');
  return r.results(options.onDiagnostics)[0]!;
}

export function selectPolicies(
  registry: PolicyRegistry,
  ids: readonly string[] | undefined,
  withLegacy = true,
): Policy[] {
  const wanted = ids === undefined || (ids.length === 0 && withLegacy) ? registry.ids() : [...ids];
  const ordered = withLegacy ? ['legacy', ...wanted.filter((id) => id !== 'legacy')] : wanted;
  const seen = new Set<string>();
  const out: Policy[] = [];
  for (const id of ordered) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(registry.get(id));
  }
  return out;
}

function phaseOf(params: SimParams, probe: PhaseProbe | undefined): number {
  if (params.clockPhaseNs !== 'auto') return params.clockPhaseNs;
  return probe?.estimate() ?? 0;
}

/**
 * Pre-pass: the jiffy grid phase from the timestamp updates the trace shows in faults, and the
 * time of the kernel's first periodic writeback (the kupdate work's phase, kupdate-phase.ts).
 */
class PhaseProbe {
  private readonly params: SimParams;
  private tracker: Tracker | null = null;
  private estimator: PhaseEstimator | null = null;
  private headerHz = 0;
  private header: CaptureHeader | null = null;
  /** The capture's first kupdate writeback, ns relative to its first event; undefined: none. */
  firstPeriodicRunNs: number | undefined;

  constructor(params: SimParams) {
    this.params = params;
  }

  push(e: CanonicalEvent): void {
    if (e.type === 'header') {
      this.headerHz = e.data.hz;
      this.header = e.data;
      return;
    }
    if (e.type === 'capture_end') return;
    if (this.tracker === null) {
      const hz =
        this.params.hz > 0 ? this.params.hz : this.headerHz > 0 ? this.headerHz : DEFAULT_HZ;
      const est = new PhaseEstimator(1e9 / hz);
      this.estimator = est;
      this.tracker = new Tracker(
        (input) => {
          if (input.k === 'writeback' && input.reason === 'periodic')
            this.firstPeriodicRunNs ??= input.t;
        },
        e.ts,
        () => 1e9 / hz,
      );
      this.tracker.onObservedUpdate = (t) => {
        est.add(t);
      };
      this.tracker.onObservedFault = (file, t, updated) => {
        est.addFault(file, t, updated);
      };
      if (this.header !== null) this.tracker.fs.declareHeader(this.header);
    }
    this.tracker.push(e);
  }

  estimate(): number {
    this.tracker?.finish();
    return this.estimator?.estimate() ?? 0;
  }

  /** The filesystems and evidence the pre-pass saw, to seed the replay's tracker. */
  identities(): FsIdentities | undefined {
    return this.tracker?.fs;
  }
}

/**
 * One capture's replay: a tracker feeding every policy runner of every variant the same inputs
 * in one pass. Times are ns relative to the capture's first event (a float: exact to 104 days
 * of uptime); the run id digests (seq, time, kind) of every event plus the effective
 * configuration of the variant.
 */
class CaptureReplay {
  private readonly captureId: string;
  private readonly variants: VariantRun[];
  private tracker: Tracker | null = null;
  private readonly fromOffset: number;
  private toOffset: number;
  private events = 0;
  private digest = 0x811c9dc5;
  private headerHz = 0;
  private kernel = '';
  /** The group's timer frequency: every variant's (same hz option, same header). */
  private hz = DEFAULT_HZ;
  private t0Num = 0;
  private lastT = 0;

  private readonly phaseNs: number;
  private readonly identities: FsIdentities | undefined;
  private readonly firstPeriodicRunNs: number | undefined;
  private header: CaptureHeader | null = null;
  /** The variants' `hz` option (0: the header's), the same for all of them. */
  private readonly hzOption: number;
  /** The capture's end event, and how many events came before it. */
  private end: { data: CaptureEnd; eventsBefore: number } | null = null;

  constructor(
    captureId: string,
    variants: readonly VariantSpec[],
    fromOffset: number,
    phaseNs: number,
    identities?: FsIdentities,
    firstPeriodicRunNs?: number,
  ) {
    this.captureId = captureId;
    this.firstPeriodicRunNs = firstPeriodicRunNs;
    this.identities = identities;
    this.phaseNs = phaseNs;
    this.variants = variants.map((v) => new VariantRun(v.params, v.policies));
    this.hzOption = variants[0]!.params.hz;
    this.fromOffset = fromOffset;
    this.toOffset = fromOffset;
  }

  push(e: CanonicalEvent, offset: number): void {
    this.events++;
    this.toOffset = offset + 1;
    if (e.type === 'header') {
      this.digest = fnv(this.digest, e.seq, e.data.hz, 0);
      this.headerHz = e.data.hz;
      this.kernel = e.data.kernel;
      this.header = e.data;
      return;
    }
    if (e.type === 'capture_end') {
      // Counted and digested like any event (the file log and Kafka both carry it), but it is
      // no trace event: the tracker and the clock never see it.
      this.digest = fnv(this.digest, e.seq, e.data.events, 1);
      this.end = { data: e.data, eventsBefore: this.events - 1 };
      return;
    }
    if (this.tracker === null) this.start(e.ts);
    // Number(bigint) and a float subtraction: no BigInt allocated per event. Exact below 2^53 ns
    // (104 days of uptime); beyond that within a few ns, far below the traces' µs resolution.
    const t = Number(e.ts) - this.t0Num;
    this.lastT = t;
    // Content digest for the run id: sequence, time and kind of every event (cheap, no bigint).
    this.digest = fnv(
      this.digest,
      e.seq,
      t % 4294967296,
      e.type.length * 31 + e.type.charCodeAt(0),
    );
    this.tracker!.push(e, t);
  }

  private start(t0: bigint): void {
    this.t0Num = Number(t0);
    this.hz = this.hzOption > 0 ? this.hzOption : this.headerHz > 0 ? this.headerHz : DEFAULT_HZ;
    const granule = 1e9 / this.hz;
    const sinks = this.variants.map((v) =>
      v.start(this.header, this.kernel, this.hz, this.phaseNs, this.t0Num, this.firstPeriodicRunNs),
    );
    // One variant (a plain replay): its sink itself, no fan-out call per input.
    const sink: AppInputSink =
      sinks.length === 1
        ? sinks[0]!
        : (input) => {
            for (const s of sinks) s(input);
          };
    this.tracker = new Tracker(sink, t0, () => granule, this.identities);
    if (this.header !== null) this.tracker.fs.declareHeader(this.header);
    this.tracker.phaseNs = this.phaseNs;
  }

  /**
   * Whole, cut short, or not knowable. Records `log repair` replaced (damagedRecords) make a run
   * incomplete even though its end record and event count are intact: events are missing.
   */
  private completeness(
    damagedRecords: number,
  ): Pick<RunResult, 'completeness' | 'incompleteReason'> {
    if (this.header?.endsWithCaptureEnd !== true) return { completeness: 'unknown' };
    const why: IncompleteReason | undefined =
      damagedRecords > 0
        ? 'log-damaged'
        : this.end === null
          ? 'no-end-record'
          : this.end.data.inputDamaged
            ? 'input-damaged'
            : this.end.eventsBefore !== this.end.data.events
              ? 'events-missing'
              : undefined;
    return why === undefined
      ? { completeness: 'complete' }
      : { completeness: 'incomplete', incompleteReason: why };
  }

  /** One RunResult per variant, in variant order. */
  results(onDiagnostics?: (d: ReplayDiagnostics) => void): RunResult[] {
    const tracker =
      this.tracker ??
      new Tracker(
        () => undefined,
        0n,
        () => 1e9 / this.hz,
      );
    tracker.finish();
    const summary = tracker.summary();
    const capture: CaptureRange = {
      captureId: this.captureId,
      fromOffset: this.fromOffset,
      toOffset: this.toOffset,
      events: this.events,
      digest: this.digest,
      phaseNs: this.phaseNs,
      hz: this.hz,
      hzKnown: this.hzOption > 0 || this.headerHz > 0,
      ...this.completeness(summary.damagedRecords),
      ingestSkipped: ingestSkippedOf(this.end?.data),
      hasEnd: this.end !== null,
    };
    return this.variants.map((v) => {
      const flusher = v.finish(this.lastT);
      onDiagnostics?.({
        captureId: this.captureId,
        unattributedFaults: summary.unattributedFaults,
        timeBackwardsFaults: summary.timeBackwardsFaults,
        pageIndexBeyondFiles: summary.pageIndexBeyondFiles,
        timeBackwardsSyscalls: summary.timeBackwardsSyscalls,
        lostEvents: summary.lostEvents,
        damagedRecords: summary.damagedRecords,
        badLines: capture.ingestSkipped?.badLines ?? 0,
        payloadMismatchLines: capture.ingestSkipped?.payloadMismatchLines ?? 0,
        files: summary.files.length,
        clockPhaseNs: this.phaseNs,
        ...(flusher !== undefined ? { flusher } : {}),
      });
      return v.result(summary, capture);
    });
  }
}

/**
 * `RunResult.skipped`: only when something was left out, so results of clean captures stay
 * byte-identical, or when an end record does not say what ingest skipped (an older ingest's),
 * so that a run without `skipped` always means "nothing" (ingestCountsKnown).
 */
function skippedOf(summary: TrackerSummary, c: CaptureRange): Pick<RunResult, 'skipped'> {
  const ingest = c.ingestSkipped;
  const any =
    summary.damagedRecords > 0 ||
    summary.lostEvents > 0 ||
    summary.unattributedFaults > 0 ||
    (ingest !== undefined && (ingest.badLines > 0 || ingest.payloadMismatchLines > 0));
  if (!any && (ingest !== undefined || !c.hasEnd)) return {};
  return {
    skipped: {
      damagedRecords: summary.damagedRecords,
      tracerLostEvents: summary.lostEvents,
      unattributedFaults: summary.unattributedFaults,
      ...(ingest ?? {}),
    },
  };
}

/** What a capture replay's variants share in their results: the range and its digest. */
interface CaptureRange {
  readonly captureId: string;
  readonly fromOffset: number;
  readonly toOffset: number;
  readonly events: number;
  readonly digest: number;
  readonly phaseNs: number;
  readonly hz: number;
  /** HZ came from the options or the header, not DEFAULT_HZ. */
  readonly hzKnown: boolean;
  readonly completeness: CaptureCompleteness;
  readonly incompleteReason?: IncompleteReason;
  /** What ingest skipped, from the end record; undefined when it has none or it does not say. */
  readonly ingestSkipped: IngestSkipped | undefined;
  /** The capture has its end record. */
  readonly hasEnd: boolean;
}

/** Input lines ingest skipped or kept unmodelled, as its end record says. */
interface IngestSkipped {
  readonly badLines: number;
  readonly payloadMismatchLines: number;
}

/** The end record's skipped-line counts, when it carries both (ingest writes them together). */
function ingestSkippedOf(end: CaptureEnd | undefined): IngestSkipped | undefined {
  if (end?.badLines === undefined || end.payloadMismatchLines === undefined) return undefined;
  return { badLines: end.badLines, payloadMismatchLines: end.payloadMismatchLines };
}

/**
 * One variant within a capture replay: its parameters (with the header's captured tunables),
 * its modelled flusher when writeback is re-timed, and a policy runner per policy.
 */
class VariantRun {
  /** The options' parameters, then (at the first event) with the header's captured tunables. */
  private params: SimParams;
  private captured: CapturedTunables = {};
  private readonly policies: readonly Policy[];
  private runners: PolicyRunner[] = [];
  /** Between the tracker and the runners when writeback is re-timed (writeback: 'modelled'). */
  private transform: InputTransform | null = null;
  /** Where the modelled flusher's first kupdate run came from; null unless re-timed. */
  private kupdate: KupdatePhase | null = null;
  private multigrain = false;
  private measuredService = false;

  constructor(params: SimParams, policies: readonly Policy[]) {
    this.params = params;
    this.policies = policies;
  }

  /** Builds the runners at the capture's first event; returns where the tracker's inputs go. */
  start(
    header: CaptureHeader | null,
    kernel: string,
    hz: number,
    phaseNs: number,
    t0Abs: number,
    firstPeriodicRunNs?: number,
  ): AppInputSink {
    this.captured = capturedTunablesOf(header);
    this.params = applyCapturedTunables(this.params, this.captured);
    this.multigrain =
      this.params.multigrain === 'auto'
        ? // Unknown version: the QUERIED evidence (fill_mg_cmtime) only exists on 6.13+ anyway.
          kernel === '' || kernelAtLeast(kernel, 6, 13)
        : this.params.multigrain;
    const provisional = resolveCosts(this.params, {}).byName;
    const pinned = (n: 'faultBaseWpUs' | 'faultBaseNpUs'): boolean =>
      this.params.profile.costs[n] !== undefined || this.params.costOverrides[n] !== undefined;
    this.measuredService =
      !this.params.profile.dax && !pinned('faultBaseWpUs') && !pinned('faultBaseNpUs');
    // The runners replay whatever writeback they are given: the trace's, or the flusher's.
    const runnerParams: SimParams = { ...this.params, writeback: 'observed' };
    this.runners = this.policies.map(
      (policy) =>
        new PolicyRunner({
          policy,
          params: runnerParams,
          t0Abs,
          hz,
          multigrain: this.multigrain,
          phaseNs,
          // The run's clock is the captured one unless HZ or the grid phase was set otherwise.
          clockFromTrace:
            (this.params.hz === 0 || this.params.hz === header?.hz) &&
            this.params.clockPhaseNs === 'auto',
          measuredService: this.measuredService,
          provisional,
          tracedWaits: this.params.writeback === 'observed',
        }),
    );
    const runners = this.runners;
    const toRunners = (input: AppInput): void => {
      for (const r of runners) r.apply(input);
    };
    if (this.params.writeback === 'modelled') {
      const captured = this.captured['writebackIntervalMs'];
      this.kupdate = kupdatePhase(
        firstPeriodicRunNs,
        typeof captured === 'number' ? captured : undefined,
        hz,
      );
      this.transform = createModelledFlusher(toRunners, {
        ...this.params,
        hz,
        ...(this.kupdate.armedNs !== undefined ? { kupdateArmedNs: this.kupdate.armedNs } : {}),
      });
    }
    return this.transform?.push ?? toRunners;
  }

  /** Runs the work due up to the capture's end; what the flusher replaced, when re-timed. */
  finish(lastT: number): FlusherSummary | undefined {
    this.transform?.finish(lastT);
    for (const r of this.runners) {
      r.advance(lastT);
      r.finish(lastT);
    }
    return this.transform?.summary();
  }

  result(summary: TrackerSummary, c: CaptureRange): RunResult {
    const costs = resolveCosts(
      this.params,
      measureCosts(summary.measurements),
      this.measuredService,
    );
    const policies: Record<string, PolicyResult> = {};
    for (const r of this.runners) {
      const { total, files, timeline } = r.figures(costs.values);
      const notApplicable = r.notApplicable();
      const base = {
        policy: r.policy.id,
        label: r.policy.label,
        ...total,
        files,
        timeline,
        ...(notApplicable === null ? {} : { notApplicable }),
      };
      policies[r.policy.id] =
        r.policy.id === 'legacy'
          ? { ...base, observed: observedFigures(summary, this.params) }
          : base;
    }
    const policyIds = this.runners.map((r) => r.policy.id);
    const deltas: Record<string, Record<string, MetricDelta>> = {};
    const legacy = policies['legacy'];
    if (legacy !== undefined) {
      for (const id of policyIds) if (id !== 'legacy') deltas[id] = deltasOf(policies[id]!, legacy);
    }
    const configJson = canonicalJson({
      blockSize: this.params.blockSize,
      // What the capture header recorded (only when it did: other run ids stay as they were).
      ...(Object.keys(this.captured).length > 0 ? { captured: this.captured } : {}),
      clockPhaseNs: c.phaseNs,
      commitIntervalMs: this.params.commitIntervalMs,
      costs: Object.fromEntries(costs.used.map((u) => [u.name, u.valueUs])),
      dax: this.params.profile.dax,
      dirtyExpireMs: this.params.dirtyExpireMs,
      dirtytimeExpireMs: this.params.dirtytimeExpireMs,
      hz: c.hz,
      // Replayed at DEFAULT_HZ because nothing said HZ: readers must not take it as captured.
      // Only then, so that run ids of captures with a known HZ stay as they were.
      ...(c.hzKnown ? {} : { hzUnknown: true }),
      journalCommitOverheadBlocks: this.params.journalCommitOverheadBlocks,
      multigrain: this.multigrain,
      policies: policyIds,
      profile: this.params.profile.name,
      writeback: this.params.writeback,
      writebackIntervalMs: this.params.writebackIntervalMs,
      // Only the modelled flusher reads these (run ids of captured-writeback runs unchanged).
      ...(this.params.writeback === 'modelled'
        ? {
            dirtyBackgroundBytes: this.params.dirtyBackgroundBytes,
            flusherPageUs: this.params.flusherPageUs,
            // Whether the first kupdate run was placed from the capture's own, or by rule.
            kupdatePhase: this.kupdate?.source,
          }
        : {}),
    });
    const runId = createHash('sha256')
      .update(
        `${c.captureId}\n${c.fromOffset}\n${c.toOffset}\n${c.events}\n${c.digest}\n${ENGINE_VERSION}\n${configJson}`,
      )
      .digest('hex')
      .slice(0, 24);
    return {
      runId,
      captureId: c.captureId,
      policyIds,
      profile: this.params.profile.name,
      costs: costs.used,
      policies,
      deltas,
      events: c.events,
      fromOffset: c.fromOffset,
      toOffset: c.toOffset,
      engineVersion: ENGINE_VERSION,
      schemaVersion: SCHEMA_VERSION,
      configJson,
      completeness: c.completeness,
      ...(c.incompleteReason !== undefined ? { incompleteReason: c.incompleteReason } : {}),
      // Only when it happened: results of clean captures stay byte-identical.
      ...skippedOf(summary, c),
      ...(summary.timeBackwardsFaults > 0 || summary.timeBackwardsSyscalls > 0
        ? {
            timeBackwards: {
              droppedFaults: summary.timeBackwardsFaults,
              syscallsWithoutDuration: summary.timeBackwardsSyscalls,
            },
          }
        : {}),
      ...(summary.pageIndexBeyondFiles > 0
        ? { ignoredEvents: { pageIndexBeyondFiles: summary.pageIndexBeyondFiles } }
        : {}),
    };
  }
}

/**
 * legacy's `observed` column: the same counters read from the trace (KERNEL.md D.7 step 4).
 * Device-level counts (journal handles and commits, blocks logged, flushes, block I/O bytes)
 * cover the devices of the followed files; data bytes fall back to pages_written × 4 KiB when
 * the capture has no block_rq events. The fault latency is the traced episode duration (without
 * the part outside the trace that the simulation adds, faultOutsideTraceUs).
 */
function observedFigures(s: TrackerSummary, params: SimParams): ObservedFigures {
  const o = s.observed;
  const d = s.observedDev;
  const fl = o.faultLatency.summarize(new Float64Array(0)).summary;
  const ml = o.msyncLatency.summarize(new Float64Array(0)).summary;
  const unknown = unseenFigures(s);
  const blockIo = blockIoUnseen(s);
  if (blockIo !== null) {
    unknown['cacheFlushes'] = blockIo;
    unknown['metadataBytesWritten'] = blockIo;
  }
  const dataBytes = d.blockRequests > 0 ? d.dataBytes : o.dataPagesWritten * 4096;
  const journalBytes =
    d.journalBytes > 0 ? d.journalBytes : d.journalBlocksLogged * params.blockSize;
  // Without block requests the byte figures are derived from what may itself be unknown.
  if (d.blockRequests === 0) {
    const from = (k: string): string | undefined => unknown[k];
    const data = from('dataPagesWritten');
    if (data !== undefined) unknown['dataBytesWritten'] = `from pages written: ${data}`;
    const journal = d.journalBytes > 0 ? undefined : from('journalBlocksLogged');
    if (journal !== undefined) unknown['journalBytesWritten'] = `from blocks logged: ${journal}`;
  }
  const bytesUnknown =
    unknown['dataBytesWritten'] ??
    unknown['journalBytesWritten'] ??
    unknown['metadataBytesWritten'];
  if (bytesUnknown !== undefined) {
    unknown['bytesWritten'] = bytesUnknown;
    unknown['writeAmplification'] = bytesUnknown;
  }
  const bytesWritten = dataBytes + d.metadataBytes + journalBytes;
  const known = (k: NullableObserved, v: number): number | null =>
    unknown[k] === undefined ? v : null;
  const filesystems: Record<string, string> = {};
  s.files.forEach((f, i) => (filesystems[f.key] = s.fileFs[i] ?? 'generic'));
  return {
    writeFaults: o.writeFaults,
    pageMkwriteCalls: o.pageMkwriteCalls,
    timestampUpdates: known('timestampUpdates', o.timestampUpdates),
    inodeDirtySyncEvents: known('inodeDirtySyncEvents', o.inodeDirtySyncEvents),
    journalHandles: known(
      'journalHandles',
      d.journalHandles > 0 ? d.journalHandles : o.journalHandlesInFaults,
    ),
    journalCommits: known('journalCommits', d.journalCommits),
    journalBlocksLogged: known('journalBlocksLogged', d.journalBlocksLogged),
    checkpointMetadataBlocks: 0,
    dataPagesWritten: known('dataPagesWritten', o.dataPagesWritten),
    cacheFlushes: known('cacheFlushes', d.cacheFlushes),
    fdatasyncsFromFaults: o.fdatasyncsFromFaults,
    stablePageWaits: known('stablePageWaits', o.stablePageWaits),
    stableWaitUsTotal: 0,
    pageCopies: 0,
    extraMemoryPeakBytes: 0,
    pagesDirtiedWithoutReservation: 0,
    lazytimeFlushes: 0,
    msyncCalls: o.msyncCalls,
    bytesDirtied: o.bytesDirtied,
    dataBytesWritten: known('dataBytesWritten', dataBytes),
    metadataBytesWritten: known('metadataBytesWritten', d.metadataBytes),
    journalBytesWritten: known('journalBytesWritten', journalBytes),
    bytesWritten: known('bytesWritten', bytesWritten),
    writeAmplification: known(
      'writeAmplification',
      o.bytesDirtied === 0 ? 0 : round3(bytesWritten / o.bytesDirtied),
    ),
    faultLatencyUs: fl,
    msyncLatencyUs: ml,
    mtimeStaleness: {
      suSViolations: o.suSViolations,
      maxMs: round3(o.staleMaxMs),
      meanMs: o.staleSamples === 0 ? 0 : round3(o.staleSumMs / o.staleSamples),
      samples: o.staleSamples,
      staleTimeMs: 0,
      durabilityLagMeanMs: 0,
    },
    unknown,
    filesystems,
    unseenCleanedPages: s.unseenCleanings,
  };
}

/**
 * The figures the capture cannot show for the filesystems of its followed files, with the
 * reason (prefixed by the filesystem when the files are on several).
 */
/**
 * Why cache flushes and metadata writes, which only block requests show, cannot be counted for
 * the followed files, or null. A capture without block_rq events cannot show them; nor can one
 * whose followed files sit on an anonymous device (btrfs, major 0): its block requests carry
 * the disk's dev_t (7:N), which no btrfs event names, so they cannot be joined to the files.
 */
function blockIoUnseen(s: TrackerSummary): string | null {
  if (!s.evidence.has('block_request'))
    return 'the capture has no block_rq_issue event, which shows cache flushes and metadata writes';
  if (s.files.some((f) => isAnonymousDev(f.dev)))
    return (
      'a followed file sits on an anonymous device (btrfs 0:N): the block requests are its ' +
      "disk's, which no event of the filesystem names, so they cannot be joined to it"
    );
  return null;
}

function unseenFigures(s: TrackerSummary): Record<string, string> {
  const fss = [...new Set(s.fileFs)].sort();
  const out: Record<string, string> = {};
  for (const id of fss) {
    const unseen = fsModel(id).unseen(s.evidence);
    for (const [k, why] of Object.entries(unseen)) {
      const text = fss.length > 1 ? `${id}: ${why}` : why;
      out[k] = out[k] === undefined ? text : `${out[k]}; ${text}`;
    }
  }
  return out;
}

/** The metrics compared against legacy, in a fixed order. */
export const DELTA_METRICS: readonly string[] = [
  'writeFaults',
  'pageMkwriteCalls',
  'timestampUpdates',
  'inodeDirtySyncEvents',
  'journalHandles',
  'journalCommits',
  'journalBlocksLogged',
  'checkpointMetadataBlocks',
  'dataPagesWritten',
  'cacheFlushes',
  'fdatasyncsFromFaults',
  'stablePageWaits',
  'stableWaitUsTotal',
  'pageCopies',
  'extraMemoryPeakBytes',
  'pagesDirtiedWithoutReservation',
  'lazytimeFlushes',
  'msyncCalls',
  'bytesDirtied',
  'dataBytesWritten',
  'metadataBytesWritten',
  'journalBytesWritten',
  'bytesWritten',
  'writeAmplification',
  'faultLatencyUs.mean',
  'faultLatencyUs.p50',
  'faultLatencyUs.p90',
  'faultLatencyUs.p99',
  'faultLatencyUs.max',
  'msyncLatencyUs.mean',
  'msyncLatencyUs.p50',
  'msyncLatencyUs.p99',
  'mtimeStaleness.suSViolations',
  'mtimeStaleness.maxMs',
  'mtimeStaleness.meanMs',
  'mtimeStaleness.staleTimeMs',
];

export function metricValue(f: PolicyFigures, metric: string): number {
  const [a, b] = metric.split('.');
  const rec = f as unknown as Record<string, unknown>;
  const top = rec[a!];
  const v: unknown =
    b === undefined
      ? top
      : typeof top === 'object' && top !== null
        ? (top as Record<string, unknown>)[b]
        : undefined;
  return typeof v === 'number' ? v : 0;
}

function deltasOf(p: PolicyFigures, legacy: PolicyFigures): Record<string, MetricDelta> {
  const out: Record<string, MetricDelta> = {};
  for (const m of DELTA_METRICS) {
    const value = metricValue(p, m);
    const base = metricValue(legacy, m);
    out[m] = {
      value,
      legacy: base,
      abs: round3(value - base),
      rel: base === 0 ? null : round3((value - base) / base),
    };
  }
  return out;
}

function fnv(h: number, a: number, b: number, c: number): number {
  h = Math.imul(h ^ (a & 0xffffffff), 0x01000193) >>> 0;
  h = Math.imul(h ^ (b & 0xffffffff), 0x01000193) >>> 0;
  return Math.imul(h ^ c, 0x01000193) >>> 0;
}

/** "6.18.44-..." >= major.minor */
export function kernelAtLeast(kernel: string, major: number, minor: number): boolean {
  const m = /(\d+)\.(\d+)/.exec(kernel);
  if (m === null) return false;
  const ma = Number(m[1]);
  const mi = Number(m[2]);
  return ma > major || (ma === major && mi >= minor);
}

/** JSON with object keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortKeys(o[k])]),
    );
  }
  return v;
}
