/**
 * How the CLI says whether a run's capture is whole (RunResult.completeness): a line under each
 * run's table, and a warning on stderr for an incomplete one, whose figures cover only part of
 * what the workload did.
 */
import type { IncompleteReason, RunResult } from '../../sim/results.js';
import { terminalText } from './terminal-text.js';

const INCOMPLETE_BECAUSE: Readonly<Record<IncompleteReason, string>> = {
  'no-end-record':
    'it has no end-of-capture record (a torn log tail, a killed ingest, or a log still being written)',
  'input-damaged': 'its input was damaged at ingest (only what was read before the damage is here)',
  'events-missing': 'events before its end-of-capture record are missing from the log',
  'log-damaged':
    'records of it were lost to event log damage (replaced by `faultreplay log repair`)',
};

/** One line on the capture's completeness. */
export function completenessText(r: RunResult): string {
  switch (r.completeness) {
    case 'complete':
      return 'capture complete (ends with its end-of-capture record)';
    case 'unknown':
      return 'completeness unknown (log predates end-of-capture records)';
    case 'incomplete':
      return `warning: capture incomplete: ${INCOMPLETE_BECAUSE[r.incompleteReason ?? 'no-end-record']}; results cover only what the log holds`;
  }
}

/** The stderr warning for an incomplete capture (undefined for the others). */
export function incompleteWarning(r: RunResult): string | undefined {
  if (r.completeness !== 'incomplete') return undefined;
  return `${terminalText(r.captureId)}: ${completenessText(r)}`;
}
