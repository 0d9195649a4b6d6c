/**
 * The writeback and journal tunables a capture header recorded (`faultreplay capture` reads
 * /proc/sys/vm and the traced device's mount options), applied to a replay's parameters: a
 * tunable the options left unset takes the captured value instead of the default, so the
 * modelled flusher, lazytime expiry and the commit timer run with what the kernel ran with.
 * A capture that recorded none (older writers, other tools) replays exactly as before.
 */
import type { CaptureHeader } from '../events/index.js';
import { CAPTURED_TUNABLES } from '../events/index.js';
import type { SimParams } from '../config/index.js';

/** What the header recorded, by tunable (SimOptions names), plus the mount options. */
export type CapturedTunables = Readonly<Record<string, number | string>>;

/**
 * The header's recorded tunables (undefined fields left out, mount options when recorded);
 * empty for a header without any.
 */
export function capturedTunablesOf(h: CaptureHeader | null): CapturedTunables {
  if (h === null) return {};
  const out: Record<string, number | string> = {};
  for (const name of CAPTURED_TUNABLES) {
    const v = h[name];
    if (v !== undefined) out[name] = v;
  }
  if (h.mountOptions !== '') out['mountOptions'] = h.mountOptions;
  return out;
}

/**
 * `params` with every unset capturable tunable replaced by the captured value, where the
 * simulator can model that value: a 0 is kept out (a periodic writeback turned off, an
 * immediate expiry, the background threshold as a ratio of memory the trace does not show),
 * and the default stays, as it does for a tunable the capture did not record.
 */
export function applyCapturedTunables(params: SimParams, captured: CapturedTunables): SimParams {
  const out: Record<string, unknown> = { ...params };
  for (const name of params.fromCapture) {
    const v = captured[name];
    if (typeof v === 'number' && v > 0) out[name] = v;
  }
  return out as unknown as SimParams;
}
