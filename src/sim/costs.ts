/**
 * Resolves the cost parameters of a run and records where each value came from
 * (RunResult.costs). Precedence, lowest first: default, measured from the trace, profile
 * (pinned), config file. See config/cost-model.ts.
 */
import { COST_PARAM_NAMES, COST_PARAM_SPECS } from '../config/index.js';
import type { CostParamName, SimParams } from '../config/index.js';
import type { CostUsed } from './results.js';
import type { Measurements } from './tracker.js';
import { histogramMedian, round3 } from './stats.js';
import type { FsId } from './fs/index.js';
import { FS_IDS, fsModel } from './fs/index.js';
import type { LogLinearHistogram } from './stats.js';

/** Minimum samples before a trace measurement replaces a default. */
export const MIN_FAULT_SAMPLES = 20;
export const MIN_TS_SAMPLES = 5;

interface Measured {
  readonly value: number;
  readonly note: string;
}

/** The values the trace measures (KERNEL.md E.2 method: fault entry -> last event of the episode). */
export function measureCosts(m: Measurements): Partial<Record<CostParamName, Measured>> {
  const out: Partial<Record<CostParamName, Measured>> = {};
  const med = (h: LogLinearHistogram): number | undefined => histogramMedian(h);
  const wp = med(m.serviceWpPlain);
  const np = med(m.serviceNpPlain);
  if (wp !== undefined && m.serviceWpPlain.count >= MIN_FAULT_SAMPLES) {
    out.faultBaseWpUs = {
      value: wp,
      note: `median traced write-protect fault episode without timestamp update, ${m.serviceWpPlain.count} samples`,
    };
  }
  if (np !== undefined && m.serviceNpPlain.count >= MIN_FAULT_SAMPLES) {
    out.faultBaseNpUs = {
      value: np,
      note: `median traced not-present write fault episode without timestamp update or read I/O (block reservation included), ${m.serviceNpPlain.count} samples`,
    };
    out.delallocReserveUs = {
      value: 0,
      note: 'folded into the measured faultBaseNpUs (traced episodes include the reservation)',
    };
  }
  // Timestamp cost: episodes with vs without the update, for the fault kind with more samples.
  const wpTs = med(m.serviceWpTs);
  const npTs = med(m.serviceNpTs);
  const candidates: { v: number; n: number; kind: string }[] = [];
  if (
    wpTs !== undefined &&
    wp !== undefined &&
    m.serviceWpTs.count >= MIN_TS_SAMPLES &&
    m.serviceWpPlain.count >= MIN_FAULT_SAMPLES
  ) {
    candidates.push({ v: wpTs - wp, n: m.serviceWpTs.count, kind: 'write-protect' });
  }
  if (
    npTs !== undefined &&
    np !== undefined &&
    m.serviceNpTs.count >= MIN_TS_SAMPLES &&
    m.serviceNpPlain.count >= MIN_FAULT_SAMPLES
  ) {
    candidates.push({ v: npTs - np, n: m.serviceNpTs.count, kind: 'not-present' });
  }
  candidates.sort((a, b) => b.n - a.n);
  const best = candidates[0];
  if (best !== undefined) {
    // The filesystem of most traced faults decides which parameter the measurement is for.
    const name = fsModel(dominantFs(m.episodesByFs)).timestampCost;
    out[name] = {
      value: Math.max(0, best.v),
      note: `median ${best.kind} fault episode with minus without timestamp update, ${best.n} samples with`,
    };
  }
  const simple: [CostParamName, LogLinearHistogram, string][] = [
    ['msyncAsyncUs', m.msyncAsync, 'median observed msync(MS_ASYNC) enter->exit'],
    ['msyncSyncUs', m.msyncSync, 'median observed msync(MS_SYNC) enter->exit'],
    ['fsyncUs', m.fsync, 'median observed fsync/fdatasync enter->exit'],
    ['journalCommitUs', m.journalCommit, 'median observed jbd2_start_commit -> jbd2_end_commit'],
  ];
  for (const [name, h, what] of simple) {
    const v = med(h);
    if (v !== undefined) out[name] = { value: v, note: `${what}, ${h.count} samples` };
  }
  return out;
}

export interface ResolvedCosts {
  readonly values: Float64Array;
  readonly byName: Readonly<Record<CostParamName, number>>;
  readonly used: readonly CostUsed[];
}

/**
 * @param perFaultService faults are charged their own traced episode duration (runner.ts); the
 *   base fault costs are then reported as measured per fault.
 */
export function resolveCosts(
  params: SimParams,
  measured: Partial<Record<CostParamName, Measured>>,
  perFaultService = false,
): ResolvedCosts {
  const values = new Float64Array(COST_PARAM_NAMES.length);
  const byName = {} as Record<CostParamName, number>;
  const used: CostUsed[] = [];
  COST_PARAM_NAMES.forEach((name, i) => {
    const spec = COST_PARAM_SPECS[name];
    let value = spec.defaultUs;
    let source = 'default';
    let note = spec.source;
    const m = measured[name];
    if (m !== undefined) {
      value = m.value;
      source = 'measured';
      note = m.note;
    }
    if (
      perFaultService &&
      (name === 'faultBaseWpUs' || name === 'faultBaseNpUs' || name === 'delallocReserveUs')
    ) {
      source = 'measured';
      note = `per fault: each traced fault episode's own duration is its base cost (${m !== undefined ? `median ${round3(m.value)} us; ${m.note}` : 'no median: too few samples'})`;
    }
    const p = params.profile.costs[name];
    if (p !== undefined) {
      value = p;
      source = `profile:${params.profile.name}`;
      note = params.profile.source;
    }
    const c = params.costOverrides[name];
    if (c !== undefined) {
      value = c;
      source = 'config';
      note = 'config file / options';
    }
    values[i] = value;
    byName[name] = value;
    used.push({ name, valueUs: round3(value), source, note });
  });
  return { values, byName, used };
}

/** The filesystem with the most traced write-fault episodes (ties: FS_IDS order). */
export function dominantFs(episodes: Readonly<Record<FsId, number>>): FsId {
  let best: FsId = 'generic';
  let n = 0;
  for (const id of FS_IDS) {
    if (episodes[id] > n) {
      best = id;
      n = episodes[id];
    }
  }
  return best;
}
