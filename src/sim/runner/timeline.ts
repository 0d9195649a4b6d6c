/** Per-second figures of a run (the timeline of the results and the dashboards). */
import type { TimelinePoint } from '../results.js';
import { round3 } from '../stats.js';
import { NTERMS } from './terms.js';

interface TimelineAcc {
  writeFaults: number;
  timestampUpdates: number;
  journalCommits: number;
  bytesWritten: number;
  latCount: number;
  latCont: number;
  readonly latTerms: Float64Array;
}

/** The whole second of relative time `t` (ns). */
export function secondOf(t: number): number {
  return Math.floor(t / 1e9);
}

export class Timeline {
  private readonly bySecond = new Map<number, TimelineAcc>();

  /** The accumulator of second `sec`, created on first use. */
  at(sec: number): TimelineAcc {
    let a = this.bySecond.get(sec);
    if (a === undefined) {
      a = {
        writeFaults: 0,
        timestampUpdates: 0,
        journalCommits: 0,
        bytesWritten: 0,
        latCount: 0,
        latCont: 0,
        latTerms: new Float64Array(NTERMS),
      };
      this.bySecond.set(sec, a);
    }
    return a;
  }

  /** A fault latency sample (terms resolved at the end) in second `sec`. */
  addFault(sec: number, terms: Float64Array, cont: number): void {
    const a = this.at(sec);
    a.latCount++;
    a.latCont += cont;
    for (let i = 0; i < NTERMS; i++) a.latTerms[i] = a.latTerms[i]! + terms[i]!;
  }

  /** The points in time order, the mean fault latency resolved with the cost values. */
  points(values: Float64Array): TimelinePoint[] {
    return [...this.bySecond.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([second, a]) => {
        let constSum = 0;
        for (let i = 0; i < NTERMS; i++) constSum += a.latTerms[i]! * values[i]!;
        return {
          second,
          writeFaults: a.writeFaults,
          timestampUpdates: a.timestampUpdates,
          journalCommits: a.journalCommits,
          bytesWritten: a.bytesWritten,
          faultLatencyMeanUs: a.latCount === 0 ? 0 : round3((a.latCont + constSum) / a.latCount),
        };
      });
  }
}
