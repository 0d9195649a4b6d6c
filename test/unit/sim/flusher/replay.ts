/** The flusher tests' replay: legacy only, with the diagnostics (what the flusher replaced). */
import { readEvents } from '../../../../ingest/index.js';
import type { CanonicalEvent } from '../../../../src/events/index.js';
import { replayEvents } from '../../../../src/sim/index.js';
import type { ReplayDiagnostics, RunResult } from '../../../../src/sim/index.js';
import type { SimOptions } from '../../../../src/config/index.js';

export async function* flat(path: string): AsyncIterable<CanonicalEvent> {
  for await (const b of readEvents(path)) yield* b;
}

/** A function allows the pre-pass (clock phase, kupdate phase); an array is read once. */
export async function replayLegacy(
  events: readonly CanonicalEvent[] | (() => AsyncIterable<CanonicalEvent>),
  sim: SimOptions,
): Promise<{ r: RunResult; d: ReplayDiagnostics }> {
  let d: ReplayDiagnostics | undefined;
  const r = await replayEvents(events, {
    sim,
    policies: ['legacy'],
    onDiagnostics: (x) => (d = x),
  });
  return { r, d: d! };
}
