/**
 * The first line of a file written by `faultreplay capture`: a `#` comment (so every ftrace text
 * reader skips it) carrying what the trace itself does not say.
 *
 *   # faultreplay-capture: v=1 kernel=6.18.44-fc-v769 clock=mono hz=250 host=vm
 *     started=2026-11-22T02:40:00.000Z pid=1234 comm= dev=254:0 fs=ext4 buffer_kb=8192
 *     events=exceptions:page_fault_user,writeback:writeback_dirty_folio,...
 *
 * (one line in the file). Fields are `key=value` separated by single spaces; values never contain
 * spaces: any byte outside `[A-Za-z0-9._:,/@+*?[\]-]` is percent-encoded (`encodeURIComponent`), so
 * `host=my%20box`. Unknown keys must be ignored by readers; `v` is the format version.
 * `hz=0` means unknown. `pid` and `comm` are comma-separated lists, both empty when not filtered by task (a task
 * matching either was kept); `dev` is
 * `maj:min` or empty; `fs` is the filesystem type mounted on it (from the mount table), empty
 * without `--dev` (added after v=1 first shipped: older files have no `fs`, read as '').
 * The writeback and journal tunables in force (tunables.ts) follow as
 * `dirty_expire_ms=30000 dirty_writeback_ms=5000 ... commit_ms=5000 mount_opts=rw,relatime`;
 * a key that is absent is unknown (files from older writers have none).
 */
import { TUNABLE_KEYS, type CaptureTunables } from './tunables.js';

export const CAPTURE_HEADER_PREFIX = '# faultreplay-capture:';
export const CAPTURE_HEADER_VERSION = 1;

export interface CaptureFileHeader {
  readonly kernel: string;
  /** The trace_clock in force, e.g. `mono`. */
  readonly clock: string;
  /** CONFIG_HZ; 0 when unknown. */
  readonly hz: number;
  readonly host: string;
  /** ISO-8601 wall-clock time the recording started. */
  readonly started: string;
  /** `system:name` of every enabled event, in enabling order. */
  readonly events: readonly string[];
  /** Task ids the faults and syscalls were filtered on (empty: all tasks). */
  readonly pids: readonly number[];
  /** Task names the faults and syscalls were filtered on (with the pids: either matches). */
  readonly comms: readonly string[];
  /** `maj:min` of the device filter, or '' for none. */
  readonly dev: string;
  /** Filesystem type on `dev` (`ext4`, `xfs`, `btrfs`, ...), '' when unknown or no `--dev`. */
  readonly fsType: string;
  readonly bufferKb: number;
  /** The tunables in force at capture time; keys left out are unknown. @default {} */
  readonly tunables?: CaptureTunables;
}

const SAFE = /^[A-Za-z0-9._:,/@+*?[\]-]*$/;
const enc = (v: string): string => (SAFE.test(v) ? v : encodeURIComponent(v));

export function formatCaptureHeader(h: CaptureFileHeader): string {
  const fields: [string, string][] = [
    ['v', String(CAPTURE_HEADER_VERSION)],
    ['kernel', h.kernel],
    ['clock', h.clock],
    ['hz', String(h.hz)],
    ['host', h.host],
    ['started', h.started],
    ['pid', h.pids.join(',')],
    ['comm', h.comms.join(',')],
    ['dev', h.dev],
    ['fs', h.fsType],
    ['buffer_kb', String(h.bufferKb)],
  ];
  const t = h.tunables ?? {};
  for (const [name, key] of Object.entries(TUNABLE_KEYS)) {
    const v = t[name as keyof typeof TUNABLE_KEYS];
    if (v !== undefined) fields.push([key, String(v)]);
  }
  if (t.mountOptions !== undefined) fields.push(['mount_opts', t.mountOptions]);
  fields.push(['events', h.events.join(',')]);
  return `${CAPTURE_HEADER_PREFIX} ${fields.map(([k, v]) => `${k}=${enc(v)}`).join(' ')}`;
}

/**
 * Reads a header line back; undefined when `line` is not one. Missing keys get neutral values
 * ('' / 0 / []), so a reader can take what it knows from newer or older writers.
 */
export function parseCaptureHeader(line: string): CaptureFileHeader | undefined {
  if (!line.startsWith(CAPTURE_HEADER_PREFIX)) return undefined;
  const kv = new Map<string, string>();
  for (const part of line.slice(CAPTURE_HEADER_PREFIX.length).trim().split(' ')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    let value = part.slice(eq + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep the raw text of a malformed escape
    }
    kv.set(part.slice(0, eq), value);
  }
  const list = (k: string): string[] => (kv.get(k) ?? '').split(',').filter((s) => s !== '');
  const int = (k: string): number => {
    const n = Number.parseInt(kv.get(k) ?? '', 10);
    return Number.isFinite(n) ? n : 0;
  };
  return {
    kernel: kv.get('kernel') ?? '',
    clock: kv.get('clock') ?? '',
    hz: int('hz'),
    host: kv.get('host') ?? '',
    started: kv.get('started') ?? '',
    events: list('events'),
    pids: list('pid')
      .map((p) => Number.parseInt(p, 10))
      .filter((p) => Number.isFinite(p)),
    comms: list('comm'),
    dev: kv.get('dev') ?? '',
    fsType: kv.get('fs') ?? '',
    bufferKb: int('buffer_kb'),
    ...tunablesOf(kv),
  };
}

/** `{ tunables }` when the header records any, else nothing (older writers). */
function tunablesOf(kv: ReadonlyMap<string, string>): { tunables?: CaptureTunables } {
  const out: Record<string, number | string> = {};
  for (const [name, key] of Object.entries(TUNABLE_KEYS)) {
    const n = Number(kv.get(key) ?? 'x');
    if (kv.get(key) !== '' && Number.isFinite(n)) out[name] = n;
  }
  const mount = kv.get('mount_opts');
  if (mount !== undefined) out['mountOptions'] = mount;
  return Object.keys(out).length === 0 ? {} : { tunables: out as CaptureTunables };
}
